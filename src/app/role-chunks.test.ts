import { describe, expect, it, vi } from 'vitest';
import type { Role } from './address';
import { createRoleChunks, type RoleModule } from './role-chunks';

const view = (): RoleModule => ({ default: () => null });

function fakeLoaders(notes: () => Promise<RoleModule>) {
  return { agenda: vi.fn(async () => view()), notes: vi.fn(notes), prepare: vi.fn(async () => view()) } satisfies Record<
    Role,
    () => Promise<RoleModule>
  >;
}

describe('role chunks (loaded by the entry, before React)', () => {
  it('loads a role’s chunk once, however often it is asked for, and has the module at hand once loaded', async () => {
    const module = view();
    const loaders = fakeLoaders(async () => module);
    const chunks = createRoleChunks(loaders);
    expect(chunks.loaded('notes')).toBeNull();
    const first = chunks.load('notes');
    const second = chunks.load('notes');
    expect(await first).toBe(module);
    expect(await second).toBe(module);
    expect(loaders.notes).toHaveBeenCalledTimes(1);
    expect(chunks.loaded('notes')).toBe(module);
    expect(chunks.loaded('agenda')).toBeNull();
    expect(loaders.agenda).not.toHaveBeenCalled();
  });

  it('asks again after a failed chunk load, and keeps nothing from the failure', async () => {
    const module = view();
    let fail = true;
    const loaders = fakeLoaders(async () => {
      if (fail) throw new Error('chunk failed');
      return module;
    });
    const chunks = createRoleChunks(loaders);
    await expect(chunks.load('notes')).rejects.toThrow('chunk failed');
    expect(chunks.loaded('notes')).toBeNull();
    fail = false;
    expect(await chunks.load('notes')).toBe(module);
    expect(loaders.notes).toHaveBeenCalledTimes(2);
  });
});
