/**
 * Asks the browser to confirm leaving the page while the agenda has unsaved changes (a reload,
 * a closed tab or standalone window). The browser shows its own text; setting returnValue is
 * what older Chromium-based hosts still require (https://developer.mozilla.org/docs/Web/API/Window/beforeunload_event).
 */
import { useEffect } from 'react';

/** Warns before unload while `unsaved` is true. */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
