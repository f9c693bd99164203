// @vitest-environment jsdom
import '../../tests/setup-dom';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../domain/brands';
import type { CalendarEvent } from '../domain/ports';
import { createStandaloneHost } from '../hosts/standalone-host';
import type { AppServices } from '../ui/services';
import { createFakeHost } from '../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda, sampleMeeting } from '../../tests/fakes/sample-agenda';
import { App } from './App';
import { readAddress } from './address';

const event = (id: string, iCalUId: string, start: string, subject: string): CalendarEvent => ({
  id,
  iCalUId,
  subject,
  start,
  end: new Date(Date.parse(start) + 2 * 3600_000).toISOString().replace('.000', ''),
  location: '915',
  organizerName: 'Sekretær Demo',
  isOrganizer: false,
});

const now = () => new Date('2024-03-12T12:00:00Z');
// The views are lazy modules: the first render waits for an import, slow on a busy machine.
const LAZY = { timeout: 10_000 };

function services(overrides: Partial<AppServices> = {}): AppServices {
  return {
    host: createFakeHost({ ref: SAMPLE_REF }),
    agenda: new InMemoryAgendaSource().put(sampleAgenda()),
    calendar: new InMemoryCalendar(),
    now,
    storage: null,
    ...overrides,
  };
}

describe('the app shell', () => {
  it('reads role, language, meeting, theme and demo user from the address', () => {
    expect(readAddress('')).toMatchObject({
      role: 'agenda',
      language: 'da',
      meetingId: null,
      theme: null,
      token: 'punkt-dev-token',
    });
    expect(readAddress('?role=notes&lang=en&meeting=E1&theme=contrast&user=reader')).toMatchObject({
      role: 'notes',
      language: 'en',
      meetingId: 'E1',
      theme: 'contrast',
      token: 'punkt-dev-token-reader',
    });
    expect(readAddress('?role=admin&lang=fr')).toMatchObject({ role: 'agenda', language: 'da' });
  });

  it('speaks Danish by default and English with ?lang=en', async () => {
    const da = render(<App services={services()} config={{ role: 'agenda', language: 'da' }} />);
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /^Punkt 1:/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vis deltagere (2)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Switch to English' })).toHaveAttribute('href', '?lang=en');
    da.unmount();

    render(<App services={services()} config={{ role: 'agenda', language: 'en' }} />);
    expect(await screen.findByRole('list', { name: 'Agenda' }, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /^Item 1:/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show participants (2)' })).toBeInTheDocument();
    expect(screen.getByText(/^Wednesday, 13 March 2024 · /)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skift til dansk' })).toHaveAttribute('href', '?lang=da');
  });

  it('follows the host to another meeting (Outlook ItemChanged)', async () => {
    const other = { iCalUId: 'ical-other', start: '2024-03-20T08:00:00Z' };
    const meeting = { ...sampleMeeting(), forum: 'Direktionen', date: isoDate('2024-03-20') };
    const host = createFakeHost({ ref: SAMPLE_REF });
    const agenda = new InMemoryAgendaSource().put(sampleAgenda()).put(sampleAgenda(meeting, other));
    render(<App services={services({ host, agenda })} config={{ role: 'agenda', language: 'da' }} />);
    expect(await screen.findByRole('heading', { name: 'Chefforum' }, LAZY)).toBeInTheDocument();
    host.changeMeeting(other);
    expect(await screen.findByRole('heading', { name: 'Direktionen' }, LAZY)).toBeInTheDocument();
  });

  it('offers a meeting picker in the browser that opens the chosen meeting', async () => {
    const calendar = new InMemoryCalendar([
      event('e1', SAMPLE_REF.iCalUId, SAMPLE_REF.start, 'Chefforum'),
      event('e2', 'ical-other', '2024-03-20T08:00:00Z', 'Direktionen'),
    ]);
    const meeting = { ...sampleMeeting(), forum: 'Direktionen', date: isoDate('2024-03-20') };
    const agenda = new InMemoryAgendaSource()
      .put(sampleAgenda())
      .put(sampleAgenda(meeting, { iCalUId: 'ical-other', start: '2024-03-20T08:00:00Z' }));
    const host = createStandaloneHost({ calendar, meetingId: null, now });
    render(<App services={services({ host, agenda, calendar })} config={{ role: 'agenda', language: 'da' }} />);

    expect(await screen.findByRole('heading', { name: 'Chefforum' }, LAZY)).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: 'Møde' });
    await within(picker).findByRole('option', { name: /Direktionen · 20\. mar\.? 09\.00/ });
    expect(within(picker).getByRole('option', { name: /Chefforum/ })).toHaveProperty('selected', true);
    await userEvent.setup().selectOptions(picker, within(picker).getByRole('option', { name: /Direktionen/ }));
    expect(await screen.findByRole('heading', { name: 'Direktionen' }, LAZY)).toBeInTheDocument();
  });

  it('shows the host error with a retry when the meeting cannot be resolved', async () => {
    const host = createFakeHost();
    let fail = true;
    host.getMeetingRef = async () => {
      if (fail) throw Object.assign(new Error('x'), { status: 404 });
      return SAMPLE_REF;
    };
    render(<App services={services({ host })} config={{ role: 'agenda', language: 'da' }} />);
    expect(await screen.findByText('Mødet eller dagsordenen blev ikke fundet. Måske er mødet flyttet eller aflyst.')).toBeInTheDocument();
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
  });

  it('follows the host theme, including dark and high contrast', async () => {
    const host = createFakeHost({ ref: SAMPLE_REF, theme: 'light' });
    const { container } = render(<App services={services({ host })} config={{ role: 'agenda', language: 'da' }} />);
    await screen.findByRole('list', { name: 'Dagsorden' }, LAZY);
    // Fluent writes the theme's tokens as CSS variables into a style tag for the provider.
    const background = () => {
      const css = [...document.querySelectorAll('style')]
        .map((el) => (el.textContent ?? '') + [...(el.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join('\n'))
        .join('\n');
      return /--colorNeutralBackground1:\s*([^;]+);/.exec(css)?.[1]?.trim();
    };
    expect(container.querySelector('.fui-FluentProvider')).not.toBeNull();
    expect(background()).toBe(webLightTheme.colorNeutralBackground1);
    act(() => host.changeTheme('dark'));
    // Themes other than web light load on demand (issue #13).
    await waitFor(() => expect(background()).toBe(webDarkTheme.colorNeutralBackground1));
    act(() => host.changeTheme('contrast'));
    expect(background()).toBe(teamsHighContrastTheme.colorNeutralBackground1);
  });

  it("uses Teams' own themes when hosted in Teams, not the web brand colour (issue #15)", async () => {
    const host = { ...createFakeHost({ ref: SAMPLE_REF, theme: 'light' }), kind: 'teams' as const };
    render(<App services={services({ host })} config={{ role: 'agenda', language: 'da' }} />);
    await screen.findByRole('list', { name: 'Dagsorden' }, LAZY);
    const brand = () => {
      const css = [...document.querySelectorAll('style')]
        .map((el) => (el.textContent ?? '') + [...(el.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join('\n'))
        .join('\n');
      return /--colorBrandBackground:\s*([^;]+);/.exec(css)?.[1]?.trim();
    };
    await waitFor(() => expect(brand()).toBe(teamsLightTheme.colorBrandBackground));
    expect(brand()).not.toBe(webLightTheme.colorBrandBackground);
    act(() => host.changeTheme('dark'));
    expect(brand()).toBe(teamsDarkTheme.colorBrandBackground);
  });
});
