// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPrepareView as renderView } from '../../../../tests/helpers/prepare/render-prepare-view';
import { stubTwoPaneWidth } from '../../../../tests/helpers/ui/two-pane-width';

// jsdom applies no media query: the index pane keeps its narrow display: none, so it is queried with hidden.
const index = () => within(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
const entry = (n: number) => index().getByRole('button', { name: new RegExp(`^Punkt ${n}\\b`), hidden: true });
const card = (name: string) => screen.getByRole('listitem', { name });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the secretary’s view from 900 px (issue #15, two panes)', () => {
  beforeEach(() => {
    stubTwoPaneWidth(true);
  });

  it('puts an index of the punkter with their slots beside the cards, none selected at first', async () => {
    renderView();
    await screen.findByRole('list', { name: 'Punkter' });
    const [indexPane, detailPane] = document.querySelectorAll('[data-two-pane] > [data-pane]');
    expect(indexPane).toContainElement(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
    expect(detailPane).toContainElement(screen.getByRole('list', { name: 'Punkter' }));
    expect(index().getAllByRole('button', { hidden: true })).toHaveLength(5);
    expect(entry(2)).toHaveTextContent(/^Punkt 2CFStatus på budget 202509\.10–09\.40$/);
    expect(index().queryAllByRole('button', { current: true, hidden: true })).toEqual([]);
  });

  it('opens the punkt picked in the index with its title focused, and keeps it picked when it moves', async () => {
    const user = userEvent.setup();
    renderView();
    await screen.findByRole('list', { name: 'Punkter' });
    expect(within(card('Punkt 2: Status på budget 2025')).queryByRole('textbox', { name: 'Titel' })).toBeNull();
    entry(2).focus();
    await user.keyboard('{Enter}');
    const title = await within(card('Punkt 2: Status på budget 2025')).findByRole('textbox', { name: 'Titel' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(entry(2)).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: 'Flyt punkt 2 op' }));
    await waitFor(() => expect(entry(1)).toHaveAttribute('aria-current', 'true'));
    expect(entry(1)).toHaveTextContent('Status på budget 2025');
    expect(entry(2)).not.toHaveAttribute('aria-current');
  });
});

describe('the secretary’s view below 900 px', () => {
  it('builds no index while it could not show (issue #13: less to render on a first open), and builds it once the page widens', async () => {
    const width = stubTwoPaneWidth(false);
    renderView();
    await screen.findByRole('list', { name: 'Punkter' });
    expect(screen.queryByRole('navigation', { name: 'Punktoversigt', hidden: true })).toBeNull();
    expect(document.querySelector('[data-pane="index"]')?.childElementCount).toBe(0);

    await width.resize(true);
    expect(index().getAllByRole('button', { hidden: true })).toHaveLength(5);
  });
});
