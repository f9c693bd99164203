/**
 * Panels of one browser in a test: each `channel()` is one panel's PanelChannel, and a message one
 * panel posts reaches every other panel on a later timer tick, as a BroadcastChannel delivers it
 * (never to the sender, never synchronously). Driven by fake timers like the rest of the engine.
 * `locks` stands for navigator.locks shared by those panels.
 */
import type { PanelChannel, PanelLocks, PanelMessage } from '../../src/features/notes/sync/panel-channel';

export function createPanelHub(): { channel(): PanelChannel; readonly locks: PanelLocks; readonly posted: PanelMessage[] } {
  const members = new Set<Set<(message: PanelMessage) => void>>();
  const posted: PanelMessage[] = [];
  // Web Locks in exclusive mode: each request waits for the previous holder of the name.
  const tails = new Map<string, Promise<unknown>>();
  const locks: PanelLocks = {
    request(name, work) {
      const previous = tails.get(name) ?? Promise.resolve();
      const result = previous.then(work, work);
      tails.set(
        name,
        result.catch(() => undefined),
      );
      return result;
    },
  };
  return {
    posted,
    locks,
    channel() {
      const listeners = new Set<(message: PanelMessage) => void>();
      members.add(listeners);
      return {
        post(message) {
          posted.push(structuredClone(message));
          for (const other of members) {
            if (other === listeners) continue;
            const copy = structuredClone(message);
            setTimeout(() => {
              for (const listener of [...other]) listener(copy);
            }, 0);
          }
        },
        subscribe(listener) {
          listeners.add(listener);
          return () => {
            listeners.delete(listener);
          };
        },
        close() {
          members.delete(listeners);
        },
      };
    },
  };
}
