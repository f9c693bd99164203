// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeDecisionStore } from '../../tests/fakes/fake-decision-store';
import { accountKeyOf, rememberingWriteAccess, writeAccessMemory } from './write-access-memory';

const LIST = 'https://graph.example/v1.0/sites/punkt-demo';

describe('the write probe’s remembered answer', () => {
  beforeEach(() => localStorage.clear());

  it('recalls the last answer that could tell, per account and list, and keeps a null from erasing it', () => {
    const notetaker = writeAccessMemory(localStorage, 'demo:notetaker', LIST);
    expect(notetaker.recall()).toBeNull();
    notetaker.remember(true);
    notetaker.remember(null);
    expect(writeAccessMemory(localStorage, 'demo:notetaker', LIST).recall()).toBe(true);
    expect(writeAccessMemory(localStorage, 'demo:reader', LIST).recall()).toBeNull();
    expect(writeAccessMemory(localStorage, 'demo:notetaker', `${LIST}-other`).recall()).toBeNull();
    notetaker.remember(false);
    expect(writeAccessMemory(localStorage, 'demo:notetaker', LIST).recall()).toBe(false);
  });

  it('stores one letter under a key naming the account and the site: no token, no content', () => {
    writeAccessMemory(localStorage, 'user:ann@contoso.dk', LIST).remember(true);
    expect(localStorage.length).toBe(1);
    const key = localStorage.key(0) ?? '';
    expect(key).toContain(encodeURIComponent('user:ann@contoso.dk'));
    expect(localStorage.getItem(key)).toBe('w');
  });

  it('remembers nothing without storage or when storage throws', () => {
    expect(writeAccessMemory(null, 'demo:notetaker', LIST).recall()).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    const memory = writeAccessMemory(throwing, 'demo:notetaker', LIST);
    expect(() => memory.remember(true)).not.toThrow();
    expect(memory.recall()).toBeNull();
  });

  it('a store’s probe remembers each answer, which the next open recalls without the network', async () => {
    const store = new FakeDecisionStore({ canWrite: false });
    const first = rememberingWriteAccess(store, writeAccessMemory(localStorage, 'demo:reader', LIST));
    expect(first.rememberedCanWrite?.()).toBeNull();
    expect(await first.canWrite?.('7')).toBe(false);
    const next = rememberingWriteAccess(store, writeAccessMemory(localStorage, 'demo:reader', LIST));
    expect(next.rememberedCanWrite?.()).toBe(false);
    expect(store.probes).toEqual(['7']);
  });

  it('keys the demo by its user and a tenant by the host’s address, and nobody unknown', () => {
    expect(accountKeyOf({ status: 'demo', user: 'notetaker' }, 'x@y.dk')).toBe('demo:notetaker');
    expect(accountKeyOf({ status: 'pending' }, 'Ann@Contoso.dk')).toBe('user:ann@contoso.dk');
    expect(accountKeyOf({ status: 'signed-in', name: 'Ann' }, null)).toBeNull();
  });
});
