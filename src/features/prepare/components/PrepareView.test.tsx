// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import text2024 from '../../../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { InMemoryAgendaSource } from '../../../../tests/fakes/in-memory-agenda';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import { NEW_REF, readableAgenda, renderPrepareView as renderView } from '../../../../tests/helpers/prepare/render-prepare-view';

/** Each card's name: its heading's aria-label (the shared PunktTitle shows the prefix as a badge, not in the name). */
const punktNames = () =>
  within(screen.getByRole('list', { name: 'Punkter' }))
    .getAllByRole('listitem')
    .map((li) => document.getElementById(li.getAttribute('aria-labelledby') ?? '')?.getAttribute('aria-label'));

describe('the secretary’s view', () => {
  it('loads the meeting’s agenda as punkter in order, with the schedule’s overlap and overrun as text', async () => {
    renderView();
    await screen.findByRole('heading', { name: 'Forbered dagsorden' });
    expect(punktNames()).toEqual([
      'Punkt 1: Godkendelse af dagsorden',
      'Punkt 2: Status på budget 2025',
      'Punkt 3: Lederdøgn 2024',
      'Punkt 4: Lukket',
      'Punkt 5: Nyt fra afdelingerne',
    ]);
    const schedule = screen.getByRole('list', { name: 'Tidsplan' });
    expect(
      within(schedule)
        .getAllByRole('note')
        .map((n) => n.textContent),
    ).toEqual(['Overlapper punkt 3 med 10 min.', 'Slutter 10 min. efter mødets planlagte slut (11.00)']);
    expect(within(schedule).getByText('Pause på 10 min. før dette punkt')).toBeInTheDocument();
    expect(screen.getByText('Tidsplanen har 2 advarsler, se punkterne herunder.')).toBeInTheDocument();
    expect(screen.getByText('Dato: onsdag den 13. marts 2024 (fra kalenderen)')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Forum' })).toHaveValue('Chefforum');
  });

  it('starts an empty agenda with the calendar’s subject, end and place, adds a punkt, checks the case number and saves', async () => {
    const user = userEvent.setup();
    const store = renderView({ source: new InMemoryAgendaStore(), ref: NEW_REF });
    await user.click(await screen.findByRole('button', { name: 'Start med en tom dagsorden' }));
    expect(await screen.findByRole('textbox', { name: 'Forum' })).toHaveValue('Chefforum');
    expect(screen.getByRole('textbox', { name: 'Planlagt sluttidspunkt (tt:mm)' })).toHaveValue('11:00');
    expect(screen.getByText('Dagsordenen har ingen punkter endnu.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilføj punkt' }));
    const title = screen.getByRole('textbox', { name: 'Titel' });
    expect(title).toHaveFocus();
    await user.keyboard('Godkendelse af dagsorden');
    const caseNumber = screen.getByRole('textbox', { name: 'Sagsnummer' });
    await user.type(caseNumber, '00.01.00-P35-7');
    // Judged once the field is left, not while it is being typed.
    expect(caseNumber).not.toHaveAttribute('aria-invalid', 'true');
    await user.tab();
    expect(caseNumber).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Sagsnummeret skal have formen dd.dd.dd-Xdd-n-yy, fx 00.01.00-P35-7-23.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    // Fluent's field messages are alerts too; the refusal is announced in its own live region.
    expect(screen.getByText('Ret ét felt, før dagsordenen kan gemmes.').closest('[role="alert"]')).not.toBeNull();
    expect(store.saves).toHaveLength(0);

    await user.type(caseNumber, '-24');
    await user.clear(screen.getByRole('textbox', { name: 'Varighed i minutter' }));
    await user.type(screen.getByRole('textbox', { name: 'Varighed i minutter' }), '15');
    expect(
      within(screen.getByRole('list', { name: 'Tidsplan' })).getByText('09.00–09.15 · Punkt 1: Godkendelse af dagsorden'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ændringer er ikke gemt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await screen.findByText('Gemt');
    expect(store.saves).toHaveLength(1);
    const saved = store.saves[0]!;
    expect(saved.ref).toEqual(NEW_REF);
    expect(saved.meeting).toMatchObject({ kind: 'dagsorden', forum: 'Chefforum', date: '2024-04-10', start: '09:00', plannedEnd: '11:00' });
    expect(saved.meeting.items).toMatchObject([
      { number: 1, prefix: 'CF', title: 'Godkendelse af dagsorden', caseNumber: '00.01.00-P35-7-24', durationMinutes: 15 },
    ]);
  });

  it('explains a text it cannot read with the line number, and imports a real document', async () => {
    const user = userEvent.setup();
    renderView({ source: new InMemoryAgendaStore(), ref: NEW_REF });
    const text = await screen.findByRole('textbox', { name: 'Tekst fra dagsorden eller referat' });
    await user.click(text);
    await user.paste(
      'DAGSORDEN Chefforum d. 10-04-2024\n\nMødedato Onsdag d. 10. april 2024 kl. 09:00\n\nPunkt 1: CF - Noget\n\nikke et sagsnummer\n',
    );
    await user.click(screen.getByRole('button', { name: 'Indlæs teksten' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Teksten kunne ikke læses. Linje 7: her forventedes et sagsnummer (dd.dd.dd-Xdd-n-yy).',
    );

    await user.clear(text);
    await user.click(text);
    await user.paste(text2024);
    await user.click(screen.getByRole('button', { name: 'Indlæs teksten' }));
    expect(
      await screen.findByText(/^Punkterne er hentet fra mødet den 13\. marts 2024\. Dato, tid og sted er dette mødes/),
    ).toBeInTheDocument();
    expect(punktNames()).toHaveLength(10);
    expect(punktNames()[0]).toBe('Punkt 1: Godkendelse af dagsorden og referat');
  });

  it('reads a chosen .txt file', async () => {
    const user = userEvent.setup();
    renderView({ source: new InMemoryAgendaStore(), ref: NEW_REF });
    const file = new File([text2024], 'referat.txt', { type: 'text/plain' });
    await user.upload(await screen.findByLabelText('Eller vælg en tekstfil (.txt)'), file);
    await waitFor(() => expect(punktNames()).toHaveLength(10));
  });

  it('moves a punkt down and up by keyboard, keeping focus on the moved punkt’s button', async () => {
    const user = userEvent.setup();
    renderView();
    const down = await screen.findByRole('button', { name: 'Flyt punkt 1 ned' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(punktNames().slice(0, 2)).toEqual(['Punkt 1: Status på budget 2025', 'Punkt 2: Godkendelse af dagsorden']);
    expect(screen.getByRole('button', { name: 'Flyt punkt 2 ned' })).toHaveFocus();
    // Tab order itself is the browser's (and tabster's dummy elements confuse user.tab in jsdom): focus the button directly.
    const up = screen.getByRole('button', { name: 'Flyt punkt 2 op' });
    expect(up).not.toHaveAttribute('tabindex', '-1');
    up.focus();
    await user.keyboard('{Enter}');
    expect(punktNames()[0]).toBe('Punkt 1: Godkendelse af dagsorden');
    // At the top the button stays focusable but does nothing.
    expect(screen.getByRole('button', { name: 'Flyt punkt 1 op' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Flyt punkt 1 op' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('deletes a punkt only after the confirmation', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Slet punkt 3' }));
    // jsdom has no Web Animations: under a loaded test run Fluent's dialog can stay in its motion's
    // start style, which testing-library counts as inaccessible. The dialog is there; match it anyway.
    const hidden = { hidden: true };
    // Tabster marks the surface aria-hidden until focus has moved into it (a timer, late under load), and
    // an aria-hidden surface has no accessible name: find it by role, then check its title.
    const dialog = await screen.findByRole('alertdialog', hidden);
    expect(within(dialog).getByRole('heading', hidden)).toHaveTextContent('Slet punkt 3?');
    await user.click(within(dialog).getByRole('button', { name: 'Fortryd', ...hidden }));
    // Until the modal dialog has left, the page behind it is aria-hidden and its list not found by role.
    await waitFor(() => expect(screen.queryByRole('alertdialog', hidden)).toBeNull());
    // The modal's aria-hidden on the page behind it goes a moment after the dialog itself (late under load).
    await waitFor(() => expect(punktNames()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Slet punkt 3' }));
    await user.click(within(await screen.findByRole('alertdialog', hidden)).getByRole('button', { name: 'Slet punktet', ...hidden }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', hidden)).toBeNull());
    await waitFor(() => expect(punktNames()).toHaveLength(4));
    expect(punktNames()).not.toContain('Punkt 3: Lederdøgn 2024');
    expect(screen.getByRole('heading', { name: 'Punkter' })).toHaveFocus();
  });

  it('edits the Indstilling and Bilag of a punkt and saves them as sections', async () => {
    const user = userEvent.setup();
    const store = renderView();
    await user.click(await screen.findByRole('button', { name: 'Redigér punkt 3' }));
    const three = screen.getByRole('listitem', { name: 'Punkt 3: Lederdøgn 2024' });
    await user.type(within(three).getByRole('textbox', { name: 'Indstilles af (fx Kommunaldirektøren)' }), 'Direktionen');
    await user.type(
      within(three).getByRole('textbox', { name: 'Indstillingspunkter (ét pr. linje)' }),
      'at programmet godkendes{Enter}at datoen meldes ud',
    );
    await user.type(within(three).getByRole('textbox', { name: 'Bilag (ét navn pr. linje)' }), 'Program.docx');
    await user.click(within(three).getByRole('checkbox', { name: 'Lukket punkt' }));
    await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
    await screen.findByText('Gemt');
    const item = store.saves[0]!.meeting.items[2]!;
    expect(item).toMatchObject({
      closed: true,
      prefix: null,
      recommendation: { by: 'Direktionen', points: ['at programmet godkendes', 'at datoen meldes ud'] },
      attachments: ['Program.docx'],
    });
  });

  it('shows a failed save in Danish with a retry that saves the form as it is now', async () => {
    const user = userEvent.setup();
    const store = new InMemoryAgendaStore().put(readableAgenda());
    store.failSavesWith = Object.assign(new Error('Service Unavailable'), { status: 503 });
    let release = () => undefined as void;
    renderView({ source: store });
    await user.click(await screen.findByRole('button', { name: 'Gem dagsorden' }));
    expect(await screen.findByText('Dagsordenen blev ikke gemt.')).toBeInTheDocument();
    expect(screen.getByText('Tjenesten har travlt lige nu. Vent et øjeblik og prøv igen.')).toBeInTheDocument();

    store.failSavesWith = null;
    store.holdSaves = new Promise<void>((resolve) => (release = resolve));
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('Gemmer…')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Gemt')).toBeInTheDocument();
    expect(store.saves).toHaveLength(1);
  });

  it('copies the agenda as document text, and shows the text when the clipboard is refused', async () => {
    const user = userEvent.setup();
    renderView();
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void writes.push(text) },
    });
    await user.click(await screen.findByRole('button', { name: 'Kopiér som tekst' }));
    expect(await screen.findByText('Teksten er kopieret. Indsæt den i mødeindkaldelsen.')).toBeInTheDocument();
    expect(writes[0]).toMatch(/^DAGSORDEN Chefforum d\. 13-03-2024\n/);
    expect(writes[0]).toContain('Punkt 2: CF - Status på budget 2025');

    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('denied')) },
    });
    await user.click(screen.getByRole('button', { name: 'Kopiér som tekst' }));
    expect(await screen.findByRole('textbox', { name: 'Dagsordenen som tekst' })).toHaveValue(writes[0]);
  });

  it('refuses to save over closed punkter the user cannot read, and says why', async () => {
    renderView({ source: new InMemoryAgendaStore().put(sampleAgenda()) });
    expect(await screen.findByText(/Du har ikke adgang til ét lukket punkt på dagsordenen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem dagsorden' })).toBeNull();
  });

  it('says it cannot save when the agenda port is read-only', async () => {
    renderView({ source: new InMemoryAgendaSource().put(readableAgenda()) });
    expect(await screen.findByText('Dagsordenen kan ikke gemmes herfra. Kontakt den, der har sat Punkt op.')).toBeInTheDocument();
  });

  it('saves through the agenda store the app puts in its services, not through the source it loads from', async () => {
    const user = userEvent.setup();
    const store = new InMemoryAgendaStore().put(readableAgenda());
    renderView({ source: new InMemoryAgendaSource().put(readableAgenda()), store });
    await user.click(await screen.findByRole('button', { name: 'Gem dagsorden' }));
    await waitFor(() => expect(store.saves).toHaveLength(1));
  });

  it('does not look for a save method on the source: without an agenda store in the services it cannot save', async () => {
    renderView({ source: new InMemoryAgendaStore().put(readableAgenda()), store: null });
    expect(await screen.findByText('Dagsordenen kan ikke gemmes herfra. Kontakt den, der har sat Punkt op.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem dagsorden' })).toBeNull();
  });

  it('speaks English with ?lang=en, and asks for a meeting when there is none', async () => {
    renderView({ language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Prepare the agenda' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move item 1 down' })).toBeInTheDocument();
  });

  it('asks for a meeting when the host has none', () => {
    renderView({ ref: null });
    expect(screen.getByRole('heading', { name: 'Intet møde' })).toBeInTheDocument();
  });
});
