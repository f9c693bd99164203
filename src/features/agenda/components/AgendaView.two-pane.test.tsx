// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordScrolls, renderAgendaView } from '../../../../tests/helpers/agenda/render-agenda-view';
import { stubTwoPaneWidth as stubWidth } from '../../../../tests/helpers/ui/two-pane-width';

const scrolled = recordScrolls();

const DURING_PUNKT_3 = new Date('2024-03-13T09:00:00Z'); // 10.00 local: punkt 3 09.50–10.20

const renderView = (now: Date) => renderAgendaView(now);

afterEach(() => {
  vi.restoreAllMocks();
});

// jsdom applies no media query: the index pane keeps its narrow display: none, so it is queried with hidden.
const index = () => within(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
const entry = (n: number) => index().getByRole('button', { name: new RegExp(`^Punkt ${n}\\b`), hidden: true });

describe('the managers’ view from 900 px (issue #15, two panes)', () => {
  beforeEach(() => {
    stubWidth(true);
  });

  it('puts an index of the punkter with their slots beside the list, the current punkt selected', async () => {
    const { container } = renderView(DURING_PUNKT_3);
    await screen.findByRole('list', { name: 'Dagsorden' });
    await effectsSettled(); // what is on now is known right after the first paint (issue #13)
    const [indexPane, detailPane] = container.querySelectorAll('[data-two-pane] > [data-pane]');
    expect(indexPane).toContainElement(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
    expect(detailPane).toContainElement(screen.getByRole('list', { name: 'Dagsorden' }));
    expect(index().getAllByRole('button', { hidden: true })).toHaveLength(5);
    expect(entry(3)).toHaveTextContent('09.50–10.20');
    expect(entry(3)).toHaveAttribute('aria-current', 'true');
    expect(entry(2)).not.toHaveAttribute('aria-current');
  });

  it('opens the punkt picked in the index in the detail pane and moves focus to it', async () => {
    const user = userEvent.setup();
    renderView(DURING_PUNKT_3);
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    expect(within(two).getByRole('button', { name: /^Punkt 2/ })).toHaveAttribute('aria-expanded', 'false');
    entry(2).focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(within(two).getByRole('button', { name: /^Punkt 2/ })));
    expect(within(two).getByRole('button', { name: /^Punkt 2/ })).toHaveAttribute('aria-expanded', 'true');
    expect(scrolled.at(-1)).toMatch(/^Punkt 2:/);
    expect(entry(2)).toHaveAttribute('aria-current', 'true');
    expect(entry(3)).not.toHaveAttribute('aria-current');
  });
});

describe('the managers’ view below 900 px', () => {
  it('builds no index while it could not show (issue #13: less to render on a first open), and builds it once the page widens', async () => {
    const width = stubWidth(false);
    const { container } = renderView(DURING_PUNKT_3);
    await screen.findByRole('list', { name: 'Dagsorden' });
    expect(screen.queryByRole('navigation', { name: 'Punktoversigt', hidden: true })).toBeNull();
    expect(container.querySelector('[data-pane="index"]')?.childElementCount).toBe(0);

    await width.resize(true);
    expect(index().getAllByRole('button', { hidden: true })).toHaveLength(5);
    expect(entry(3)).toHaveAttribute('aria-current', 'true');
  });
});
