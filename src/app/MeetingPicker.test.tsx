// @vitest-environment jsdom
import '../../tests/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import { createStandaloneHost } from '../hosts/standalone-host';
import { formatInstant, formatShortDay } from '../ui/format';
import { LanguageProvider } from '../ui/i18n';
import { ServicesProvider } from '../ui/services';
import { UnsavedChangesProvider, useUnsavedChanges } from '../ui/unsaved-changes';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { MeetingPicker } from './MeetingPicker';

const event = (id: string, start: string, subject: string): CalendarEvent => ({
  id,
  iCalUId: `ical-${id}`,
  subject,
  start,
  end: start.replace('T08', 'T10'),
  location: null,
  organizerName: null,
  isOrganizer: true,
});
const now = () => new Date('2024-03-12T12:00:00Z');

/** A view with a form whose unsaved state the test flips. */
function Form() {
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  return <button onClick={() => setDirty(true)}>Skriv noget</button>;
}

function renderPicker() {
  const calendar = new InMemoryCalendar([
    event('e1', '2024-03-13T08:00:00Z', 'Chefforum'),
    event('e2', '2024-03-20T08:00:00Z', 'Direktionen'),
  ]);
  const host = createStandaloneHost({ calendar, meetingId: null, now });
  const chosen: Array<MeetingRef | null> = [];
  host.onMeetingChanged((ref) => chosen.push(ref));
  const current: MeetingRef = { iCalUId: 'ical-e1', start: '2024-03-13T08:00:00Z' };
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language="da">
        <ServicesProvider services={{ host, calendar, agenda: new InMemoryAgendaSource(), now, storage: null }}>
          <UnsavedChangesProvider>
            <MeetingPicker current={current} />
            <Form />
          </UnsavedChangesProvider>
        </ServicesProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
  return chosen;
}

describe('the meeting picker', () => {
  afterEach(() => vi.restoreAllMocks());

  it('labels each meeting with its day and time in Copenhagen, from the shared formatters: none built per option (issue #13)', async () => {
    // The formatters the labels need exist once per page (format.ts); a label must not build its own.
    formatShortDay('2024-03-13T08:00:00Z', 'da');
    formatInstant('2024-03-13T08:00:00Z');
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    renderPicker();
    const picker = await screen.findByRole('combobox', { name: 'Møde' });
    expect(await within(picker).findByRole('option', { name: 'Chefforum · 13. mar. 09.00' })).toBeInTheDocument();
    expect(within(picker).getByRole('option', { name: 'Direktionen · 20. mar. 09.00' })).toBeInTheDocument();
    expect(built).not.toHaveBeenCalled();
  });

  it('switches at once when nothing is unsaved', async () => {
    const user = userEvent.setup();
    const chosen = renderPicker();
    const picker = await screen.findByRole('combobox', { name: 'Møde' });
    await user.selectOptions(picker, await within(picker).findByRole('option', { name: /Direktionen/ }));
    expect(chosen).toEqual([{ iCalUId: 'ical-e2', start: '2024-03-20T08:00:00Z' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks first when a view has unsaved changes: stay keeps the meeting, switch anyway goes', async () => {
    const user = userEvent.setup();
    const chosen = renderPicker();
    await user.click(screen.getByRole('button', { name: 'Skriv noget' }));
    const picker = await screen.findByRole('combobox', { name: 'Møde' });
    await user.selectOptions(picker, await within(picker).findByRole('option', { name: /Direktionen/ }));
    expect(screen.getByRole('alert')).toHaveTextContent(/ændringer, der ikke er gemt.*Direktionen/);
    expect(chosen).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Bliv her' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(chosen).toEqual([]);

    await user.selectOptions(picker, within(picker).getByRole('option', { name: /Direktionen/ }));
    await user.click(screen.getByRole('button', { name: 'Skift møde alligevel' }));
    expect(chosen).toEqual([{ iCalUId: 'ical-e2', start: '2024-03-20T08:00:00Z' }]);
  });
});
