/**
 * Which chunk holds each role's view, loaded on demand. React-free on purpose: main.tsx (the entry
 * chunk, which holds no React) starts the role's chunk at once, beside office.js, the data layer and
 * the first Graph request, instead of after the boot chunk has evaluated (issue #13). roles.tsx
 * turns the loaded modules into views. Each view is a literal import() of `src/features/<role>`:
 * Vite still splits it into its own chunk, and a wrong path fails the type check and the build.
 */
import type { ComponentType } from 'react';
import type { RoleViewProps } from '../ui/services';
import type { Role } from './address';

/** What a role's chunk exports: its view. */
export type RoleModule = { default: ComponentType<RoleViewProps> };

export interface RoleChunks {
  /** Loads the role's chunk once; a failed load is forgotten, so the next call asks again. */
  load(role: Role): Promise<RoleModule>;
  /** The role's module once its chunk has loaded, else null (so a view need not suspend for it). */
  loaded(role: Role): RoleModule | null;
}

/** Role chunks over `loaders` (the real imports below; fakes in tests). */
export function createRoleChunks(loaders: Record<Role, () => Promise<RoleModule>>): RoleChunks {
  const pending = new Map<Role, Promise<RoleModule>>();
  const done = new Map<Role, RoleModule>();
  const load = (role: Role): Promise<RoleModule> => {
    let loading = pending.get(role);
    if (!loading) {
      loading = loaders[role]().then(
        (module) => {
          done.set(role, module);
          return module;
        },
        (error: unknown) => {
          pending.delete(role);
          throw error;
        },
      );
      pending.set(role, loading);
    }
    return loading;
  };
  return { load, loaded: (role) => done.get(role) ?? null };
}

export const roleChunks = createRoleChunks({
  agenda: () => import('../features/agenda'),
  notes: () => import('../features/notes'),
  prepare: () => import('../features/prepare'),
});

/** Starts loading the view of `role` now; a failure is left for the render to show. */
export function preloadRole(role: Role): void {
  roleChunks.load(role).catch(() => undefined);
}
