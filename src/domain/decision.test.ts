import { describe, expect, it } from 'vitest';
import { isoDate } from './brands';
import { decisionStatus } from './decision';

const on = (text: string | null, date = '2024-03-13') => decisionStatus(text, isoDate(date));

describe('decision status (issue #2: approved, noted, discussed, postponed, none)', () => {
  it.each([
    ['Chefforum godkendte dagsordenen til dette møde', 'approved'],
    ['Dagsorden og referat blev godkendt.', 'approved'],
    ['Chefforum godkender indstillingen.', 'approved'],
    ['Chefforum tog orienteringen til efterretning.', 'noted'],
    ['Chefforum tager orienteringen til efterretning.', 'noted'],
    ['Orienteringen blev taget til efterretning', 'noted'],
    ['Chefforum drøftede placeringen af Erhverv.', 'discussed'],
    ['Chefforum drøfter programmet.', 'discussed'],
    ['Mette orienterede om netværket.', 'none'],
    ['Chefforum tog punktet til efterretning', 'noted'],
    ['Indstillingen blev godkendt med bemærkninger.', 'approved'],
    ['Sagen blev drøftet.', 'discussed'],
    ['GODKENDT', 'approved'],
    ['', 'none'],
  ])('%j → %s', (text, status) => {
    expect(on(text)).toEqual({ status, postponedTo: null });
  });

  it('is none without a decision', () => {
    expect(on(null)).toEqual({ status: 'none', postponedTo: null });
  });

  it('does not read "godkendes" (future/passive) or "Godkendelse" as an approval', () => {
    expect(on('Takster som skal godkendes af socialtilsynet. Chefforum tog orienteringen til efterretning.').status).toBe('noted');
    expect(on('Godkendelse af dagsorden blev drøftet').status).toBe('discussed');
  });

  it('does not read "socialt udsatte" as postponed', () => {
    expect(on('tilbud til ældre og socialt udsatte. Chefforum godkendte planen.').status).toBe('approved');
  });

  it('prefers noted over discussed, and approved over both', () => {
    expect(on('Chefforum tog orienteringen til efterretning, og Direktørforum drøfter sagen').status).toBe('noted');
    expect(on('Chefforum drøftede og godkendte planen, og tog den til efterretning').status).toBe('approved');
  });

  it('lets postponed win over approved (spec: "A decision can postpone the item")', () => {
    expect(on('Chefforum godkendte punkt 1. Punkt 2 blev udsat til Chefforum den 10. april 2024')).toEqual({
      status: 'postponed',
      postponedTo: '2024-04-10',
    });
  });

  it.each([
    ['Punktet blev udsat til Chefforum den 10. april 2024', '2024-04-10'],
    ['Punktet om status på målplaner 2023 blev udsat til Chefforum den 20. marts 2024.', '2024-03-20'],
    ['Punktet udsættes til mødet den 3. maj', '2024-05-03'],
    ['Punktet blev udsat til den 10/4', '2024-04-10'],
    ['Punktet blev udsat til den 10/4 2025', '2025-04-10'],
    ['Punktet blev udskudt til Chefforum den 1. okt. 2024', '2024-10-01'],
    // No year and earlier in the year than the meeting: the next year's date.
    ['Punktet blev udsat til Chefforum den 15. januar', '2025-01-15'],
    ['Punktet blev udsat til den 2/2', '2025-02-02'],
    ['Punktet blev udsat til Chefforum d. 10. april 2024', '2024-04-10'],
    ['Punktet udsættes til den 10.4.2024', '2024-04-10'],
    ['Punktet udsættes til den 10/4-25', '2025-04-10'],
    ['Punktet blev udsat til mødet den 10/4 kl. 10', '2024-04-10'],
    ['Punktet blev udsat til mødet den 10/4 10:00', '2024-04-10'],
    ['Punktet blev udskudt til Chefforum den 10. April 2024', '2024-04-10'],
  ])('postponed with a target date: %j → %s', (text, date) => {
    expect(on(text)).toEqual({ status: 'postponed', postponedTo: date });
  });

  it.each([
    'Punktet blev udsat til behandling på et senere Chefforum.',
    'Punktet blev udsat.',
    'Punktet blev udsat til den 31. februar 2024',
    'Punktet blev udsat. Referatet fra mødet den 5. maj 2024 blev godkendt.',
  ])('postponed without a usable target date: %j', (text) => {
    expect(on(text)).toEqual({ status: 'postponed', postponedTo: null });
  });
});
