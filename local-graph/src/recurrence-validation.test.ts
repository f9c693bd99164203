/**
 * A series Graph cannot read is refused when it is created, not stored to expand to nothing: an
 * unknown time zone is Exchange's 400 TimeZoneNotSupportedException
 * (https://github.com/microsoftgraph/microsoft-graph-docs/issues/4758), a range date that is no
 * Edm.Date is 400 UnableToDeserializePostBody (https://github.com/microsoftgraph/msgraph-sdk-javascript/issues/404).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from '../../tests/helpers/local-graph/test-harness';
import type { Harness } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.dispose());

const create = (range: Record<string, unknown>, timeZone = 'Romance Standard Time') =>
  h.call('POST', '/me/events', {
    body: {
      subject: 'Chefforum',
      start: { dateTime: '2024-03-06T09:00:00', timeZone },
      end: { dateTime: '2024-03-06T11:00:00', timeZone },
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'monday' }, range },
    },
  });
const stored = () => h.call('GET', '/me/events').json.value as unknown[];

describe('creating a series', () => {
  it('refuses an unknown recurrenceTimeZone with 400 TimeZoneNotSupportedException and stores nothing', () => {
    const res = create({ type: 'noEnd', startDate: '2024-03-06', recurrenceTimeZone: 'Mars/Olympus_Mons' });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('TimeZoneNotSupportedException');
    expect(res.json.error.message).toBe(
      "A valid TimeZone value must be specified. The following TimeZone value is not supported: 'Mars/Olympus_Mons'.",
    );
    expect(stored()).toEqual([]);
  });

  it("refuses an unknown start time zone the same way (the series' zone defaults to it)", () => {
    const res = create({ type: 'noEnd', startDate: '2024-03-06' }, 'Greenwich Mean Time');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('TimeZoneNotSupportedException');
    expect(res.json.error.message).toContain("'Greenwich Mean Time'");
  });

  it('refuses a range date the calendar lacks, or one not written as a date, with 400 UnableToDeserializePostBody', () => {
    for (const range of [
      { type: 'noEnd', startDate: '2024-02-30' },
      { type: 'endDate', startDate: '2024-03-06', endDate: '2024-04-31' },
      { type: 'noEnd', startDate: '2023-13-01' },
      { type: 'endDate', startDate: '06/03/2024', endDate: '2024-04-10' },
    ]) {
      const res = create({ ...range, recurrenceTimeZone: 'Romance Standard Time' });
      expect(res.status, JSON.stringify(range)).toBe(400);
      expect(res.json.error.code).toBe('UnableToDeserializePostBody');
      expect(res.json.error.message).toMatch(/^were unable to deserialize 'range\.(startDate|endDate)'/);
    }
    expect(stored()).toEqual([]);
  });

  it('accepts a Windows or an IANA zone and a leap day that exists', () => {
    expect(create({ type: 'noEnd', startDate: '2024-03-06', recurrenceTimeZone: 'Romance Standard Time' }).status).toBe(201);
    expect(
      create({ type: 'endDate', startDate: '2024-02-29', endDate: '2024-04-10', recurrenceTimeZone: 'Europe/Copenhagen' }).status,
    ).toBe(201);
    expect(create({ type: 'numbered', startDate: '2024-03-06', numberOfOccurrences: 3 }).status).toBe(201);
  });
});
