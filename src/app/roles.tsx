/**
 * Which view each role opens. Every view is loaded on demand (./role-chunks), so the task pane's
 * initial JavaScript is the shell (React, Fluent, host) and the view's code arrives beside the data.
 *
 * main.tsx starts the role's chunk first thing through role-chunks (React-free, in the entry chunk),
 * so it loads beside office.js, the data layer and the first Graph request instead of after them. A
 * view whose chunk is already there renders directly: React.lazy would still suspend once, and React
 * holds a revealed Suspense boundary back for up to 300 ms after its fallback showed.
 */
import { lazy, useState, type ComponentType } from 'react';
import type { RoleViewProps } from '../ui/services';
import type { Role } from './address';
import { roleChunks, type RoleChunks } from './role-chunks';

/** A view that renders at once when its chunk is loaded (by anyone) and suspends only while it is not. */
export function preloadableView(chunks: RoleChunks, role: Role): ComponentType<RoleViewProps> {
  const Lazy = lazy(() => chunks.load(role));
  function View(props: RoleViewProps) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount the view.
    const [Chosen] = useState<ComponentType<RoleViewProps>>(() => chunks.loaded(role)?.default ?? Lazy);
    return <Chosen {...props} />;
  }
  return View;
}

const views: Record<Role, ComponentType<RoleViewProps>> = {
  agenda: preloadableView(roleChunks, 'agenda'),
  notes: preloadableView(roleChunks, 'notes'),
  prepare: preloadableView(roleChunks, 'prepare'),
};

/** The view for `role`. */
export function roleView(role: Role): ComponentType<RoleViewProps> {
  return views[role];
}
