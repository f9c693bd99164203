// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingRef } from '../../../domain/ports';
import type { AppServices } from '../../../ui/services';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { MemoryStorage } from '../../../../tests/fakes/memory-storage';
import { SAMPLE_REF, sampleAgenda, sampleMeeting } from '../../../../tests/fakes/sample-agenda';
import { AgendaView } from './AgendaView';
import { providers } from '../../../../tests/helpers/ui/providers';

const graphError = (status: number) =>
  Object.assign(new Error(`HTTP ${status}`), { name: 'GraphError', status, code: 'x', requestId: 'req-42' });
const networkError = () => Object.assign(new Error('connection failed'), { name: 'NetworkError' });

function renderView(
  source: InMemoryAgendaSource,
  options: { organizer?: boolean; storage?: Storage; now?: Date; ref?: MeetingRef | null } = {},
) {
  let clock = options.now ?? new Date('2024-03-12T12:00:00Z');
  const services: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF, organizer: options.organizer }),
    agenda: source,
    calendar: new InMemoryCalendar(),
    now: () => clock,
    storage: options.storage ?? null,
  };
  const view = render(<AgendaView meetingRef={options.ref === undefined ? SAMPLE_REF : options.ref} />, {
    wrapper: providers({ services }),
  });
  return { ...view, setClock: (d: Date) => (clock = d) };
}

describe('the managers’ view states', () => {
  it('shows a skeleton at once while the agenda loads', async () => {
    const source = new InMemoryAgendaSource().put(sampleAgenda());
    let release: () => void = () => undefined;
    source.hold = new Promise((resolve) => (release = resolve));
    renderView(source);
    expect(screen.getByRole('status', { name: 'Henter dagsordenen …' })).toBeInTheDocument();
    release();
    expect(await screen.findByRole('list', { name: 'Dagsorden' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Henter dagsordenen …' })).toBeNull();
  });

  it('says when there is no agenda yet, and shows the organizer the way to prepare it', async () => {
    renderView(new InMemoryAgendaSource(), { organizer: true });
    expect(await screen.findByRole('heading', { name: 'Der er ingen dagsorden endnu' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'udarbejd dagsordenen' })).toHaveAttribute('href', '?role=prepare');
  });

  it('does not offer preparing the agenda to someone who does not organise the meeting', async () => {
    renderView(new InMemoryAgendaSource(), { organizer: false });
    expect(await screen.findByRole('heading', { name: 'Der er ingen dagsorden endnu' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'udarbejd dagsordenen' })).toBeNull();
  });

  it('says the user is signed out on 401, and retries on request', async () => {
    const source = new InMemoryAgendaSource().put(sampleAgenda());
    source.failWith = graphError(401);
    renderView(source);
    expect(await screen.findByText('Du er ikke logget ind. Log ind med din arbejdskonto for at se dagsordenen.')).toBeInTheDocument();
    expect(screen.getByText('Fejl-id: req-42')).toBeInTheDocument();
    source.failWith = null;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('list', { name: 'Dagsorden' })).toBeInTheDocument();
    expect(source.loads).toHaveLength(2);
  });

  it.each([
    [403, 'Du har ikke adgang til dagsordenen. Kontakt mødets sekretær.'],
    [503, 'Tjenesten har travlt lige nu. Vent et øjeblik og prøv igen.'],
    [500, 'Tjenesten svarede med en fejl. Prøv igen om lidt.'],
  ])('turns Graph status %i into a Danish message', async (status, text) => {
    const source = new InMemoryAgendaSource();
    source.failWith = graphError(status);
    renderView(source);
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('shows the last agenda from the local copy when offline, marked with when it was fetched', async () => {
    const storage = new MemoryStorage();
    const source = new InMemoryAgendaSource().put(sampleAgenda());
    const first = renderView(source, { storage, now: new Date('2024-03-12T13:05:00Z') });
    await screen.findByRole('list', { name: 'Dagsorden' });
    first.unmount();

    source.failWith = networkError();
    renderView(source, { storage });
    expect(await screen.findByText('Vist fra lokal kopi, hentet 14.05')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /^Punkt 5:/ })).toBeInTheDocument();
  });

  it('shows the local copy at once while it refreshes, unmarked, and then the fresh agenda', async () => {
    const storage = new MemoryStorage();
    const source = new InMemoryAgendaSource().put(sampleAgenda());
    const first = renderView(source, { storage });
    await screen.findByRole('list', { name: 'Dagsorden' });
    first.unmount();

    const meeting = sampleMeeting();
    source.put(
      sampleAgenda({ ...meeting, items: meeting.items.map((i) => (i.number === 2 ? { ...i, title: 'Budget 2025, revideret' } : i)) }),
    );
    let release: () => void = () => undefined;
    source.hold = new Promise((resolve) => (release = resolve));
    renderView(source, { storage });
    // No skeleton and no round trip first: the copy is on screen in the first render.
    expect(screen.getByRole('listitem', { name: /^Punkt 2\b.*Status på budget 2025/ })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Henter dagsordenen …' })).toBeNull();
    expect(screen.queryByText(/Vist fra lokal kopi/)).toBeNull();
    release();
    expect(await screen.findByRole('listitem', { name: /^Punkt 2\b.*Budget 2025, revideret/ })).toBeInTheDocument();
    expect(screen.queryByText(/Vist fra lokal kopi/)).toBeNull();
  });

  it('drops the local copy when the refresh says the meeting has no agenda any more', async () => {
    const storage = new MemoryStorage();
    const first = renderView(new InMemoryAgendaSource().put(sampleAgenda()), { storage });
    await screen.findByRole('list', { name: 'Dagsorden' });
    first.unmount();

    renderView(new InMemoryAgendaSource(), { storage });
    expect(await screen.findByRole('heading', { name: 'Der er ingen dagsorden endnu' })).toBeInTheDocument();
    expect(storage.length).toBe(0);
  });

  it('shows the offline message when there is no local copy, and fetches again when back online', async () => {
    const source = new InMemoryAgendaSource().put(sampleAgenda());
    source.failWith = networkError();
    renderView(source, { storage: new MemoryStorage() });
    expect(await screen.findByText('Der er ingen forbindelse. Tjek netværket og prøv igen.')).toBeInTheDocument();
    source.failWith = null;
    // The error arrived outside act: the view's 'online' listener is registered in an effect.
    await effectsSettled();
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByRole('list', { name: 'Dagsorden' })).toBeInTheDocument();
  });

  it('says so when there is no meeting at all', () => {
    renderView(new InMemoryAgendaSource(), { ref: null });
    expect(screen.getByRole('heading', { name: 'Intet møde' })).toBeInTheDocument();
  });
});
