import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from './ports';
import { belongsToSeries, nextOccurrence } from './meeting-series';

// Exchange Global Object IDs: class id, then the instance date (zero in the master), then the rest.
const CLASS = '040000008200E00074C5B7101A82E008';
const REST = '00000000A0B1C2D3E4F5000000000000000000001000000012345678';
const MASTER = `${CLASS}00000000${REST}`;
const on = (date: string, rest = REST) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${CLASS}${y.toString(16).padStart(4, '0')}${m.toString(16).padStart(2, '0')}${d.toString(16).padStart(2, '0')}${rest}`.toUpperCase();
};
const event = (iCalUId: string, start: string, end: string): CalendarEvent => ({
  id: `id-${start}`,
  iCalUId,
  subject: 'Chefforum',
  start,
  end,
  location: null,
  organizerName: null,
  isOrganizer: true,
});

describe('a recurring meeting’s series ([MS-OXOCAL] PidLidGlobalObjectId)', () => {
  it('knows an occurrence of the series by its iCalUId: the master’s with the instance date filled in', () => {
    expect(belongsToSeries(MASTER, on('2024-03-13'))).toBe(true);
    expect(belongsToSeries(MASTER, on('2024-03-13').toLowerCase())).toBe(true);
    expect(belongsToSeries(MASTER, MASTER)).toBe(false);
    expect(belongsToSeries(MASTER, on('2024-03-13', REST.replace('A0B1', 'FFFF')))).toBe(false);
    expect(belongsToSeries('uid-1', 'uid-1')).toBe(false);
  });

  it('picks the first occurrence not yet ended, the one running now included, and never another series', () => {
    const other = on('2024-03-13', REST.replace('A0B1', 'FFFF'));
    const events = [
      event(on('2024-03-20'), '2024-03-20T08:00:00Z', '2024-03-20T10:00:00Z'),
      event(other, '2024-03-13T07:00:00Z', '2024-03-13T12:00:00Z'),
      event(on('2024-03-06'), '2024-03-06T08:00:00Z', '2024-03-06T10:00:00Z'),
      event(on('2024-03-13'), '2024-03-13T08:00:00Z', '2024-03-13T10:00:00Z'),
    ];
    expect(nextOccurrence({ iCalUId: MASTER }, events, new Date('2024-03-13T09:00:00Z'))?.start).toBe('2024-03-13T08:00:00Z');
    expect(nextOccurrence({ iCalUId: MASTER }, events, new Date('2024-03-13T10:00:00Z'))?.start).toBe('2024-03-20T08:00:00Z');
    expect(nextOccurrence({ iCalUId: MASTER }, events, new Date('2024-03-21T00:00:00Z'))).toBeNull();
  });
});
