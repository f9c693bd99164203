// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

describe('the secretary’s view of a moved meeting', () => {
  it('says from when to when the meeting moved until she saves the agenda under the new time', async () => {
    const user = userEvent.setup();
    // The sample meeting is on 13 March 2024 at 09.00; its agenda was stored when it was a day earlier.
    const store = new InMemoryAgendaStore().put({ ...readableAgenda(), movedFrom: '2024-03-12T08:00:00Z' });
    renderPrepareView({ source: store });
    const notice = await screen.findByText(/^Mødet er flyttet fra /);
    expect(notice.textContent).toMatch(
      /fra .*12\. marts 2024 kl\. 09\.00 til .*13\. marts 2024 kl\. 09\.00; dagsordenens tider følger det nye tidspunkt/,
    );

    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(store.saves).toHaveLength(1);
    expect(screen.queryByText(/^Mødet er flyttet fra /)).not.toBeInTheDocument();
  });

  it('says nothing of a move for an agenda stored under the meeting’s own start', async () => {
    renderPrepareView({ source: new InMemoryAgendaStore().put(readableAgenda()) });
    await screen.findByRole('button', { name: 'Gem dagsorden' });
    expect(screen.queryByText(/flyttet fra/)).not.toBeInTheDocument();
  });
});
