// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReferatFile, ReferatLibrary } from '../../../domain/referat/library-port';
import { InMemoryApprovals } from '../../../../tests/fakes/in-memory-approvals';
import { SAMPLE_REF, sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import { renderAgendaView } from '../../../../tests/helpers/agenda/render-agenda-view';

const APPROVED_AT = '2024-03-13T12:00:00Z';

/** The sample agenda with punkt 2's rows changed after the approval, the others before it. */
function agendaChangedAt2() {
  const agenda = sampleAgenda();
  return {
    ...agenda,
    items: agenda.items.map((s) => ({ ...s, modifiedAt: s.item.number === 2 ? '2024-03-14T08:00:00Z' : '2024-03-13T10:00:00Z' })),
  };
}

/** A library holding the public referat only. */
const library: ReferatLibrary = {
  save: () => Promise.reject(new Error('the managers do not save')),
  list: async (): Promise<ReferatFile[]> => [
    { version: 'public', name: 'p.docx', webUrl: 'https://sp.test/referat.docx', modified: '2024-03-13T12:30:00Z', size: 10 },
  ],
};

const renderView = (approvals: InMemoryApprovals) =>
  renderAgendaView(new Date('2024-03-20T12:00:00Z'), agendaChangedAt2(), { approvals, referat: library });

describe('the referat in the managers’ view', () => {
  it('shows the approval state without approving, flags the punkt changed since, and links the public document', async () => {
    const approvals = new InMemoryApprovals().put(SAMPLE_REF, { by: 'Henrik Harder', mail: null, at: APPROVED_AT });
    const read = vi.spyOn(approvals, 'approvalOf');
    renderView(approvals);
    const state = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    expect(state).toHaveTextContent('Punkt 2 er ændret efter godkendelse');
    expect(within(state).queryByRole('button')).toBeNull();

    const item = (n: number) => screen.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });
    await waitFor(() => expect(within(item(2)).getByText('Ændret efter godkendelse')).toBeInTheDocument());
    expect(within(item(1)).queryByText('Ændret efter godkendelse')).toBeNull();

    const status = await screen.findByRole('group', { name: 'Referat' });
    expect(within(status).getByRole('link', { name: 'Åbn referatet' })).toHaveAttribute('href', 'https://sp.test/referat.docx');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('flags nothing while the referat is a draft', async () => {
    renderView(new InMemoryApprovals());
    const state = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    expect(within(state).getByText('Udkast')).toBeInTheDocument();
    expect(screen.queryByText('Ændret efter godkendelse')).toBeNull();
  });
});
