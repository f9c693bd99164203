// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../../domain/meeting';
import type { MeetingRef } from '../../../domain/ports';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { SAMPLE_REF } from '../../../../tests/fakes/sample-agenda';
import { readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

function renderView(store: InMemoryAgendaStore) {
  renderPrepareView({ source: store });
}

/** Someone else's save: the same agenda with one title changed and new ETags. */
function otherSecretarySaves(store: InMemoryAgendaStore) {
  const agenda = readableAgenda();
  agenda.etag = '"other"';
  agenda.items[1] = { ...agenda.items[1]!, etag: '"other"', item: { ...agenda.items[1]!.item, title: 'Budget 2025, ny udgave' } };
  agenda.meeting.items[1] = agenda.items[1].item;
  store.put(agenda);
}

/** The note-taker writes punkt `number`'s decision: only that punkt's decision and ETag change. */
function noteTakerDecides(store: InMemoryAgendaStore, number: number, decision: string) {
  const agenda = readableAgenda();
  const at = agenda.items.findIndex((i) => i.item.number === number);
  agenda.items[at] = { ...agenda.items[at]!, etag: '"decided"', item: { ...agenda.items[at]!.item, decision, status: 'noted' } };
  agenda.meeting.items[at] = agenda.items[at].item;
  store.put(agenda);
}

async function renameFirstPunkt(user: ReturnType<typeof userEvent.setup>, title: string) {
  await screen.findByRole('button', { name: 'Flyt punkt 1 ned' });
  const edit = screen.queryByRole('button', { name: 'Redigér punkt 1' });
  if (edit) await user.click(edit);
  const field = within(screen.getByRole('listitem', { name: /^Punkt 1:/ })).getByRole('textbox', { name: 'Titel' });
  await user.clear(field);
  await user.type(field, title);
}

/** Punkt 1 renamed in the form while another secretary saves a newer version, then "Gem dagsorden": a conflict. */
async function saveIntoConflict() {
  const user = userEvent.setup();
  const store = new InMemoryAgendaStore().put(readableAgenda());
  renderView(store);
  await renameFirstPunkt(user, 'Godkendelse');
  otherSecretarySaves(store);
  await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
  return { user, store };
}

describe('saving the secretary’s agenda', () => {
  it('does not save over a version someone else saved meanwhile, and loads theirs on request', async () => {
    const { user, store } = await saveIntoConflict();
    expect(await screen.findByText('Dagsordenen er ændret af en anden')).toBeInTheDocument();
    expect(store.saves).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Hent den nye udgave' }));
    expect(await screen.findByRole('heading', { name: 'Punkt 2: Budget 2025, ny udgave' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Punkt 1: Godkendelse af dagsorden' })).toBeInTheDocument();
    expect(screen.queryByText('Dagsordenen er ændret af en anden')).toBeNull();
  });

  it('saves over the other version only when asked to, and then saves normally again', async () => {
    const { user, store } = await saveIntoConflict();
    await user.click(await screen.findByRole('button', { name: 'Gem mine ændringer alligevel' }));
    expect(await screen.findByText('Gemt')).toBeInTheDocument();
    expect(store.saves[0]!.meeting.items[0]!.title).toBe('Godkendelse');

    // Our own save is the new base: the next save is not a conflict.
    await renameFirstPunkt(user, 'Godkendelse af dagsordenen');
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText('Gemt')).toBeInTheDocument();
    expect(store.saves).toHaveLength(2);
  });

  it('saves without a conflict over a decision the note-taker wrote meanwhile, and keeps that decision (issue 9, point 8)', async () => {
    const user = userEvent.setup();
    const store = new InMemoryAgendaStore().put(readableAgenda());
    renderView(store);
    await renameFirstPunkt(user, 'Godkendelse');
    noteTakerDecides(store, 2, 'Chefforum tog orienteringen til efterretning.');
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText('Gemt')).toBeInTheDocument();
    expect(screen.queryByText('Dagsordenen er ændret af en anden')).toBeNull();
    expect(store.saves[0]!.meeting.items.map((i) => [i.title, i.decision])).toContainEqual([
      'Status på budget 2025',
      'Chefforum tog orienteringen til efterretning.',
    ]);
    expect(store.saves[0]!.meeting.items[0]!.title).toBe('Godkendelse');
  });

  it('never deletes a punkt whose decision was written after the form was loaded, even when saving over on purpose, and names it', async () => {
    const user = userEvent.setup();
    const store = new InMemoryAgendaStore().put(readableAgenda());
    renderView(store);
    await user.click(await screen.findByRole('button', { name: 'Slet punkt 3' }));
    await user.click(
      within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { name: 'Slet punktet', hidden: true }),
    );
    noteTakerDecides(store, 3, 'Lederdøgnet flyttes til maj.');
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await user.click(await screen.findByRole('button', { name: 'Gem mine ændringer alligevel' }));
    expect(await screen.findByText('Et punkt med en beslutning slettes ikke')).toBeInTheDocument();
    expect(screen.getByText(/Punkt 3 \(Lederdøgn 2024\) har fået en beslutning/)).toBeInTheDocument();
    expect(store.saves).toHaveLength(0);
  });

  it('asks the browser to confirm leaving while changes are unsaved, and not after they are saved', async () => {
    const user = userEvent.setup();
    renderView(new InMemoryAgendaStore().put(readableAgenda()));
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    await renameFirstPunkt(user, 'Godkendelse');
    expect(leave()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await screen.findByText('Gemt');
    expect(leave()).toBe(false);
  });

  it('holds the drag handles while the agenda is being saved, and frees them after', async () => {
    const user = userEvent.setup();
    let release = () => {};
    class SlowStore extends InMemoryAgendaStore {
      override async saveAgenda(...args: Parameters<InMemoryAgendaStore['saveAgenda']>) {
        await new Promise<void>((resolve) => (release = resolve));
        return super.saveAgenda(...args);
      }
    }
    renderView(new SlowStore().put(readableAgenda()));
    await renameFirstPunkt(user, 'Ny titel');
    const handle = () => screen.getByRole('button', { name: 'Træk punkt 2' });
    expect(handle()).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await expect.poll(() => handle().getAttribute('aria-disabled')).toBe('true');
    release();
    await expect.poll(() => handle().getAttribute('aria-disabled')).not.toBe('true');
  });

  it('explains a 412 from the lists during the write as a conflict', async () => {
    const user = userEvent.setup();
    const store = new InMemoryAgendaStore().put(readableAgenda());
    store.failSavesWith = Object.assign(new Error('Precondition Failed'), { status: 412, name: 'ConflictError' });
    renderView(store);
    await user.click(await screen.findByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText('Dagsordenen er ændret af en anden')).toBeInTheDocument();
    expect(screen.getByText('Dagsordenen blev ikke gemt.')).toBeInTheDocument();
  });

  it('tells a reader without write permission (403) that the agenda cannot be saved, without a retry', async () => {
    const user = userEvent.setup();
    const store = new InMemoryAgendaStore().put(readableAgenda());
    store.failSavesWith = Object.assign(new Error('Forbidden'), { status: 403, code: 'accessDenied', requestId: 'req-1' });
    renderView(store);
    await user.click(await screen.findByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText(/Du har kun læseadgang til dagsordenen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prøv igen' })).toBeNull();
  });

  it('in the Outlook invite, puts the saved agenda into the invite body and says so; a failed body write is told, the save stands', async () => {
    const user = userEvent.setup();
    const store = new InMemoryAgendaStore().put(readableAgenda());
    const writeAgendaSummary = vi.fn((_meeting: Meeting, _ref: MeetingRef) => Promise.resolve());
    const host = Object.assign(createFakeHost({ ref: SAMPLE_REF, organizer: true }), { writeAgendaSummary });
    renderPrepareView({ source: store, host });
    await renameFirstPunkt(user, 'Godkendelse');
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText(/Dagsordenen står nu også i invitationen/)).toBeInTheDocument();
    expect(writeAgendaSummary).toHaveBeenCalledTimes(1);
    expect(writeAgendaSummary.mock.calls[0]?.[0].items[0]?.title).toBe('Godkendelse');
    expect(writeAgendaSummary.mock.calls[0]?.[1]).toEqual(SAMPLE_REF);

    writeAgendaSummary.mockRejectedValueOnce(new Error('busy'));
    await renameFirstPunkt(user, 'Godkendelse af dagsorden');
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText(/Outlook kunne ikke skrive den i invitationen/)).toBeInTheDocument();
    expect(store.saves).toHaveLength(2);
  });
});
