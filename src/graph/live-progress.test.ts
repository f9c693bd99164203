import { describe, expect, it } from 'vitest';
import { progressFromFields, progressRowQuery, progressToFields } from './live-progress';
import { LIVE_PROGRESS_COLUMNS } from './list-definitions';
import { MEETINGS_LIST } from './list-definitions';
import { meetingRowQuery } from './list-queries';
import { planProvisioning } from './provision';

describe('live progress columns', () => {
  it('round-trips a progress through the row fields, and null clears both columns', () => {
    const progress = { number: 3, startedAt: new Date('2024-03-13T08:52:00Z') };
    const fields = progressToFields(progress);
    expect(fields).toEqual({ PunktLiveNumber: 3, PunktLiveStartedAt: '2024-03-13T08:52:00.000Z' });
    expect(progressFromFields(fields)).toEqual(progress);
    expect(progressToFields(null)).toEqual({ PunktLiveNumber: null, PunktLiveStartedAt: null });
    // SharePoint leaves empty columns out of `fields`.
    expect(progressFromFields({ MeetingKey: 'k' })).toBeNull();
  });

  it('reads a malformed value as no progress instead of failing the agenda', () => {
    expect(progressFromFields({ PunktLiveNumber: 'three', PunktLiveStartedAt: '2024-03-13T08:52:00Z' })).toBeNull();
    expect(progressFromFields({ PunktLiveNumber: 2, PunktLiveStartedAt: 'not a time' })).toBeNull();
    expect(progressFromFields({ PunktLiveNumber: 2 })).toBeNull();
  });

  it('queries only the two columns of the row with the key, its quote escaped', () => {
    const q = new URLSearchParams(progressRowQuery("o'k|2024-03-13T08:00:00Z").slice('/items?'.length));
    expect(q.get('$filter')).toBe("fields/MeetingKey eq 'o''k|2024-03-13T08:00:00Z'");
    expect(q.get('$expand')).toBe('fields($select=PunktLiveNumber,PunktLiveStartedAt)');
  });

  it('are provisioned on the meetings list but left out of its row query (a site without them still opens agendas)', () => {
    expect(MEETINGS_LIST.columns).toEqual(expect.arrayContaining([...LIVE_PROGRESS_COLUMNS]));
    expect(meetingRowQuery('k')).not.toMatch(/PunktLive/);
    const old = MEETINGS_LIST.columns
      .filter((c) => !LIVE_PROGRESS_COLUMNS.includes(c))
      .map((c) => ({ id: c.name, name: c.name, indexed: c.indexed }));
    const plan = planProvisioning([{ id: 'L1', displayName: 'PunktMeetings', columns: old }], [MEETINGS_LIST]);
    expect(plan.map((a) => (a.kind === 'create-column' ? `${a.column.name}:${a.column.type}` : a.kind))).toEqual([
      'PunktLiveNumber:number',
      'PunktLiveStartedAt:dateTime',
    ]);
  });
});
