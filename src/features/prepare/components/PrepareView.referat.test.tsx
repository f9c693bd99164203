// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { InMemoryApprovals } from '../../../../tests/fakes/in-memory-approvals';
import { SAMPLE_REF } from '../../../../tests/fakes/sample-agenda';
import { toDraft, toMeeting } from '../draft';
import { readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

const CHANGED = 'Ændret efter godkendelse';

/** The sample agenda with punkt 2's rows changed after an approval at noon on 13 March, the others before it. */
function agenda() {
  const stored = readableAgenda();
  return {
    ...stored,
    items: stored.items.map((s) => ({ ...s, modifiedAt: s.item.number === 2 ? '2024-03-14T08:00:00Z' : '2024-03-13T10:00:00Z' })),
  };
}

/** The sample agenda as a store holds what the form writes (its hand-made punkter are not all in that form), all changed before the approval. */
function formAgenda() {
  const before = agenda();
  const written = toMeeting(toDraft(before.meeting)).items;
  before.items = before.items.map((s, i) => {
    const { decision, status, postponedTo } = s.item;
    return { ...s, item: { ...written[i]!, decision, status, postponedTo }, modifiedAt: '2024-03-13T10:00:00Z' };
  });
  before.meeting = { ...before.meeting, items: before.items.map((s) => s.item) };
  return before;
}

const card = (n: number) => screen.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });

describe('PrepareView and the referat’s approval', () => {
  it('flags the card of a punkt changed after the approval, and keeps the flag with the punkt when it moves', async () => {
    const user = userEvent.setup();
    const approvals = new InMemoryApprovals().put(SAMPLE_REF, { by: 'Henrik Harder', mail: null, at: '2024-03-13T12:00:00Z' });
    renderPrepareView({ source: new InMemoryAgendaStore().put(agenda()), approvals });
    await waitFor(() => expect(within(card(2)).getByText(CHANGED)).toBeInTheDocument());
    expect(within(card(1)).queryByText(CHANGED)).toBeNull();
    expect(within(card(3)).queryByText(CHANGED)).toBeNull();

    await user.click(within(card(2)).getByRole('button', { name: 'Flyt punkt 2 op' }));
    await waitFor(() => expect(within(card(1)).getByText(CHANGED)).toBeInTheDocument());
    expect(within(card(2)).queryByText(CHANGED)).toBeNull();
  });

  it('flags a punkt at once when the agenda is saved with it changed after the approval, without a reload', async () => {
    const user = userEvent.setup();
    const approvals = new InMemoryApprovals().put(SAMPLE_REF, { by: 'Henrik Harder', mail: null, at: '2024-03-13T12:00:00Z' });
    const store = renderPrepareView({ source: new InMemoryAgendaStore().put(formAgenda()), approvals });
    await screen.findAllByRole('listitem', { name: /^Punkt 3:/ });
    expect(screen.queryByText(CHANGED)).toBeNull();

    const edit = screen.queryByRole('button', { name: 'Redigér punkt 3' });
    if (edit) await user.click(edit);
    await user.type(within(card(3)).getByRole('textbox', { name: 'Titel' }), ' (rettet)');
    expect(screen.queryByText(CHANGED)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await waitFor(() => expect(store.saves).toHaveLength(1));
    await waitFor(() => expect(within(card(3)).getByText(CHANGED)).toBeInTheDocument());
    expect(within(card(1)).queryByText(CHANGED)).toBeNull();
    expect(within(card(2)).queryByText(CHANGED)).toBeNull();
  });

  it('after a save with a punkt deleted, flags each renumbered punkt on its own card', async () => {
    const user = userEvent.setup();
    const approvals = new InMemoryApprovals().put(SAMPLE_REF, { by: 'Henrik Harder', mail: null, at: '2024-03-13T12:00:00Z' });
    const store = renderPrepareView({ source: new InMemoryAgendaStore().put(formAgenda()), approvals });
    await user.click(await screen.findByRole('button', { name: 'Slet punkt 2' }));
    await user.click(
      within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { name: 'Slet punktet', hidden: true }),
    );
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await waitFor(() => expect(store.saves).toHaveLength(1));
    // Punkter 3, 4 and 5 are now 2, 3 and 4: their rows' numbers changed after the approval.
    await waitFor(() => expect(within(card(4)).getByText(CHANGED)).toBeInTheDocument());
    expect(within(card(2)).getByText(CHANGED)).toBeInTheDocument();
    expect(within(card(3)).getByText(CHANGED)).toBeInTheDocument();
    expect(within(card(1)).queryByText(CHANGED)).toBeNull();
  });

  it('flags nothing before an approval', async () => {
    renderPrepareView({ source: new InMemoryAgendaStore().put(agenda()), approvals: new InMemoryApprovals() });
    await screen.findByRole('list', { name: 'Punkter' });
    await screen.findAllByRole('listitem', { name: /^Punkt 2:/ });
    expect(screen.queryByText(CHANGED)).toBeNull();
  });
});
