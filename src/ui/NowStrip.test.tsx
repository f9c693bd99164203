// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { providers } from '../../tests/helpers/ui/providers';
import { NowStrip } from './NowStrip';

afterEach(cleanup);

const punkt = { number: 4, prefix: 'CF', title: 'Budget 2025' };

describe('NowStrip', () => {
  it('is a region named "Nu" with the current punkt, minutes left and the expected end', () => {
    render(<NowStrip now={{ punkt, minutesLeft: 14, expectedEnd: '12.02' }} onJump={() => undefined} />, { wrapper: providers() });
    const region = screen.getByRole('region', { name: 'Nu' });
    expect(region.textContent).toContain('Punkt 4');
    expect(region.textContent).toContain('Budget 2025');
    expect(region.textContent).toContain('14 min. tilbage · Forventet slut 12.02');
  });

  it('says how far over time the punkt is when the minutes left are negative', () => {
    render(<NowStrip now={{ punkt, minutesLeft: -3, expectedEnd: '12.05' }} onJump={() => undefined} />, { wrapper: providers() });
    expect(screen.getByRole('region', { name: 'Nu' }).textContent).toContain('3 min. over tid');
  });

  it('jumps to the punkt with its button', async () => {
    const onJump = vi.fn();
    render(<NowStrip now={{ punkt, minutesLeft: 14, expectedEnd: '12.02' }} onJump={onJump} />, { wrapper: providers() });
    await userEvent.click(screen.getByRole('button', { name: 'Gå til punktet' }));
    expect(onJump).toHaveBeenCalledTimes(1);
  });

  it("names its live text as a timer when asked, and holds the caller's actions after the jump", () => {
    render(
      <NowStrip now={{ punkt, minutesLeft: 14, expectedEnd: '12.02' }} onJump={() => undefined} timerLabel="Aktuelt punkt">
        <button type="button">Næste punkt</button>
      </NowStrip>,
      { wrapper: providers() },
    );
    const region = screen.getByRole('region', { name: 'Nu' });
    expect(within(region).getByRole('timer', { name: 'Aktuelt punkt' }).textContent).toBe(
      'Nu: Punkt 4CFBudget 202514 min. tilbage · Forventet slut 12.02',
    );
    expect(
      within(region)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['Gå til punktet', 'Næste punkt']);
  });

  it('says why no punkt is on, without a jump, when given a sentence', () => {
    render(<NowStrip now="Mødet er ikke begyndt." timerLabel="Aktuelt punkt" />, { wrapper: providers() });
    expect(screen.getByRole('timer', { name: 'Aktuelt punkt' }).textContent).toBe('Mødet er ikke begyndt.');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('region', { name: 'Nu' }).textContent).not.toContain('tilbage');
  });

  it('has no timer role unless named', () => {
    render(<NowStrip now={{ punkt, minutesLeft: 14, expectedEnd: '12.02' }} />, { wrapper: providers() });
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('speaks English with ?lang=en', () => {
    render(<NowStrip now={{ punkt, minutesLeft: 5, expectedEnd: '12.02' }} onJump={() => undefined} />, {
      wrapper: providers({ language: 'en' }),
    });
    expect(screen.getByRole('region', { name: 'Now' }).textContent).toContain('5 min. left · Expected end 12.02');
    expect(screen.getByRole('button', { name: 'Go to the item' })).toBeTruthy();
  });
});
