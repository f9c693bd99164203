/**
 * Which view each role opens. The managers' view is bundled with the shell (it is what the task
 * pane shows first); the note-taker's and secretary's views are loaded on demand. Their folders
 * arrive independently: import.meta.glob finds `src/features/<role>/index.tsx` when it exists, and
 * until then the role shows a placeholder instead of breaking the build.
 */
import { lazy, type ComponentType } from 'react';
import AgendaView from '../features/agenda';
import type { RoleViewProps } from '../ui/services';
import type { Role } from './address';

type RoleModule = { default: ComponentType<RoleViewProps> };

const loaders = import.meta.glob<RoleModule>('../features/{notes,prepare}/index.tsx');

function lazyRole(role: 'notes' | 'prepare'): ComponentType<RoleViewProps> | null {
  const load = loaders[`../features/${role}/index.tsx`];
  return load ? lazy(load) : null;
}

const views: Record<Role, ComponentType<RoleViewProps> | null> = {
  agenda: AgendaView,
  notes: lazyRole('notes'),
  prepare: lazyRole('prepare'),
};

/** The view for `role`, or null when that role's view is not part of this build yet. */
export function roleView(role: Role): ComponentType<RoleViewProps> | null {
  return views[role];
}
