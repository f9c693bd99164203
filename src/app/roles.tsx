/**
 * Which view each role opens. Every view is loaded on demand, so the task pane's initial
 * JavaScript is the shell (React, Fluent, host) and the view's code arrives beside the data.
 * Each view is a literal import() of `src/features/<role>`: Vite still splits it into its own
 * chunk, and a wrong path fails the type check and the build instead of leaving a role empty.
 *
 * main.tsx calls preloadRole() first thing, so the view's chunk loads beside office.js, the data
 * layer and the first Graph request instead of after them. A view whose chunk is already there
 * renders directly: React.lazy would still suspend once, and React holds a revealed Suspense
 * boundary back for up to 300 ms after its fallback showed.
 */
import { lazy, useState, type ComponentType } from 'react';
import type { RoleViewProps } from '../ui/services';
import type { Role } from './address';

type RoleModule = { default: ComponentType<RoleViewProps> };

interface RoleEntry {
  View: ComponentType<RoleViewProps>;
  preload: () => Promise<unknown>;
}

/** A view that loads on demand or ahead of time (preload), and never suspends once loaded. */
function preloadable(load: () => Promise<RoleModule>): RoleEntry {
  let loaded: ComponentType<RoleViewProps> | null = null;
  let pending: Promise<RoleModule> | null = null;
  const start = (): Promise<RoleModule> =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // Forget a failed chunk load, so the next preload asks again.
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(start);
  function View(props: RoleViewProps) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount the view.
    const [Chosen] = useState<ComponentType<RoleViewProps>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { View, preload: start };
}

const views: Record<Role, RoleEntry> = {
  agenda: preloadable(() => import('../features/agenda')),
  notes: preloadable(() => import('../features/notes')),
  prepare: preloadable(() => import('../features/prepare')),
};

/** The view for `role`. */
export function roleView(role: Role): ComponentType<RoleViewProps> {
  return views[role].View;
}

/** Starts loading the view of `role` now; a failure is left for the render to show. */
export function preloadRole(role: Role): void {
  views[role].preload().catch(() => undefined);
}
