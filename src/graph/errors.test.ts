import { describe, expect, it } from 'vitest';
import { appErrorOf } from '../domain/app-error';
import { ConflictError, GraphError, NetworkError, errorFromResponse, isGraphError, toAppError } from './errors';

describe('errorFromResponse', () => {
  const body = {
    error: {
      code: 'itemNotFound',
      message: 'The resource could not be found.',
      innerError: { 'request-id': 'r-1', date: '2026-11-23T10:00:00' },
    },
  };

  it('reads code, message and request id from Graph’s error body', () => {
    const error = errorFromResponse(404, body, new Headers({ 'request-id': 'header-id' }), { requestId: 'client-id' });
    expect(error).toMatchObject({ status: 404, code: 'itemNotFound', message: 'The resource could not be found.', requestId: 'r-1', body });
  });

  it('falls back to the request-id header, then the client-request-id', () => {
    expect(errorFromResponse(500, 'oops', new Headers({ 'request-id': 'h' }), { requestId: 'c' }).requestId).toBe('h');
    expect(errorFromResponse(500, undefined, new Headers(), { requestId: 'c' })).toMatchObject({
      requestId: 'c',
      code: 'generalException',
      message: 'Graph returned 500',
    });
  });

  it('makes a 412 a ConflictError that is also a GraphError', () => {
    const error = errorFromResponse(412, undefined, new Headers(), { requestId: null });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 412, code: 'preconditionFailed', name: 'ConflictError' });
  });

  it('carries the Retry-After it was given', () => {
    expect(errorFromResponse(429, undefined, new Headers(), { requestId: null, retryAfterMs: 2000 }).retryAfterMs).toBe(2000);
  });
});

describe('isGraphError', () => {
  it('recognises GraphErrors and look-alikes from another bundle, not network errors', () => {
    expect(isGraphError(new GraphError('x', { status: 403, code: 'accessDenied', requestId: null }))).toBe(true);
    expect(isGraphError({ status: 403, code: 'accessDenied', requestId: null })).toBe(true);
    expect(isGraphError(new NetworkError('x', { method: 'GET', path: '/', attempts: 1 }))).toBe(false);
    expect(isGraphError(new Error('x'))).toBe(false);
    expect(isGraphError(null)).toBe(false);
  });
});

describe('the AppError of a Graph failure (issue #12, point 5)', () => {
  it('carries status, Retry-After and request id in the app’s vocabulary', () => {
    const throttled = errorFromResponse(429, undefined, new Headers({ 'request-id': 'r-9' }), { requestId: null, retryAfterMs: 2000 });
    expect(throttled.appError).toEqual({
      kind: 'throttled',
      source: 'data',
      status: 429,
      retryAfterMs: 2000,
      requestId: 'r-9',
      remedy: 'wait',
    });
    expect(errorFromResponse(403, undefined, new Headers(), { requestId: 'c' }).appError).toMatchObject({
      kind: 'forbidden',
      requestId: 'c',
      remedy: 'ask-for-access',
    });
    expect(errorFromResponse(401, undefined, new Headers(), { requestId: null }).appError.kind).toBe('auth');
    expect(errorFromResponse(502, undefined, new Headers(), { requestId: null }).appError.kind).toBe('unavailable');
  });

  it('makes a 412 a conflict and a lost connection offline, also through appErrorOf', () => {
    expect(appErrorOf(errorFromResponse(412, undefined, new Headers(), { requestId: null }))).toMatchObject({
      kind: 'conflict',
      status: 412,
      remedy: 'reload',
    });
    expect(appErrorOf(new NetworkError('x', { method: 'PATCH', path: '/', attempts: 6 }))).toMatchObject({
      kind: 'offline',
      status: null,
      remedy: 'retry',
    });
    expect(toAppError(new GraphError('x', { status: 404, code: 'itemNotFound', requestId: 'r' }))).toMatchObject({
      kind: 'not-found',
      requestId: 'r',
    });
  });
});
