import { describe, expect, it } from 'vitest';
import { isCaseNumber, parseCaseNumber } from './case-number';

describe('case numbers (spec: "Case number", KLE shape dd.dd.dd-Xdd-n-yy)', () => {
  it.each(['00.01.00-P35-7-23', '84.07.00-A00-1-23', '00.30.14-S00-15-20', '00.00.00-A00-10-20'])('accepts %s', (s) => {
    expect(isCaseNumber(s)).toBe(true);
  });

  it('splits a case number into KLE number, facet, serial and year', () => {
    expect(parseCaseNumber('00.01.00-P35-7-23')).toEqual({ kle: '00.01.00', facet: 'P35', serial: 7, year: 23 });
    expect(parseCaseNumber('00.30.14-S00-15-20')).toEqual({ kle: '00.30.14', facet: 'S00', serial: 15, year: 20 });
  });

  it.each([
    '',
    '00.01.00',
    '0.01.00-P35-7-23',
    '00.01.00-p35-7-23',
    '00.01.00-P5-7-23',
    '00.01.00-P35-7-2023',
    '00.01.00-P35--23',
    ' 00.01.00-P35-7-23',
    '00.01.00-P35-7-23 x',
    'Anledning',
  ])('rejects %j', (s) => {
    expect(isCaseNumber(s)).toBe(false);
    expect(parseCaseNumber(s)).toBeNull();
  });
});
