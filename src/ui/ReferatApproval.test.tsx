// @vitest-environment jsdom
import '../../tests/setup-dom';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent, MeetingRef, StoredAgenda, StoredItem } from '../domain/ports';
import { createFakeHost } from '../../tests/fakes/fake-host';
import { InMemoryApprovals } from '../../tests/fakes/in-memory-approvals';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda, sampleMeeting } from '../../tests/fakes/sample-agenda';
import { isoDate } from '../domain/brands';
import { ReferatApproval } from './ReferatApproval';
import type { AppServices } from './services';
import { providers } from '../../tests/helpers/ui/providers';

/** A Chefforum event in the user's calendar (an attendee's copy unless said otherwise). */
function event(ref: MeetingRef, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: `event-${ref.iCalUId}`,
    iCalUId: ref.iCalUId,
    subject: 'Chefforum',
    start: ref.start,
    end: ref.start,
    location: null,
    organizerName: 'Formand',
    isOrganizer: false,
    ...extra,
  };
}

const APPROVED = { by: 'Henrik Harder', mail: 'hh@albertslund.dk', at: '2024-03-20T10:00:00.000Z' };

/** The sample agenda's punkter, each last changed at `times[number]` (default before the approval). */
function items(times: Record<number, string> = {}): StoredItem[] {
  return sampleAgenda().items.map((s) => ({ ...s, modifiedAt: times[s.item.number] ?? '2024-03-13T11:00:00Z' }));
}

function setup(
  approvals: InMemoryApprovals | undefined,
  stored: StoredItem[],
  canApprove = true,
  world: { events?: CalendarEvent[]; agendas?: StoredAgenda[] } = {},
) {
  const agenda = new InMemoryAgendaSource();
  for (const a of world.agendas ?? []) agenda.put(a);
  const services: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF }),
    agenda,
    calendar: new InMemoryCalendar(world.events ?? []),
    ...(approvals ? { approvals } : {}),
    now: () => new Date('2024-03-21T09:00:00Z'),
    storage: null,
  };
  const wrapper = providers({ services });
  return render(<ReferatApproval meetingRef={SAMPLE_REF} items={stored} canApprove={canApprove} />, { wrapper });
}

// jsdom has no Web Animations, and Tabster marks the surface aria-hidden until focus has moved into it
// (a timer, late under load; see PrepareView.test.tsx): find the dialog by role with `hidden`, check its title.
const hidden = { hidden: true };

