import { describe, expect, it } from 'vitest';
import { appError, appErrorOf, appErrorOfStatus, kindOfStatus } from './app-error';

describe('one error vocabulary (issue #12, point 5)', () => {
  it.each([
    [400, 'invalid'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'invalid'],
    [412, 'conflict'],
    [429, 'throttled'],
    [503, 'throttled'],
    [500, 'unavailable'],
    [504, 'unavailable'],
    [418, 'unknown'],
  ] as const)('reads HTTP %i as %s', (status, kind) => {
    expect(kindOfStatus(status)).toBe(kind);
  });

  it('says what the user can do', () => {
    expect(appError('throttled').remedy).toBe('wait');
    expect(appError('auth', { source: 'sign-in' })).toEqual({
      kind: 'auth',
      source: 'sign-in',
      status: null,
      retryAfterMs: null,
      requestId: null,
      remedy: 'sign-in',
    });
    expect(appErrorOfStatus(403, { requestId: 'r-1' })).toMatchObject({
      kind: 'forbidden',
      status: 403,
      requestId: 'r-1',
      remedy: 'ask-for-access',
    });
    expect(appErrorOfStatus(412).remedy).toBe('reload');
    expect(appError('offline').remedy).toBe('retry');
  });

  it('takes the AppError an error carries over anything else on it', () => {
    const carried = appError('unavailable', { source: 'host' });
    expect(appErrorOf(Object.assign(new Error('x'), { status: 404, appError: carried }))).toBe(carried);
  });

  it('reads an error shaped like an HTTP failure from a store that is not ours', () => {
    expect(appErrorOf(Object.assign(new Error('x'), { status: 503, retryAfterMs: 7000, requestId: 'r-2' }))).toEqual({
      kind: 'throttled',
      source: 'data',
      status: 503,
      retryAfterMs: 7000,
      requestId: 'r-2',
      remedy: 'wait',
    });
  });

  it('reads a failed connection as offline and anything else as unknown', () => {
    expect(appErrorOf(new TypeError('Failed to fetch')).kind).toBe('offline');
    expect(appErrorOf(Object.assign(new Error('down'), { name: 'NetworkError' })).kind).toBe('offline');
    expect(appErrorOf(new TypeError('x is not a function')).kind).toBe('unknown');
    expect(appErrorOf(Object.assign(new Error('x'), { appError: { kind: 'gone', source: 'data', status: null } })).kind).toBe('unknown');
    for (const thrown of ['boom', null, undefined, 42]) expect(appErrorOf(thrown)).toEqual(appError('unknown'));
  });
});
