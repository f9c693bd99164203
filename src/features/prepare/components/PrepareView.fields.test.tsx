// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

const card = (n: number) => screen.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });

describe('the secretary’s punkt fields', () => {
  it('says in text which closed punkt needs fixing, and opens it with its messages when a save is refused', async () => {
    const user = userEvent.setup();
    const agenda = readableAgenda();
    agenda.meeting.items[1] = { ...agenda.meeting.items[1]!, caseNumber: '2024-17' };
    const store = renderPrepareView({ source: new InMemoryAgendaStore().put(agenda) });
    expect(
      await within(await screen.findByRole('listitem', { name: /^Punkt 2:/ })).findByText('Punktet har felter, der skal rettes.'),
    ).toBeInTheDocument();
    expect(within(card(1)).queryByText('Punktet har felter, der skal rettes.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    expect(store.saves).toHaveLength(0);
    const caseNumber = within(card(2)).getByRole('textbox', { name: /^Sagsnummer/ });
    expect(caseNumber).toHaveValue('2024-17');
    expect(caseNumber).toHaveAttribute('aria-invalid', 'true');
    expect(caseNumber).toHaveFocus();
    expect(within(card(2)).getByText('Sagsnummeret skal have formen dd.dd.dd-Xdd-n-yy, fx 00.01.00-P35-7-23.')).toBeInTheDocument();
  });

  it('refuses a title longer than SharePoint’s 255 characters for a line, naming the field and the punkt', async () => {
    const user = userEvent.setup();
    const agenda = readableAgenda();
    agenda.meeting.items[2] = { ...agenda.meeting.items[2]!, title: 'Lang titel '.repeat(30) };
    agenda.meeting.location = 'x'.repeat(256);
    const store = renderPrepareView({ source: new InMemoryAgendaStore().put(agenda) });
    await user.click(await screen.findByRole('button', { name: 'Gem dagsorden' }));
    expect(store.saves).toHaveLength(0);
    expect(
      await within(card(3)).findByText('Titel i punkt 3: højst 255 tegn, så SharePoint-listen kan gemme teksten (nu 329).'),
    ).toBeInTheDocument();
    expect(within(card(3)).getByRole('textbox', { name: /^Titel/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Mødested: højst 255 tegn, så SharePoint-listen kan gemme teksten (nu 256).')).toBeInTheDocument();
  });

  it('does not call a new punkt’s empty fields errors until they are left', async () => {
    const user = userEvent.setup();
    renderPrepareView();
    await user.click(await screen.findByRole('button', { name: 'Tilføj punkt' }));
    const six = card(6);
    expect(within(six).getByRole('textbox', { name: /^Titel/ })).toHaveFocus();
    expect(within(six).queryByText('Skal udfyldes.')).toBeNull();
    await user.tab();
    expect(within(six).getByText('Skal udfyldes.')).toBeInTheDocument();
  });

  it('fixes a punkt to the slot it has in the schedule, and back to a duration of the same length', async () => {
    const user = userEvent.setup();
    renderPrepareView();
    await user.click(await screen.findByRole('button', { name: 'Redigér punkt 2' }));
    const two = card(2);
    await user.click(within(two).getByRole('radio', { name: 'Fast tidsrum' }));
    expect(within(two).getByRole('textbox', { name: 'Fra (tt:mm)' })).toHaveValue('09:10');
    expect(within(two).getByRole('textbox', { name: 'Til (tt:mm)' })).toHaveValue('09:40');

    const end = within(two).getByRole('textbox', { name: 'Til (tt:mm)' });
    await user.clear(end);
    await user.type(end, '09:55');
    await user.click(within(two).getByRole('radio', { name: 'Varighed' }));
    expect(within(two).getByRole('textbox', { name: 'Varighed i minutter' })).toHaveValue('45');
  });
});
