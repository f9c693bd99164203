// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAgendaView } from '../../../../tests/helpers/agenda/render-agenda-view';
import type * as PunktTitleModule from '../../../ui/PunktTitle';
import type { PunktTitleProps } from '../../../ui/PunktTitle';

// Counts how often each punkt's title renders: the list's rows are what a needless re-render costs.
const titleRenders = new Map<number, number>();
vi.mock('../../../ui/PunktTitle', async (importOriginal) => {
  const original = await importOriginal<typeof PunktTitleModule>();
  return {
    ...original,
    PunktTitle: (props: PunktTitleProps) => {
      titleRenders.set(props.number, (titleRenders.get(props.number) ?? 0) + 1);
      return original.PunktTitle(props);
    },
  };
});

const rendersOf = (n: number) => titleRenders.get(n) ?? 0;

/** Lets the view's 15 s clock tick run `ms` on, with the clock moved to `to`. */
let clock: Date;
async function tick(to: string, ms: number) {
  await effectsSettled();
  titleRenders.clear();
  clock = new Date(to);
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  titleRenders.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the managers’ list renders a punkt again only when it changed (issue #13)', () => {
  it('a clock tick before the meeting renders no punkt again', async () => {
    clock = new Date('2024-03-12T08:00:00Z');
    renderAgendaView(clock, undefined, { now: () => clock });
    await screen.findByRole('list', { name: 'Dagsorden' });
    await tick('2024-03-12T08:01:00Z', 60_000);
    expect([1, 2, 3, 4, 5].map(rendersOf)).toEqual([0, 0, 0, 0, 0]);
  });

  it("a cold open renders each punkt once: the zone's schedule, built after the first paint, shows the same slots", async () => {
    clock = new Date('2024-03-12T08:00:00Z');
    renderAgendaView(clock, undefined, { now: () => clock });
    await screen.findByRole('list', { name: 'Dagsorden' });
    await effectsSettled();
    expect([1, 2, 3, 4, 5].map(rendersOf)).toEqual([1, 1, 1, 1, 1]);
  });

  it('during the meeting a tick renders only the punkt on now, whose time left changed', async () => {
    clock = new Date('2024-03-13T09:00:00Z'); // 10.00 local: punkt 3 09.50–10.20
    renderAgendaView(clock, undefined, { now: () => clock });
    const three = await screen.findByRole('listitem', { name: /^Punkt 3:/ });
    await effectsSettled(); // what is on now is known right after the first paint (issue #13)
    expect(three).toHaveTextContent('20 min. tilbage');
    await tick('2024-03-13T09:05:00Z', 15_000);
    expect(three).toHaveTextContent('15 min. tilbage');
    expect(rendersOf(3)).toBeGreaterThan(0);
    expect([1, 2, 4, 5].map(rendersOf)).toEqual([0, 0, 0, 0]);
  });
});
