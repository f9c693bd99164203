// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingRef, StoredAgenda } from '../../domain/ports';
import { createFakeHost } from '../../../tests/fakes/fake-host';
import { SAMPLE_REF, sampleAgenda, sampleMeeting } from '../../../tests/fakes/sample-agenda';
import { FIRST_PAINT_ATTRIBUTE } from './paint-agenda';
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
  const forum = () => root.querySelector('h1')?.textContent ?? null;
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

  it('paints nothing once React has been started, nor when the meeting has no agenda', async () => {
    const late = setup();
    await flush();
    late.early.handOver(late.root);
    late.answer(sampleAgenda());
    await flush();
    expect(late.forum()).toBeNull();
    const none = setup();
    await flush();
    none.answer(null);
    await flush();
    expect(none.early.painted).toBe(false);
    expect(performance.getEntriesByName('punkt:first-paint')).toHaveLength(0);
  });

  it('marks punkt:interactive when React’s commit has replaced the static agenda with its own list', async () => {
    const { root, early, answer } = setup();
    await flush();
    answer(sampleAgenda());
    await flush();
    early.handOver(root);
    // React's first commit: the container cleared, then its tree with the list appended.
    const reactView = document.createElement('main');
    root.replaceChildren(reactView);
    await flush();
    expect(performance.getEntriesByName('punkt:interactive')).toHaveLength(0);
    const list = document.createElement('div');
    list.setAttribute('role', 'list');
    reactView.append(list);
    await flush();
    expect(root.querySelector(`[${FIRST_PAINT_ATTRIBUTE}]`)).toBeNull();
    expect(performance.getEntriesByName('punkt:interactive')).toHaveLength(1);
    expect(document.getElementById('punkt-first-paint-style')).toBeNull();
  });
});
