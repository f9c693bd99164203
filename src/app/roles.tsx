/**
 * Which view each role opens. Every view is loaded on demand, so the task pane's initial
 * JavaScript is the shell (React, Fluent, host) and the view's code arrives beside the data.
 * The notes and prepare folders arrive independently: import.meta.glob finds
 * `src/features/<role>/index.tsx` when it exists, and until then the role shows a placeholder
 * instead of breaking the build.
 */
import { lazy, type ComponentType } from 'react';
import type { RoleViewProps } from '../ui/services';
import type { Role } from './address';

type RoleModule = { default: ComponentType<RoleViewProps> };

const loaders = import.meta.glob<RoleModule>('../features/{notes,prepare}/index.tsx');

function lazyRole(role: 'notes' | 'prepare'): ComponentType<RoleViewProps> | null {
  const load = loaders[`../features/${role}/index.tsx`];
  return load ? lazy(load) : null;
}

const views: Record<Role, ComponentType<RoleViewProps> | null> = {
  agenda: lazy(() => import('../features/agenda')),
  notes: lazyRole('notes'),
  prepare: lazyRole('prepare'),
};

/** The view for `role`, or null when that role's view is not part of this build yet. */
export function roleView(role: Role): ComponentType<RoleViewProps> | null {
  return views[role];
}
