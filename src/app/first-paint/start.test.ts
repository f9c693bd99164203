// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingRef, StoredAgenda } from '../../domain/ports';
import { createFakeHost } from '../../../tests/fakes/fake-host';
import { SAMPLE_REF, sampleAgenda, sampleMeeting } from '../../../tests/fakes/sample-agenda';
import { FIRST_PAINT_ID } from './first-paint';
import { settledMeetingRef } from './settled-meeting-ref';
import { paintAgendaEarly } from './start';

const OPTIONS = () => ({ language: 'da', theme: 'webLightTheme' }) as const;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(copy: StoredAgenda | null = null) {
  const root = document.createElement('div');
  document.body.append(root);
  const host = createFakeHost({ ref: SAMPLE_REF });
  let answer!: (agenda: StoredAgenda | null) => void;
  const asked: MeetingRef[] = [];
  const early = paintAgendaEarly({
    host,
    meeting: Promise.resolve(SAMPLE_REF),
    prefetch: (ref) => {
      asked.push(ref);
      return new Promise((resolve) => (answer = resolve));
    },
    localCopy: () => copy,
    root: Promise.resolve(root),
    options: OPTIONS,
  });
  const forum = () => document.getElementById(FIRST_PAINT_ID)?.querySelector('h1')?.textContent ?? null;
  return { root, host, early, asked, answer: (agenda: StoredAgenda | null) => answer(agenda), forum };
}

afterEach(() => {
  document.body.replaceChildren();
  performance.clearMarks();
});

describe('painting the managers’ agenda before React (issue #13)', () => {
  it('paints the prefetch’s answer, marks punkt:first-paint, and remembers the meeting for the shell’s first render', async () => {
    const { early, asked, answer, forum, host } = setup();
    await flush();
    expect(asked).toEqual([SAMPLE_REF]);
    expect(early.painted).toBe(false);
    expect(settledMeetingRef(host)).toBeUndefined();
    answer(sampleAgenda());
    await flush();
    expect(forum()).toBe('Chefforum');
    expect(early.painted).toBe(true);
    expect(performance.getEntriesByName('punkt:first-paint')).toHaveLength(1);
    expect(settledMeetingRef(host)).toEqual(SAMPLE_REF);
  });

  it('paints the local copy at once on a warm open, then the fresh answer over it', async () => {
    const old = sampleMeeting();
    old.forum = 'Kopien';
    const { answer, forum } = setup(sampleAgenda(old));
    await flush();
    expect(forum()).toBe('Kopien');
    answer(sampleAgenda());
    await flush();
    expect(forum()).toBe('Chefforum');
    expect(performance.getEntriesByName('punkt:first-paint')).toHaveLength(1);
  });

  it('settles once the first agenda is painted: the local copy at once on a warm open, else the prefetch’s answer', async () => {
    const settledOf = (early: { settled: Promise<void> }) => {
      const state = { settled: false };
      void early.settled.then(() => (state.settled = true));
      return state;
    };
    const cold = setup();
    const coldState = settledOf(cold.early);
    await flush();
    expect(coldState.settled).toBe(false);
    cold.answer(sampleAgenda());
    await flush();
    expect(coldState.settled).toBe(true);
    document.body.replaceChildren();
    const warm = setup(sampleAgenda());
    const warmState = settledOf(warm.early);
    await flush();
    expect(warmState.settled).toBe(true);
  });

  it('settles without painting when there is nothing to paint (no agenda, a failed request)', async () => {
    const none = setup();
    await flush();
    none.answer(null);
    await expect(none.early.settled).resolves.toBeUndefined();
    expect(none.early.painted).toBe(false);
    const failed = paintAgendaEarly({
      host: createFakeHost({ ref: SAMPLE_REF }),
      meeting: Promise.reject(new Error('no host')),
      prefetch: () => null,
      localCopy: () => null,
      root: Promise.resolve(document.createElement('div')),
      options: OPTIONS,
    });
    await expect(failed.settled).resolves.toBeUndefined();
  });

  it('paints nothing when the meeting has no agenda', async () => {
    const none = setup();
    await flush();
    none.answer(null);
    await flush();
    expect(none.early.painted).toBe(false);
    expect(none.root.hidden).toBe(false);
    expect(performance.getEntriesByName('punkt:first-paint')).toHaveLength(0);
  });

  it('paints beside #root and hides it while React renders its skeleton there; React’s view takes over in one step and marks punkt:interactive', async () => {
    const { root, answer, forum } = setup();
    await flush();
    answer(sampleAgenda());
    await flush();
    expect(document.getElementById(FIRST_PAINT_ID)?.nextElementSibling).toBe(root);
    expect(root.hidden).toBe(true);
    // React's first commit: a skeleton (busy). The static agenda stays.
    const skeleton = document.createElement('div');
    skeleton.setAttribute('aria-busy', 'true');
    root.replaceChildren(skeleton);
    await flush();
    expect(forum()).toBe('Chefforum');
    expect(root.hidden).toBe(true);
    // Its view with the list: the static agenda goes, #root shows.
    const list = document.createElement('div');
    list.setAttribute('role', 'list');
    root.replaceChildren(list);
    await flush();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(root.hidden).toBe(false);
    expect(performance.getEntriesByName('punkt:interactive')).toHaveLength(1);
    expect(document.getElementById('punkt-first-paint-style')).toBeNull();
    // A later answer paints nothing over React.
    answer(sampleAgenda());
    await flush();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
  });

  it('paints nothing over React’s view when that came first (a warm open shows the local copy at once)', async () => {
    const { root, answer, early } = setup();
    const list = document.createElement('div');
    list.setAttribute('role', 'list');
    root.replaceChildren(list);
    await flush();
    answer(sampleAgenda());
    await flush();
    expect(early.painted).toBe(false);
    expect(root.hidden).toBe(false);
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
  });

  it('gives way to whatever React’s view shows that is not a skeleton (an error), without marking interactive', async () => {
    const { root, answer } = setup();
    await flush();
    answer(sampleAgenda());
    await flush();
    const error = document.createElement('p');
    error.setAttribute('role', 'alert');
    root.replaceChildren(error);
    await flush();
    expect(root.hidden).toBe(false);
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(performance.getEntriesByName('punkt:interactive')).toHaveLength(0);
  });
});
