// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { providers } from '../../tests/helpers/ui/providers';
import { TwoPane } from './TwoPane';
import { TwoPaneIndex, type TwoPaneIndexEntry } from './TwoPaneIndex';

afterEach(cleanup);

// jsdom applies no media query, so the index pane keeps its narrow `display: none` here: its queries pass
// `hidden: true`. The browser test (tests/e2e/two-pane.e2e.test.ts) checks the panes at 1280 px.

const entries: TwoPaneIndexEntry[] = [
  { number: 1, prefix: 'CF', title: 'Godkendelse af dagsorden', slot: '09.00–09.10' },
  { number: 2, prefix: 'CF', title: 'Budget 2025', slot: '09.10–09.40', live: true },
  { number: 3, title: 'Eventuelt', slot: null },
];

/** A view with the index and a detail pane that shows the selected punkt. */
function Demo() {
  const [selected, setSelected] = useState(2);
  return (
    <TwoPane index={<TwoPaneIndex entries={entries} selected={selected} onSelect={setSelected} />}>
      <section aria-label="Detaljer">Valgt: punkt {selected}</section>
    </TwoPane>
  );
}

describe('TwoPane', () => {
  it('holds the index pane before the detail pane', () => {
    const { container } = render(<Demo />, { wrapper: providers() });
    const panes = [...container.querySelectorAll('[data-two-pane] > [data-pane]')].map((p) => p.getAttribute('data-pane'));
    expect(panes).toEqual(['index', 'detail']);
    const [index, detail] = container.querySelectorAll('[data-two-pane] > [data-pane]');
    expect(within(index as HTMLElement).getByRole('navigation', { name: 'Punktoversigt', hidden: true })).toBeTruthy();
    expect(within(detail as HTMLElement).getByRole('region', { name: 'Detaljer' })).toBeTruthy();
  });
});

describe('TwoPaneIndex', () => {
  it('lists every punkt as a button with its number, title and slot, in order', () => {
    render(<Demo />, { wrapper: providers() });
    const nav = screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true });
    const items = within(nav).getAllByRole('listitem', { hidden: true });
    expect(items).toHaveLength(3);
    const buttons = within(nav).getAllByRole('button', { hidden: true });
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Punkt 1CFGodkendelse af dagsorden09.00–09.10',
      'Punkt 2CFBudget 202509.10–09.40Nu',
      'Punkt 3Eventuelt',
    ]);
  });

  it('marks the selected punkt, and only it, with aria-current', () => {
    render(<Demo />, { wrapper: providers() });
    const buttons = within(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true })).getAllByRole('button', {
      hidden: true,
    });
    expect(buttons.map((b) => b.getAttribute('aria-current'))).toEqual([null, 'true', null]);
  });

  it('selects a punkt by click or keyboard and the detail pane follows', async () => {
    const user = userEvent.setup();
    render(<Demo />, { wrapper: providers() });
    const nav = within(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
    await user.click(nav.getByRole('button', { name: /Punkt 1/, hidden: true }));
    expect(screen.getByRole('region', { name: 'Detaljer' }).textContent).toBe('Valgt: punkt 1');
    expect(nav.getByRole('button', { name: /Punkt 1/, hidden: true }).getAttribute('aria-current')).toBe('true');

    // Each punkt is a native button: Enter selects it (user-event's Tab skips the pane jsdom keeps hidden).
    nav.getByRole('button', { name: /Punkt 3/, hidden: true }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Detaljer' }).textContent).toBe('Valgt: punkt 3');
    expect(nav.getByRole('button', { name: /Punkt 3/, hidden: true }).getAttribute('aria-current')).toBe('true');
    expect(nav.getByRole('button', { name: /Punkt 1/, hidden: true }).getAttribute('aria-current')).toBeNull();
  });

  it('speaks English with ?lang=en', () => {
    render(<Demo />, { wrapper: providers({ language: 'en' }) });
    const nav = screen.getByRole('navigation', { name: 'Item index', hidden: true });
    expect(within(nav).getByRole('button', { name: /Item 2/, hidden: true }).textContent).toContain('Now');
  });
});
