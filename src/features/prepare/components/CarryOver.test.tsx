// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import text2024 from '../../../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { isoDate } from '../../../domain/brands';
import { parseDocument } from '../../../domain/parse';
import type { CalendarEvent, MeetingRef } from '../../../domain/ports';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import type { AppServices } from '../../../ui/services';
import { providers } from '../../../../tests/helpers/ui/providers';
import { toAgendaItem, type DraftItem } from '../draft';
import { CarryOver } from './CarryOver';

const NEXT: MeetingRef = { iCalUId: 'ical-next', start: '2024-04-10T07:00:00Z' };
const MARCH: MeetingRef = { iCalUId: 'ical-march', start: '2024-03-13T08:00:00Z' };
const event = (ref: MeetingRef, subject: string, id: string): CalendarEvent => ({
  id,
  iCalUId: ref.iCalUId,
  subject,
  start: ref.start,
  end: ref.start,
  location: null,
  organizerName: null,
  isOrganizer: true,
});

/** The calendar: March's Chefforum (the 2024-03-13 minutes), then another forum's meeting and one without an agenda. */
function setup(options: { forum?: string; otherForumPostponed?: boolean } = {}) {
  const march = parseDocument(text2024);
  const direktion: MeetingRef = { iCalUId: 'ical-direktion', start: '2024-03-20T12:00:00Z' };
  const bare: MeetingRef = { iCalUId: 'ical-bare', start: '2024-04-03T07:00:00Z' };
  const other = { ...march, forum: 'Direktionen', date: isoDate('2024-03-20'), items: march.items.slice(6, 7) };
  const agenda = new InMemoryAgendaSource().put(sampleAgenda(march, MARCH)).put(sampleAgenda(other, direktion));
  const calendar = new InMemoryCalendar([
    event(MARCH, 'Chefforum', 'e1'),
    event(direktion, 'Direktionsmøde', 'e2'),
    event(bare, 'Chefforum', 'e3'),
    event(NEXT, 'Chefforum', 'e4'),
  ]);
  const services: AppServices = { host: createFakeHost({ ref: NEXT }), agenda, calendar, now: () => new Date(NEXT.start), storage: null };
  const onAdd = vi.fn<(item: DraftItem) => void>();
  const wrapper = providers({ services });
  render(<CarryOver meetingRef={NEXT} forum={options.forum ?? 'Chefforum'} onAdd={onAdd} />, { wrapper });
  return { onAdd, agenda };
}

describe('CarryOver', () => {
  it('offers the punkter the forum postponed at its previous meeting, skipping other forums and meetings without an agenda', async () => {
    setup();
    const region = await screen.findByRole('region', { name: 'Udsatte punkter fra sidste møde' });
    expect(region).toHaveTextContent('Udsat på Chefforum den 13. marts 2024');
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Punkt 7: Interne styringsdokumenterTilføj',
      'Punkt 9: Nyt fra afdelingerneTilføj',
      'Punkt 10: Temaer til kommende møder og eventueltTilføj',
    ]);
  });

  it('adds a punkt with its title, case number, texts and the postponement in its Historik', async () => {
    const { onAdd } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Tilføj Interne styringsdokumenter' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    const draft = onAdd.mock.calls[0]![0];
    expect(draft).toMatchObject({ title: 'Interne styringsdokumenter', caseNumber: '00.15.01-A00-1-24', prefix: 'CF' });
    expect(draft.sagsfremstilling).toMatch(/^Vi har mange styringsdokumenter/);
    const item = toAgendaItem(draft, 1, { ...parseDocument(text2024), kind: 'dagsorden', date: isoDate('2024-04-10') });
    expect(item.history).toBe('Chefforum den 13. marts 2024:\nPunktet blev udsat til Chefforum den 10. april 2024');
    expect(item.decision).toBeNull();
    // Added once: the button says so and cannot add it again.
    expect(screen.getByRole('button', { name: 'Tilføjet' })).toBeDisabled();
  });

  it('shows nothing when the forum has no earlier agenda', async () => {
    const { agenda } = setup({ forum: 'Økonomiudvalget' });
    // Every earlier meeting was read (newest first), none is this forum's.
    await vi.waitFor(() => expect(agenda.loads.map((r) => r.iCalUId)).toEqual(['ical-bare', 'ical-direktion', 'ical-march']));
    expect(screen.queryByRole('region', { name: 'Udsatte punkter fra sidste møde' })).toBeNull();
  });
});
