// @vitest-environment jsdom
import '../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAgenda, sampleMeeting } from '../../../tests/fakes/sample-agenda';
import { renderAgendaView } from '../../../tests/helpers/agenda/render-agenda-view';
import { FIRST_PAINT_ATTRIBUTE, paintAgenda } from './paint-agenda';
import { TWO_PANE_QUERY } from '../../ui/TwoPane';
import { FIRST_PAINT_TWO_PANE_QUERY } from './style';
import { firstPaintTokens } from './tokens';

const NOW = new Date('2024-03-01T09:00:00Z'); // before the sample meeting: nothing is on now
const LIGHT = { language: 'da', theme: 'webLightTheme' } as const;

function paint(agenda = sampleAgenda(), options: Parameters<typeof paintAgenda>[2] = LIGHT) {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  paintAgenda(root, agenda, options);
  return root;
}

/** What a screen reader meets in `container`: the list's name, each list item's name, the headings, the slots. */
function reading(container: HTMLElement) {
  const list = within(container).getByRole('list', { name: /^(Dagsorden|Agenda)$/ });
  return {
    list: list.getAttribute('aria-label'),
    items: within(list)
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('aria-label')),
    headings: within(container)
      .getAllByRole('heading')
      .map((h) => `${h.tagName} ${h.textContent}`),
    slots: [...list.textContent!.matchAll(/\d{2}\.\d{2}–\d{2}\.\d{2}/g)].map((m) => m[0]),
  };
}

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('the static first paint of the managers’ agenda (issue #13)', () => {
  it('reads as the React view’s first commit: the list "Dagsorden", the same list items, headings and slots', async () => {
    const view = renderAgendaView(NOW);
    await screen.findByRole('list', { name: 'Dagsorden' });
    const react = reading(view.container);
    view.unmount();
    const painted = paint();
    expect(reading(painted)).toEqual(react);
    expect(react.items).toContain('Punkt 4: Lukket');
    expect(react.items.some((name) => name?.startsWith('Pause'))).toBe(true);
  });

  it('shows the header: forum as h1, long date, time and place, and the case numbers', () => {
    const root = paint();
    expect(within(root).getByRole('heading', { level: 1 }).textContent).toBe('Chefforum');
    expect(root.textContent).toContain('onsdag den 13. marts 2024 · 09.00–11.00 · Mødelokale 915');
    expect(root.textContent).toContain('Udsat til 10. april 2024');
  });

  it('has no control that would do nothing: every button and field is disabled', () => {
    const root = paint(sampleAgenda(), { ...LIGHT, account: { text: 'Sekretær Demo', button: 'Skift bruger' } });
    const controls = [...root.querySelectorAll('button, input, select, textarea, a')];
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls)
      expect([control.textContent || control.getAttribute('aria-label'), control.hasAttribute('disabled')]).toEqual([
        expect.any(String),
        true,
      ]);
    expect(root.textContent).toContain('Sekretær Demo');
  });

  it('renders a hostile title and case number as text: no element from the lists, directional controls removed, isolated', () => {
    const meeting = sampleMeeting();
    const hostile = '<img src=x onerror="alert(1)">Budget\u202Etxt.exe';
    meeting.items[1] = { ...meeting.items[1]!, title: hostile, caseNumber: '\u202E00.01-P35' };
    meeting.forum = '<b>Chefforum</b>';
    const root = paint(sampleAgenda(meeting));
    expect(root.querySelector('img, b')).toBeNull();
    const item = within(root).getByRole('listitem', { name: /^Punkt 2:/ });
    expect(item.getAttribute('aria-label')).toBe('Punkt 2: CF: <img src=x onerror="alert(1)">Budgettxt.exe');
    const title = [...item.querySelectorAll('h2 bdi')].at(-1)!;
    expect(title.textContent).toBe('<img src=x onerror="alert(1)">Budgettxt.exe');
    const caseNumber = [...item.querySelectorAll('[dir="auto"]')].map((e) => e.textContent);
    expect(caseNumber).toEqual(['Sagsnr. 00.01-P35']);
    expect(root.querySelector('h1 bdi')!.textContent).toBe('<b>Chefforum</b>');
    expect(root.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('shows a closed punkt as the source gave it: "Lukket" without title for one the user may not read, marked "Lukket punkt" for one they may', () => {
    const agenda = sampleAgenda();
    const root = paint(agenda);
    const hidden = within(root).getByRole('listitem', { name: 'Punkt 4: Lukket' });
    expect(hidden.textContent).toContain('10.10–10.30');
    expect(hidden.querySelector('.pf-chevron-room')).toBeNull();
    agenda.items[3] = { ...agenda.items[3]!, readable: true, item: { ...agenda.items[3]!.item, title: 'Personalesag' } };
    const readable = within(paint(agenda)).getByRole('listitem', { name: 'Punkt 4: Personalesag' });
    expect(readable.textContent).toContain('Lukket punkt');
  });

  it('speaks English when the address asks for it', () => {
    const root = paint(sampleAgenda(), { language: 'en', theme: 'webLightTheme' });
    const list = within(root).getByRole('list', { name: 'Agenda' });
    expect(within(list).getAllByRole('listitem')[0]!.getAttribute('aria-label')).toMatch(/^Item 1: /);
    expect(root.textContent).toContain('Wednesday, 13 March 2024');
    expect(root.querySelector(`[${FIRST_PAINT_ATTRIBUTE}]`)!.getAttribute('lang')).toBe('en');
  });

  it('paints in the host’s theme: Fluent’s token values on its root, dark and high contrast included', () => {
    for (const theme of ['webLightTheme', 'webDarkTheme', 'teamsHighContrastTheme'] as const) {
      const painted = paint(sampleAgenda(), { language: 'da', theme }).querySelector<HTMLElement>(`[${FIRST_PAINT_ATTRIBUTE}]`)!;
      const tokens = firstPaintTokens(theme);
      expect(painted.style.getPropertyValue('--colorNeutralBackground1')).toBe(tokens.colorNeutralBackground1);
      expect(painted.style.getPropertyValue('--colorNeutralForeground1')).toBe(tokens.colorNeutralForeground1);
    }
    expect(document.querySelectorAll('style#punkt-first-paint-style')).toHaveLength(1);
  });

  it('builds the Punktoversigt beside the list only when wide, at the same width as TwoPane', () => {
    expect(FIRST_PAINT_TWO_PANE_QUERY).toBe(TWO_PANE_QUERY);
    expect(within(paint()).queryByRole('navigation')).toBeNull();
    // (jsdom matches no media query: the CSS keeps the pane hidden there, as below 900 px.)
    const wide = paint(sampleAgenda(), { ...LIGHT, wide: true });
    const index = within(wide).getByRole('navigation', { name: 'Punktoversigt', hidden: true });
    expect(
      within(index)
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual([
      'Punkt 1CFGodkendelse af dagsorden09.00–09.10',
      expect.stringMatching(/^Punkt 2CFStatus på budget 2025\d/),
      expect.stringMatching(/^Punkt 3CFLederdøgn 2024/),
      'Punkt 4Lukket10.10–10.30',
      expect.stringMatching(/^Punkt 5CFNyt fra afdelingerne/),
    ]);
  });
});
