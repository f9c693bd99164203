import { describe, expect, expectTypeOf, it } from 'vitest';
import type { UtcInstant } from './brands';
import {
  isKeyOfICalUId,
  meetingKeyOf,
  meetingKeyPrefix,
  meetingRefOf,
  normalizeUtc,
  parseMeetingKey,
  sameMeeting,
} from './meeting-identity';

describe('meeting identity', () => {
  it('keys an occurrence by its iCalUId and its start as UTC without milliseconds, however Graph wrote the time', () => {
    expect(meetingKeyOf({ iCalUId: 'abc', start: '2026-11-30T08:00:00.0000000' })).toBe('abc|2026-11-30T08:00:00Z');
    expect(meetingKeyOf({ iCalUId: 'abc', start: '2026-11-30T09:00:00+01:00' })).toBe('abc|2026-11-30T08:00:00Z');
    expect(meetingKeyOf({ iCalUId: 'abc', start: '2026-11-30T08:00:00.000Z' })).toBe('abc|2026-11-30T08:00:00Z');
    expect(() => normalizeUtc('not a date')).toThrow(RangeError);
  });

  it('gives the normalized start as a UtcInstant, the type the lists and the schedule share (issue #12)', () => {
    // A type check: `npm test`'s tsc fails if normalizeUtc went back to a plain string.
    expectTypeOf(normalizeUtc).returns.toEqualTypeOf<UtcInstant>();
    expect(normalizeUtc('2026-11-30T08:00:00.5Z')).toBe('2026-11-30T08:00:00Z');
  });

  it('is the same meeting for an attendee’s copy with another event id (only iCalUId and start count)', () => {
    const organizerCopy = { id: 'AAMk-organizer', iCalUId: 'uid-1', start: '2026-11-30T08:00:00Z' };
    const attendeeCopy = { id: 'AAMk-attendee', iCalUId: 'uid-1', start: '2026-11-30T08:00:00.0000000' };
    expect(sameMeeting(organizerCopy, attendeeCopy)).toBe(true);
    expect(meetingKeyOf(organizerCopy)).toBe(meetingKeyOf(attendeeCopy));
  });

  it('tells two occurrences of a series apart, even by a backend sharing one iCalUId across the series', () => {
    expect(sameMeeting({ iCalUId: 'uid-1', start: '2026-11-30T08:00:00Z' }, { iCalUId: 'uid-1', start: '2026-12-07T08:00:00Z' })).toBe(
      false,
    );
    expect(sameMeeting({ iCalUId: 'uid-1', start: '2026-11-30T08:00:00Z' }, { iCalUId: 'uid-2', start: '2026-11-30T08:00:00Z' })).toBe(
      false,
    );
    expect(sameMeeting(null, { iCalUId: 'uid-1', start: '2026-11-30T08:00:00Z' })).toBe(false);
    expect(sameMeeting(null, null)).toBe(true);
  });

  it('reads a MeetingKey back to the ref it came from, and nothing else', () => {
    const ref = meetingRefOf({ iCalUId: 'uid|with|bars', start: '2026-11-30T08:00:00.0000000' });
    expect(ref).toEqual({ iCalUId: 'uid|with|bars', start: '2026-11-30T08:00:00Z' });
    expect(parseMeetingKey(meetingKeyOf(ref))).toEqual(ref);
    expect(parseMeetingKey('AAMkAGI2=')).toBeNull();
    expect(parseMeetingKey('uid|tomorrow')).toBeNull();
  });

  it('finds the keys of a moved occurrence by its iCalUId: the prefix every start shares, and only that iCalUId', () => {
    const before = meetingKeyOf({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
    const after = meetingKeyOf({ iCalUId: 'uid-1', start: '2024-03-14T12:00:00Z' });
    expect(meetingKeyPrefix({ iCalUId: 'uid-1' })).toBe('uid-1|');
    for (const key of [before, after]) {
      expect(key.startsWith(meetingKeyPrefix({ iCalUId: 'uid-1' }))).toBe(true);
      expect(isKeyOfICalUId(key, 'uid-1')).toBe(true);
    }
    // A longer iCalUId sharing the text is another meeting; so is one that contains the separator.
    expect(isKeyOfICalUId(meetingKeyOf({ iCalUId: 'uid-10', start: '2024-03-13T08:00:00Z' }), 'uid-1')).toBe(false);
    expect(isKeyOfICalUId(meetingKeyOf({ iCalUId: 'uid-1|x', start: '2024-03-13T08:00:00Z' }), 'uid-1')).toBe(false);
    expect(isKeyOfICalUId('uid-1|not a time', 'uid-1')).toBe(false);
  });
});
