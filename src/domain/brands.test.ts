import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  calendarDate,
  clockTime,
  isoDate,
  localTime,
  parseIsoDate,
  parseLocalTime,
  parseUtcInstant,
  utcInstant,
  type IsoDate,
  type LocalTime,
  type UtcInstant,
} from './brands';
import { weekdayName } from './danish-calendar';

describe('LocalTime (issue #12, point 8)', () => {
  it('reads HH:MM and pads a one-digit hour', () => {
    expect(parseLocalTime('09:05')).toBe('09:05');
    expect(parseLocalTime('9:05')).toBe('09:05');
    expect(parseLocalTime('23:59')).toBe('23:59');
    expect(clockTime('9', '05')).toBe('09:05');
  });

  it('refuses what is no time of day', () => {
    for (const text of ['24:00', '09:60', '9.05', '09:5', '', ' 09:05', '009:05', '-1:00']) expect(parseLocalTime(text)).toBeNull();
    expect(clockTime('', '00')).toBeNull();
    expect(clockTime('9', '')).toBeNull();
    expect(clockTime('1.5', '00')).toBeNull();
  });

  it('localTime() throws RangeError on bad input', () => {
    expect(localTime('10:30')).toBe('10:30');
    expect(() => localTime('10.30')).toThrow(RangeError);
  });
});

describe('IsoDate', () => {
  it('reads a real calendar date, leap days included', () => {
    expect(parseIsoDate('2024-03-13')).toBe('2024-03-13');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDate('0999-12-31')).toBe('0999-12-31');
  });

  it('refuses dates outside the calendar and other shapes', () => {
    for (const text of [
      '2023-02-29',
      '1900-02-29',
      '2024-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '0000-01-01',
      '2024-3-1',
      '2024-03-13T00:00:00Z',
    ]) {
      expect(parseIsoDate(text)).toBeNull();
    }
    expect(calendarDate(2024, 2, 30)).toBeNull();
    expect(calendarDate(2024, 2.5, 1)).toBeNull();
    expect(calendarDate(24, 3, 1)).toBe('0024-03-01');
  });

  it('isoDate() throws RangeError on bad input', () => {
    expect(weekdayName(isoDate('2024-03-13'))).toBe('Onsdag');
    expect(() => isoDate('2024-02-30')).toThrow(RangeError);
  });
});

describe('UtcInstant', () => {
  it('reads YYYY-MM-DDTHH:MM:SSZ on a real date', () => {
    expect(parseUtcInstant('2024-03-13T08:00:00Z')).toBe('2024-03-13T08:00:00Z');
    expect(utcInstant('2024-02-29T23:59:59Z')).toBe('2024-02-29T23:59:59Z');
  });

  it('refuses milliseconds, offsets, a missing Z and impossible dates or times', () => {
    for (const text of [
      '2024-03-13T08:00:00.000Z',
      '2024-03-13T09:00:00+01:00',
      '2024-03-13T08:00:00',
      '2024-02-30T08:00:00Z',
      '2024-03-13T24:00:00Z',
      '2024-03-13T08:60:00Z',
    ]) {
      expect(parseUtcInstant(text)).toBeNull();
    }
    expect(() => utcInstant('2024-03-13')).toThrow(RangeError);
  });
});

describe('the brands keep the kinds apart (checked by tsc -p tsconfig.json)', () => {
  it('a LocalTime is not an IsoDate, nor a plain string either of them', () => {
    const takesDate = (date: IsoDate) => date;
    const time = localTime('09:00');
    // @ts-expect-error a time cannot be passed where a date belongs
    takesDate(time);
    // @ts-expect-error a plain string has not been checked
    takesDate('2024-03-13');
    expectTypeOf(time).not.toExtend<IsoDate>();
    expectTypeOf(isoDate('2024-03-13')).not.toExtend<LocalTime>();
    expectTypeOf(utcInstant('2024-03-13T08:00:00Z')).not.toExtend<IsoDate>();
    expectTypeOf<string>().not.toExtend<UtcInstant>();
    // Each brand is still a string wherever plain text is wanted (JSON, list columns).
    expectTypeOf(time).toExtend<string>();
  });
});
