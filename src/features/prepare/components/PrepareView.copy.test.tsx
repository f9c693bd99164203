// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { NEW_REF, readableAgenda, renderPrepareView } from './render-prepare-view';

describe('starting an agenda from an earlier meeting', () => {
  it('offers the forum’s own earlier meeting first and copies its punkter without decisions', async () => {
    const user = userEvent.setup();
    const store = renderPrepareView({ source: new InMemoryAgendaStore().put(readableAgenda()), ref: NEW_REF });
    const select = await screen.findByRole('combobox', { name: 'Tidligere møde' });
    await within(select).findByRole('option', { name: 'Chefforum · 13. marts 2024' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Chefforum · 13. marts 2024', 'Direktionsmøde · 20. marts 2024']);
    await user.click(screen.getByRole('button', { name: 'Kopiér dagsordenen fra mødet' }));

    expect(await screen.findByText(/^Punkterne er hentet fra mødet den 13\. marts 2024/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Punkter' })).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByRole('textbox', { name: /^Mødested/ })).toHaveValue('Mødelokale 915');
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await screen.findByText('Gemt');
    const saved = store.saves[0]!;
    expect(saved.ref).toEqual(NEW_REF);
    expect(saved.meeting).toMatchObject({ kind: 'dagsorden', date: '2024-04-10' });
    expect(readableAgenda().meeting.items.some((i) => i.decision !== null)).toBe(true);
    expect(saved.meeting.items.every((i) => i.decision === null && i.status === 'none')).toBe(true);
  });

  it('says so when the chosen meeting has no agenda in Punkt', async () => {
    const user = userEvent.setup();
    renderPrepareView({ source: new InMemoryAgendaStore().put(readableAgenda()), ref: NEW_REF });
    await screen.findByRole('option', { name: 'Direktionsmøde · 20. marts 2024' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tidligere møde' }), 'Direktionsmøde · 20. marts 2024');
    await user.click(screen.getByRole('button', { name: 'Kopiér dagsordenen fra mødet' }));
    expect(await screen.findByText('Mødet har ingen dagsorden i Punkt. Vælg et andet møde.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start med en tom dagsorden' })).toBeInTheDocument();
  });
});
