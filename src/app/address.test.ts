import { describe, expect, it } from 'vitest';
import { readAddress } from './address';

describe('the demo user in the address', () => {
  it.each([
    ['', 'punkt-dev-token'],
    ['?user=notetaker', 'punkt-dev-token-notetaker'],
    ['?role=notes&user=notetaker', 'punkt-dev-token-notetaker'],
    ['?user=reader', 'punkt-dev-token-reader'],
    ['?user=admin', 'punkt-dev-token'],
    ['?user=constructor', 'punkt-dev-token'],
  ])('%s signs in with %s (the local service knows these three users)', (search, token) => {
    expect(readAddress(search).token).toBe(token);
  });
});
