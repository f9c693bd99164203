/** The secretary's view as the browser tests read it: the list named "Punkter", one card a punkt. */
import type { Locator, Page } from 'playwright-core';
import type { CalendarEvent } from '../../../src/domain/ports';
import { expectedAgenda, upcomingEvents } from './expected-agenda';

/** The list of punkter; waits until the agenda has loaded. */
export async function punktList(page: Page, timeout = 30_000): Promise<Locator> {
  const list = page.getByRole('list', { name: 'Punkter', exact: true });
  await list.waitFor({ state: 'visible', timeout });
  return list;
}

/** The card of punkt `n` (named "Punkt n: title"). */
export const punktCard = (page: Page, n: number): Locator => page.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });

/**
 * The first upcoming demo meeting whose agenda has at least `count` punkter, for tests that open it
 * with `?meeting=` (the page's default meeting may be a series occurrence without an agenda yet).
 */
export async function upcomingWithPunkter(graphUrl: string, count: number): Promise<CalendarEvent> {
  for (const event of await upcomingEvents(graphUrl)) {
    const agenda = await expectedAgenda(graphUrl, event).catch(() => null);
    if (agenda && agenda.punkter.length >= count) return event;
  }
  throw new Error(`no upcoming demo meeting has ${count} punkter`);
}
