/** The listener set every host (and the test fake) uses, so they all notify subscribers the same way. */
import type { Unsubscribe } from '../domain/host-port';

/** A tiny listener set: `add` returns its unsubscribe; `emit` calls every listener added and not removed. */
export function createListeners<T>(): { add(cb: (value: T) => void): Unsubscribe; emit(value: T): void } {
  const set = new Set<(value: T) => void>();
  return {
    add(cb) {
      set.add(cb);
      return () => {
        set.delete(cb);
      };
    },
    emit(value) {
      for (const cb of [...set]) cb(value);
    },
  };
}