/** Answers the confirmation with `button` and waits until the modal dialog has left (it hides the page meanwhile). */
async function answer(button: 'Godkend' | 'Annuller') {
  const dialog = await screen.findByRole('alertdialog', hidden);
  expect(within(dialog).getByRole('heading', hidden)).toHaveTextContent('Godkend referatet?');
  await userEvent.click(within(dialog).getByRole('button', { name: button, ...hidden }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', hidden)).toBeNull());
}

describe('ReferatApproval', () => {
  it('shows a draft, and approves after the confirmation as the signed-in user', async () => {
    const approvals = new InMemoryApprovals({ by: 'Henrik Harder', mail: null }, () => new Date('2024-03-20T10:00:00Z'));
    setup(approvals, items());
    const region = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    expect(within(region).getByText('Udkast')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Godkend referat' }));
    expect(await screen.findByRole('alertdialog', hidden)).toBeInTheDocument();
    expect(approvals.stored.size).toBe(0);
    await answer('Godkend');

    expect(await within(region).findByText('Godkendt')).toBeInTheDocument();
    expect(region).toHaveTextContent('Godkendt af \u2068Henrik Harder\u2069 den 20. marts 2024 kl. 11.00');
    expect(approvals.stored.size).toBe(1);
  });

  it('approves nothing when the confirmation is cancelled', async () => {
    const approvals = new InMemoryApprovals();
    setup(approvals, items());
    await userEvent.click(await screen.findByRole('button', { name: 'Godkend referat' }));
    await answer('Annuller');
    expect(approvals.stored.size).toBe(0);
    expect(screen.getByText('Udkast')).toBeInTheDocument();
  });

  it('flags each punkt changed after the approval until it is approved again', async () => {
    const approvals = new InMemoryApprovals(undefined, () => new Date('2024-03-22T08:00:00Z')).put(SAMPLE_REF, APPROVED);
    setup(approvals, items({ 3: '2024-03-21T08:30:00Z', 5: '2024-03-21T08:31:00Z' }));
    const region = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    expect(await within(region).findByText('Ændret efter godkendelse')).toBeInTheDocument();
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Punkt 3 er ændret efter godkendelse', 'Punkt 5 er ændret efter godkendelse']);

    await userEvent.click(within(region).getByRole('button', { name: 'Godkend referatet igen' }));
    await answer('Godkend');
    expect(await within(region).findByText('Godkendt')).toBeInTheDocument();
    expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows the state without the button to those who may not approve', async () => {
    setup(new InMemoryApprovals().put(SAMPLE_REF, APPROVED), items(), false);
    expect(await screen.findByText('Godkendt')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says what an administrator must do when the list lacks the approval columns', async () => {
    const approvals = new InMemoryApprovals();
    approvals.failNext = Object.assign(new Error('columns'), { reason: 'columns-missing' });
    setup(approvals, items());
    await userEvent.click(await screen.findByRole('button', { name: 'Godkend referat' }));
    await answer('Godkend');
    expect(await screen.findByText(/mangler kolonnerne til godkendelse/)).toBeInTheDocument();
    expect(screen.getByText('Udkast')).toBeInTheDocument();
  });

  it('offers approving only to the chair, the meeting’s organizer, and tells the others why', async () => {
    setup(new InMemoryApprovals(), items(), true, { events: [event(SAMPLE_REF, { organizerEmail: 'formand@albertslund.dk' })] });
    expect(await screen.findByText('Kun formanden kan godkende referatet.')).toBeInTheDocument();
    expect(screen.getByText('Udkast')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkend referat' })).toBeNull();
  });

  it('offers approving to the organizer, by the calendar or by the organizer’s mail', async () => {
    setup(new InMemoryApprovals(), items(), true, { events: [event(SAMPLE_REF, { isOrganizer: true })] });
    expect(await screen.findByRole('button', { name: 'Godkend referat' })).toBeInTheDocument();
    cleanup();
    setup(new InMemoryApprovals(), items(), true, { events: [event(SAMPLE_REF, { organizerEmail: 'Test@example.org' })] });
    expect(await screen.findByRole('button', { name: 'Godkend referat' })).toBeInTheDocument();
    expect(screen.queryByText('Kun formanden kan godkende referatet.')).toBeNull();
  });

  it('shows the referat approved by the forum at its next meeting, links that meeting, and flags later changes', async () => {
    const next: MeetingRef = { iCalUId: 'ical-chefforum-2', start: '2024-03-20T08:00:00Z' };
    const decided = sampleAgenda({ ...sampleMeeting(), date: isoDate('2024-03-20') }, next);
    decided.items = decided.items.map((s, i) =>
      i === 0
        ? {
            ...s,
            item: { ...s.item, title: 'Godkendelse af dagsorden og referat', decision: 'Godkendt.' },
            modifiedAt: '2024-03-20T08:30:00Z',
          }
        : s,
    );
    const events = [event(SAMPLE_REF), event({ iCalUId: 'other', start: '2024-03-15T08:00:00Z' }, { subject: 'Andet' }), event(next)];
    setup(new InMemoryApprovals(), items({ 4: '2024-03-20T09:00:00Z' }), false, { events, agendas: [decided] });
    const region = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    expect(await within(region).findByText('Ændret efter godkendelse')).toBeInTheDocument();
    expect(region).toHaveTextContent('Godkendt af forum på mødet 20. marts 2024');
    expect(within(region).getByRole('link', { name: '20. marts 2024' })).toHaveAttribute(
      'href',
      `?meeting=${encodeURIComponent('ical-chefforum-2|2024-03-20T08:00:00Z')}`,
    );
    expect(region).toHaveTextContent('Punkt 4 er ændret efter godkendelse');
  });

  it('counts no forum approval while the next meeting’s approval punkt has no decision', async () => {
    const next: MeetingRef = { iCalUId: 'ical-chefforum-2', start: '2024-03-20T08:00:00Z' };
    const undecided = sampleAgenda({ ...sampleMeeting(), date: isoDate('2024-03-20') }, next);
    undecided.items = undecided.items.map((s, i) =>
      i === 0 ? { ...s, item: { ...s.item, title: 'Godkendelse af dagsorden og referat', decision: null, status: 'none' } } : s,
    );
    setup(new InMemoryApprovals(), items(), false, { events: [event(SAMPLE_REF), event(next)], agendas: [undecided] });
    const region = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    await waitFor(() => expect(within(region).getByText('Udkast')).toBeInTheDocument());
    expect(region).not.toHaveTextContent('forum');
  });

  it('renders nothing without an approval store', () => {
    setup(undefined, items());
    expect(screen.queryByRole('region', { name: 'Godkendelse af referat' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
