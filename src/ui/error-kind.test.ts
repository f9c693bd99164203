import { describe, expect, it } from 'vitest';
import { appError } from '../domain/app-error';
import { AmbiguousMovedMeetingError } from '../domain/moved-meeting';
import { errorKind, isUnreachable, requestIdOf, signInText } from './error-kind';

const withStatus = (status: number) => Object.assign(new Error('x'), { name: 'GraphError', status, requestId: 'r-1' });

describe('sorting failures into what the user is told', () => {
  it.each([
    [401, 'signedOut'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [429, 'busy'],
    [503, 'busy'],
    [500, 'server'],
    [502, 'server'],
    [400, 'unknown'],
  ] as const)('status %i → %s', (status, kind) => {
    expect(errorKind(withStatus(status))).toBe(kind);
  });

  it('treats a NetworkError and a failed fetch as offline, anything else as unknown', () => {
    expect(errorKind(Object.assign(new Error('down'), { name: 'NetworkError' }))).toBe('offline');
    expect(errorKind(new TypeError('Failed to fetch'))).toBe('offline');
    expect(errorKind(new TypeError('x is not a function'))).toBe('unknown');
    expect(errorKind('boom')).toBe('unknown');
    expect(errorKind(null)).toBe('unknown');
  });

  it('names an Outlook invite that could not be read or saved, and does not offer a cached copy for it', () => {
    const error = Object.assign(new Error('Outlook could not save the invite'), {
      name: 'ComposeItemError',
      appError: appError('unavailable', { source: 'host' }),
    });
    expect(errorKind(error)).toBe('outlookItem');
    expect(isUnreachable(error)).toBe(false);
  });

  it('names a moved meeting with several candidate agendas, and does not offer a cached copy for it', () => {
    const error = new AmbiguousMovedMeetingError('uid-1', ['2024-03-13T08:00:00Z', '2024-03-20T08:00:00Z']);
    expect(errorKind(error)).toBe('ambiguousMeeting');
    // Across bundles, by name.
    expect(errorKind(Object.assign(new Error('x'), { name: 'AmbiguousMovedMeetingError' }))).toBe('ambiguousMeeting');
    expect(isUnreachable(error)).toBe(false);
  });

  it('shows the local copy only when the service could not be reached', () => {
    expect(isUnreachable(Object.assign(new Error(), { name: 'NetworkError' }))).toBe(true);
    expect(isUnreachable(withStatus(503))).toBe(true);
    expect(isUnreachable(withStatus(403))).toBe(false);
    expect(isUnreachable(withStatus(401))).toBe(false);
  });

  it('reads the request id and a sign-in error’s own text', () => {
    expect(requestIdOf(withStatus(500))).toBe('r-1');
    expect(requestIdOf(new Error())).toBeNull();
    const signIn = Object.assign(new Error('Du er logget ud af Punkt.'), {
      name: 'SignInError',
      messageEn: 'You are signed out of Punkt.',
      appError: appError('auth', { source: 'sign-in' }),
    });
    expect(errorKind(signIn)).toBe('signedOut');
    expect(signInText(signIn, 'da')).toBe('Du er logget ud af Punkt.');
    expect(signInText(signIn, 'en')).toBe('You are signed out of Punkt.');
    expect(signInText(withStatus(401), 'da')).toBeNull();
  });
});
