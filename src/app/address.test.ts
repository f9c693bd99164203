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

describe('the role in the address', () => {
  it('opens the Teams configuration page for ?role=config, not the agenda', () => {
    expect(readAddress('?role=config')).toMatchObject({ configPage: true, roleGiven: false });
    expect(readAddress('?role=notes')).toMatchObject({ configPage: false, roleGiven: true, role: 'notes' });
  });

  it('tells an address without a role (the Teams tab’s contentUrl) from one that names the agenda', () => {
    expect(readAddress('?user=notetaker')).toMatchObject({ role: 'agenda', roleGiven: false, configPage: false });
    expect(readAddress('?role=agenda')).toMatchObject({ role: 'agenda', roleGiven: true });
    expect(readAddress('?role=admin')).toMatchObject({ role: 'agenda', roleGiven: false });
  });
});
