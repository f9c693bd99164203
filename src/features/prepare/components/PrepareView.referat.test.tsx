// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { InMemoryApprovals } from '../../../../tests/fakes/in-memory-approvals';
import { SAMPLE_REF } from '../../../../tests/fakes/sample-agenda';
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

  it('flags nothing before an approval', async () => {
    renderPrepareView({ source: new InMemoryAgendaStore().put(agenda()), approvals: new InMemoryApprovals() });
    await screen.findByRole('list', { name: 'Punkter' });
    await screen.findAllByRole('listitem', { name: /^Punkt 2:/ });
    expect(screen.queryByText(CHANGED)).toBeNull();
  });
});
