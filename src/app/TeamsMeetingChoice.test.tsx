// @vitest-environment jsdom
import '../../tests/setup-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingLookup } from '../domain/meeting-lookup';
import type { CalendarEvent } from '../domain/ports';
import { connectTeamsHost, type TeamsContext, type TeamsSdk } from '../hosts/teams-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda } from '../../tests/fakes/sample-agenda';
import { App } from './App';

const LAZY = { timeout: 10_000 };
const now = () => new Date('2024-03-13T07:00:00Z');

/** The part of teams-js the host uses, answering with `context`. */
const teamsWith = (context: TeamsContext): TeamsSdk => ({
  app: { initialize: async () => {}, getContext: async () => context, registerOnThemeChangeHandler: () => {}, notifySuccess: () => {} },
});

const chefforum: CalendarEvent = {
  id: 'AAMk-mine',
  iCalUId: SAMPLE_REF.iCalUId,
  subject: 'Chefforum',
  start: SAMPLE_REF.start,
  end: '2024-03-13T11:00:00Z',
  location: null,
  organizerName: 'Sekretær Demo',
  isOrganizer: false,
};

async function renderIn(context: TeamsContext, lookup: MeetingLookup) {
  const host = (await connectTeamsHost({ teams: teamsWith(context), findMeeting: async () => lookup, now }))!;
  const calendar = new InMemoryCalendar([chefforum]);
  const agenda = new InMemoryAgendaSource().put(sampleAgenda());
  render(<App services={{ host, agenda, calendar, now, storage: null }} config={{ role: 'agenda', language: 'da' }} />);
}

const sidePanel: TeamsContext = { app: { theme: 'default' }, page: { frameContext: 'sidePanel' }, chat: { id: '19:meeting_x@thread.v2' } };

describe('the meeting choice in Teams', () => {
  it('explains in Danish when the meeting is not in the user’s calendar and offers today’s meetings, never a dead end', async () => {
    await renderIn(sidePanel, { kind: 'not-in-calendar' });
    expect(await screen.findByText(/^Vi kunne ikke finde mødet i din kalender/)).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: 'Møde' });
    await userEvent.setup().selectOptions(picker, await within(picker).findByRole('option', { name: /Chefforum/ }));
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByText(/^Vi kunne ikke finde mødet/)).toBeNull();
    // Still there, to choose again.
    expect(screen.getByRole('combobox', { name: 'Møde' })).toBeInTheDocument();
  });

  it('offers the same choice in the personal tab', async () => {
    await renderIn({ app: { theme: 'default' }, page: { frameContext: 'content' } }, { kind: 'no-meeting' });
    expect(await screen.findByText('Vælg det møde, du vil se dagsordenen for.')).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Møde' })).toBeInTheDocument();
  });

  it('shows no picker in a side panel whose meeting was found', async () => {
    await renderIn(sidePanel, { kind: 'found', event: chefforum });
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Møde' })).toBeNull();
  });
});
