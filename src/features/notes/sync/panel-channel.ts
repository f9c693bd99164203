/**
 * How the panels of one browser on one meeting (two tabs, or Teams' side panel and meeting stage)
 * tell each other that a punkt's outbox entry changed, so each shows the other's latest text
 * instead of keeping a stale copy. BroadcastChannel in the browser
 * (https://developer.mozilla.org/docs/Web/API/BroadcastChannel: same origin, never to the sender);
 * tests pass a hand-written hub. The outbox itself stays the one shared truth (compare-and-set by
 * stamp), so a lost or late message can delay the news but never lose text.
 */

/** "The entry of `itemId` in `meetingKey` is now the one stamped `stamp`." */
export interface PanelMessage {
  meetingKey: string;
  itemId: string;
  stamp: string;
}

export interface PanelChannel {
  post(message: PanelMessage): void;
  subscribe(listener: (message: PanelMessage) => void): () => void;
  close?(): void;
}

/** The channel's name; one per origin, shared by every meeting (messages carry the meeting). */
export const PANEL_CHANNEL_NAME = 'punkt-notes-outbox';

function isPanelMessage(data: unknown): data is PanelMessage {
  const m = data as Partial<PanelMessage> | null;
  return typeof m?.meetingKey === 'string' && typeof m.itemId === 'string' && typeof m.stamp === 'string';
}

/** The browser's BroadcastChannel, or undefined where there is none (old WebViews): each panel then learns of the others at its next save. */
export function browserPanelChannel(name = PANEL_CHANNEL_NAME): PanelChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // Closed (the panel is going away): the others read the outbox at their next save anyway.
      }
    },
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        if (isPanelMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** A new id for this panel, so stamps (and thus revisions) of two panels never collide. */
export function newPanelId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}

/**
 * Locks shared by the panels of a browser, so only one panel writes a punkt to Graph at a time and
 * each starts from what the previous one stored (Web Locks,
 * https://developer.mozilla.org/docs/Web/API/Web_Locks_API: released when the holding tab dies).
 */
export interface PanelLocks {
  request<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** navigator.locks, or undefined where there is none (jsdom, old WebViews): If-Match still guards every write. */
export function browserPanelLocks(): PanelLocks | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return undefined;
  return { request: (name, work) => locks.request(name, () => work()) };
}
