// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { NEW_REF, readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

describe('PrepareView carry-over', () => {
  it('offers the previous Chefforum’s postponed punkt and adds it to the new agenda', async () => {
    const user = userEvent.setup();
    // The sample agenda (Chefforum 13 March) postponed punkt 5; the new meeting is the next Chefforum.
    renderPrepareView({ source: new InMemoryAgendaStore().put(readableAgenda()), ref: NEW_REF });
    await user.click(await screen.findByRole('button', { name: 'Start med en tom dagsorden' }));
    const offer = await screen.findByRole('region', { name: 'Udsatte punkter fra sidste møde' });
    expect(
      within(offer)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Punkt 5: Nyt fra afdelingerneTilføj']);
    await user.click(within(offer).getByRole('button', { name: 'Tilføj Nyt fra afdelingerne' }));
    const list = await screen.findByRole('list', { name: 'Punkter' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent('Nyt fra afdelingerne');
  });
});
