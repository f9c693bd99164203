import { describe, expect, it } from 'vitest';
import { median, medianOf, ms, range } from './_stats';

describe('bench statistics', () => {
  it('takes the middle value, the upper middle of an even count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(30);
    expect(median([])).toBeNaN();
  });

  it('leaves out a phase a page does not have, and has no median of none', () => {
    const opens = [{ at: 5 }, { at: null }, { at: 9 }, { at: 7 }];
    expect(medianOf(opens, (o) => o.at)).toBe(7);
    expect(medianOf([{ at: null }], (o) => o.at)).toBeNull();
  });

  it('prints whole ms, a dash for a missing value, and the median with its range', () => {
    expect(ms(12.6)).toBe('13');
    expect(ms(null)).toBe('—');
    expect(range([300, 250.4, 410])).toBe('300 ms (250–410)');
  });
});
