// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPrepareView as renderView } from '../../../../tests/helpers/prepare/render-prepare-view';

/** jsdom has no Web Animations: Fluent's dialogs and menus can stay in their start style, which testing-library counts as hidden. */
const hidden = { hidden: true };

/** Each card's name, from its heading's aria-label. */
const punktNames = () =>
  within(screen.getByRole('list', { name: 'Punkter' }))
    .getAllByRole('listitem')
    .map((li) => document.getElementById(li.getAttribute('aria-labelledby') ?? '')?.getAttribute('aria-label'));

const card = (name: string) => screen.getByRole('listitem', { name });

describe('the secretary’s punkt cards (issue #15)', () => {
  it('show each punkt’s slot and minutes in its header, and the schedule’s warning on the punkt concerned', async () => {
    renderView();
    await screen.findByRole('list', { name: 'Punkter' });
    expect(within(card('Punkt 2: Status på budget 2025')).getByRole('heading').nextElementSibling).toHaveTextContent('09.10–09.4030 min.');
    expect(within(card('Punkt 2: Status på budget 2025')).queryByRole('note')).toBeNull();
    expect(within(card('Punkt 4: Lukket')).getByRole('note')).toHaveTextContent('Overlapper punkt 3 med 10 min.');
    const five = card('Punkt 5: Nyt fra afdelingerne');
    expect(within(five).getByText('10.30–11.10')).toBeInTheDocument();
    expect(within(five).getByText('40 min.')).toBeInTheDocument();
    expect(within(five).getByRole('note')).toHaveTextContent('Slutter 10 min. efter mødets planlagte slut (11.00)');
    // The shared title: the forum's prefix as a badge, outside the name.
    expect(within(five).getByRole('heading')).toHaveTextContent(/^Punkt 5CFNyt fra afdelingerne$/);
  });

  it('puts each punkt’s actions in a toolbar of icon buttons named with its number', async () => {
    renderView();
    const toolbar = await screen.findByRole('toolbar', { name: 'Handlinger for punkt 2' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Redigér punkt 2', 'Flyt punkt 2 op', 'Flyt punkt 2 ned', 'Slet punkt 2', 'Flere handlinger for punkt 2']);
    // Icons only: the number is in the name, not in text on the card.
    expect(toolbar).not.toHaveTextContent('punkt');
  });

  it('moves a punkt to the position asked for in one step, and refuses a position outside the list', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Flere handlinger for punkt 5' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Flyt til position…', ...hidden }));
    const dialog = await screen.findByRole('dialog', hidden);
    const position = within(dialog).getByRole('textbox', { name: 'Ny position (1–5)', ...hidden });
    await user.clear(position);
    await user.type(position, '9{Enter}');
    expect(within(dialog).getByText('Skriv et tal fra 1 til 5.')).toBeInTheDocument();
    await user.clear(position);
    await user.type(position, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Flyt punktet', ...hidden }));
    await waitFor(() => expect(screen.queryByRole('dialog', hidden)).toBeNull());
    await waitFor(() =>
      expect(punktNames()).toEqual([
        'Punkt 1: Godkendelse af dagsorden',
        'Punkt 2: Nyt fra afdelingerne',
        'Punkt 3: Status på budget 2025',
        'Punkt 4: Lederdøgn 2024',
        'Punkt 5: Lukket',
      ]),
    );
  });

  it('inserts a new punkt after the one whose menu was used, opened with its title focused', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Flere handlinger for punkt 2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Indsæt punkt efter', ...hidden }));
    await waitFor(() => expect(punktNames()).toHaveLength(6));
    expect(punktNames().slice(1, 4)).toEqual(['Punkt 2: Status på budget 2025', 'Punkt 3: (uden titel)', 'Punkt 4: Lederdøgn 2024']);
    await waitFor(() => expect(within(card('Punkt 3: (uden titel)')).getByRole('textbox', { name: 'Titel' })).toHaveFocus());
    // "Tilføj punkt" still adds at the end.
    await user.click(screen.getByRole('button', { name: 'Tilføj punkt' }));
    expect(punktNames()[6]).toBe('Punkt 7: (uden titel)');
  });

  it('shows the save state beside "Gem dagsorden", away from "Kopiér som tekst"', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Gem dagsorden' }));
    const saved = await screen.findByText('Gemt');
    const row = saved.parentElement!;
    expect(within(row).getByRole('button', { name: 'Gem dagsorden' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Kopiér som tekst' })).toBeNull();
    // The copy action sits before the punkter, not in the save footer.
    const copy = screen.getByRole('button', { name: 'Kopiér som tekst' });
    expect(copy.compareDocumentPosition(screen.getByRole('list', { name: 'Punkter' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
