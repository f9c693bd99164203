/**
 * Unsaved work in a view (the secretary's agenda form). While there is some, the browser asks
 * before the page unloads (a reload, a closed tab), and the app asks before it switches to another
 * meeting (the standalone meeting picker), which would otherwise throw the form away silently.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';

interface Registry {
  mark(owner: symbol, unsaved: boolean): void;
  any(): boolean;
}

const UnsavedContext = createContext<Registry | null>(null);

/** Holds which views have unsaved work; the app wraps its views in it. */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const owners = useRef(new Set<symbol>());
  const registry = useMemo<Registry>(
    () => ({
      mark(owner, unsaved) {
        if (unsaved) owners.current.add(owner);
        else owners.current.delete(owner);
      },
      any: () => owners.current.size > 0,
    }),
    [],
  );
  return <UnsavedContext.Provider value={registry}>{children}</UnsavedContext.Provider>;
}

/** Declares this view's unsaved work: the browser warns before unloading, the app before switching meetings. */
export function useUnsavedChanges(unsaved: boolean): void {
  const registry = useContext(UnsavedContext);
  useEffect(() => {
    if (!unsaved) return;
    const owner = Symbol('unsaved');
    registry?.mark(owner, true);
    const warn = (event: BeforeUnloadEvent) => {
      // setting returnValue is what older Chromium-based hosts still require
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      registry?.mark(owner, false);
      window.removeEventListener('beforeunload', warn);
    };
  }, [unsaved, registry]);
}

/** A function telling whether any view has unsaved work right now (asked at the moment of switching). */
export function useHasUnsavedChanges(): () => boolean {
  const registry = useContext(UnsavedContext);
  return useCallback(() => registry?.any() ?? false, [registry]);
}
