// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sameMeeting } from '../../../domain/meeting-identity';
import type { MeetingRef, StoredAgenda } from '../../../domain/ports';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

/**
 * A store whose agenda the app had already fetched before the view rendered (src/app/agenda-prefetch.ts):
 * the view starts from that answer and revalidates it, and the fresh answer can be a newer version.
 */
class PrefetchedStore extends InMemoryAgendaStore {
  constructor(private readonly prefetched: StoredAgenda) {
    super();
  }
  settledAgenda(ref: MeetingRef): StoredAgenda | undefined {
    return sameMeeting(ref, this.prefetched.ref) ? this.prefetched : undefined;
  }
}

/** The sample agenda as someone else saved it meanwhile: punkt `n` has `title`. */
function savedByOther(n: number, title: string): StoredAgenda {
  const agenda = readableAgenda();
  const retitled = <T extends { number: number }>(item: T): T => (item.number === n ? { ...item, title } : item);
  return {
    ...agenda,
    meeting: { ...agenda.meeting, items: agenda.meeting.items.map(retitled) },
    items: agenda.items.map((s) => (s.item.number === n ? { ...s, etag: '"9"', item: retitled(s.item) } : s)),
  };
}

function renderWithNewerVersion(newer: StoredAgenda) {
  let release!: () => void;
  const store = new PrefetchedStore(readableAgenda()).put(newer);
  store.hold = new Promise<void>((resolve) => (release = resolve));
  renderPrepareView({ source: store });
  return { store, release: () => release() };
}

async function editTitleOfPunkt2(text: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Redigér punkt 2' }));
  const title = within(screen.getByRole('listitem', { name: /^Punkt 2:/ })).getByRole('textbox', { name: 'Titel' });
  await user.clear(title);
  await user.type(title, text);
  return { user, title };
}

describe('the secretary’s view when a newer version arrives while she edits', () => {
  it('keeps her unsaved edits, says so, and her save of the same punkt is a conflict, not a silent overwrite', async () => {
    const { store, release } = renderWithNewerVersion(savedByOther(2, 'Budget 2025, rettet af en anden'));
    const { user, title } = await editTitleOfPunkt2('Min nye titel');
    release();
    expect(await screen.findByText(/Nogen har gemt dagsordenen, mens du redigerede/)).toBeInTheDocument();
    expect(title).toHaveValue('Min nye titel');
    expect(screen.getByText('Ændringer er ikke gemt')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText('Dagsordenen er ændret af en anden')).toBeInTheDocument();
    expect(store.saves).toHaveLength(0);
  });

  it('saves her edit beside another punkt changed meanwhile only when the draft holds that change', async () => {
    const { store, release } = renderWithNewerVersion(savedByOther(3, 'Lederdøgn, rettet af en anden'));
    const { user } = await editTitleOfPunkt2('Min nye titel');
    release();
    await screen.findByText(/Nogen har gemt dagsordenen, mens du redigerede/);
    // Her draft still holds punkt 3 as she loaded it: saving it would undo the other's change, so it is a conflict.
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText('Dagsordenen er ændret af en anden')).toBeInTheDocument();
    expect(store.saves).toHaveLength(0);
    // She takes the new version: her edits go on purpose, the form shows what is stored, and the notice is gone.
    await user.click(screen.getAllByRole('button', { name: 'Hent den nye udgave' })[0]!);
    expect(await screen.findByRole('listitem', { name: 'Punkt 3: Lederdøgn, rettet af en anden' })).toBeInTheDocument();
    expect(screen.queryByText(/Nogen har gemt dagsordenen, mens du redigerede/)).not.toBeInTheDocument();
  });

  it('replaces the form with the fresh version when she has not edited anything', async () => {
    const { release } = renderWithNewerVersion(savedByOther(2, 'Budget 2025, rettet af en anden'));
    await screen.findByRole('listitem', { name: /^Punkt 2: Status på budget 2025/ });
    release();
    expect(await screen.findByRole('listitem', { name: /^Punkt 2: Budget 2025, rettet af en anden/ })).toBeInTheDocument();
    expect(screen.queryByText(/Nogen har gemt dagsordenen, mens du redigerede/)).not.toBeInTheDocument();
  });
});
