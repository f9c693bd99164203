// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import type { StoredAgenda } from '../../../domain/ports';
import { NEW_REF, readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

/** Captures what the view writes to the clipboard. */
function clipboard(): string[] {
  const writes: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void writes.push(text) },
  });
  return writes;
}

/** The sample agenda with closed punkt 4 holding content the secretary may read. */
function agendaWithClosedContent(): StoredAgenda {
  const agenda = readableAgenda();
  const secret = (item: StoredAgenda['meeting']['items'][number]) =>
    item.closed
      ? {
          ...item,
          prefix: 'CF',
          title: 'Personalesag NN',
          sections: [{ heading: 'Sagsfremstilling' as const, text: 'Fortrolig: NN afskediges.' }],
          decision: 'Hemmelig beslutning.',
        }
      : item;
  return {
    ...agenda,
    meeting: { ...agenda.meeting, items: agenda.meeting.items.map(secret) },
    items: agenda.items.map((s) => ({ ...s, item: secret(s.item) })),
  };
}

describe('starting an agenda from an earlier meeting', () => {
  it('offers the forum’s own earlier meeting first and copies its punkter without decisions', async () => {
    const user = userEvent.setup();
    const store = renderPrepareView({ source: new InMemoryAgendaStore().put(readableAgenda()), ref: NEW_REF });
    const select = await screen.findByRole('combobox', { name: 'Tidligere møde' });
    await within(select).findByRole('option', { name: 'Chefforum · 13. marts 2024' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Chefforum · 13. marts 2024', 'Direktionsmøde · 20. marts 2024']);
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

describe('"Kopiér som tekst"', () => {
  it('copies a closed punkt as Punkt N: Lukket, its slot and case number, without its content (issue #9, point 4)', async () => {
    const user = userEvent.setup();
    const writes = clipboard();
    const agenda = agendaWithClosedContent();
    renderPrepareView({ source: new InMemoryAgendaStore().put(agenda) });
    await user.click(await screen.findByRole('button', { name: 'Kopiér som tekst' }));
    expect(await screen.findByText('Teksten er kopieret. Indsæt den i mødeindkaldelsen.')).toBeInTheDocument();
    const caseNumber = agenda.meeting.items[3]!.caseNumber;
    expect(writes[0]).toContain(`Punkt 4: Lukket (10.10-10.30)\n\n${caseNumber}\n\nPunkt 5: `);
    for (const secret of ['Personalesag', 'Fortrolig', 'NN', 'Hemmelig']) expect(writes[0]).not.toContain(secret);
  });

  it('says in Danish which punkt and field cannot be written, and copies nothing (issue #9, point 11)', async () => {
    const user = userEvent.setup();
    const writes = clipboard();
    renderPrepareView();
    await user.click(await screen.findByRole('button', { name: 'Redigér punkt 2' }));
    const two = screen.getByRole('listitem', { name: /^Punkt 2:/ });
    await user.type(within(two).getByRole('textbox', { name: 'Sagsfremstilling' }), 'Første linje{Enter}Punkt 99: Falsk punkt');
    await user.click(screen.getByRole('button', { name: 'Kopiér som tekst' }));
    expect(await screen.findByText(/^Punkt 2, Sagsfremstilling: en linje ville begynde et nyt punkt eller afsnit/)).toBeInTheDocument();
    expect(writes).toEqual([]);
    expect(screen.queryByText('Teksten er kopieret. Indsæt den i mødeindkaldelsen.')).toBeNull();
  });
});
