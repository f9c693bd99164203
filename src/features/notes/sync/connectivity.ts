/**
 * Whether the device is online, as the sync engine needs it. The browser implementation reads
 * navigator.onLine and the window's online/offline events; tests pass a switch they flip.
 */

export interface Connectivity {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

/** The browser's view. navigator.onLine can say "online" on a dead network; the engine's retries cover that. */
export function browserConnectivity(): Connectivity {
  return {
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
    subscribe(listener) {
      if (typeof window === 'undefined') return () => undefined;
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
  };
}

/** A switch for tests and the benchmark. */
export function manualConnectivity(initial = true): Connectivity & { set(online: boolean): void } {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      online = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}
