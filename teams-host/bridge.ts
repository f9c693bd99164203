/**
 * Connects one framed page to the protocol: listens for its teams-js requests, answers them and
 * sends it events. Only messages from this frame's window and the dev server's own origin count.
 */
import { handleRequest, isTeamsRequest, responseTo, type HostEffect, type HostState, type TeamsEvent } from './protocol';

export interface Bridge {
  /** Sends an event to the page (`themeChange`, `settings.save`, …). */
  send(event: TeamsEvent): void;
  /** Stops listening (the frame is replaced). */
  close(): void;
}

export interface BridgeOptions {
  frame: HTMLIFrameElement;
  /** The state as it is now: each request is answered from the latest. */
  state(): HostState;
  onEffect(effect: HostEffect, func: string): void;
  /** Every message in and out, for the page's log. */
  onTraffic?(direction: 'in' | 'out', func: string): void;
}

/** Starts answering the frame's teams-js. */
export function connectFrame(options: BridgeOptions): Bridge {
  const origin = location.origin;
  const listener = (event: MessageEvent): void => {
    const target = options.frame.contentWindow;
    if (!target || event.source !== target || event.origin !== origin || !isTeamsRequest(event.data)) return;
    const request = event.data;
    options.onTraffic?.('in', request.func);
    const handled = handleRequest(request, options.state(), origin);
    if (handled.answer) target.postMessage(responseTo(request, handled.answer), origin);
    if (handled.effect) options.onEffect(handled.effect, request.func);
  };
  window.addEventListener('message', listener);
  return {
    send(event) {
      options.onTraffic?.('out', event.func);
      options.frame.contentWindow?.postMessage(event, origin);
    },
    close() {
      window.removeEventListener('message', listener);
    },
  };
}
