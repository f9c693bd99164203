/**
 * Runs the sync engine for the open meeting while the view is mounted: asks the store whether the
 * user may write (in parallel with opening the outbox), starts the engine with the server's versions
 * (pending intents from a reload are sent once), follows online/offline, and disposes the engine
 * when the panel closes or the meeting changes. A user who may only read gets no engine at all, so
 * nothing is ever written for them. Panels of this browser on the meeting hear of each other's
 * changes (BroadcastChannel) and take turns writing a punkt (Web Locks) where the browser has them.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { meetingKeyOf as keyOfMeeting } from '../../../domain/meeting-identity';
import type { DecisionStore, StoredAgenda } from '../../../domain/ports';
import type { SyncClock } from '../sync/clock';
import { browserConnectivity, type Connectivity } from '../sync/connectivity';
import { adoptMovedIntents } from '../sync/moved-intents';
import { unavailableOutbox, type OutboxStore } from '../sync/outbox';
import { openIdbOutbox } from '../sync/outbox-idb';
import { browserPanelChannel, browserPanelLocks, type PanelChannel, type PanelLocks } from '../sync/panel-channel';
import { createSyncEngine, type PunktSync, type SyncEngine } from '../sync/sync-engine';
import { probeWriteAccess, type WriteAccess } from './write-access';

/** What the view needs from outside besides the services; tests replace each part. */
export interface NotesSyncDeps {
  openOutbox?: () => Promise<OutboxStore>;
  connectivity?: Connectivity;
  clock?: SyncClock;
  /** A new channel to the other panels for each engine (the engine closes it); the browser's BroadcastChannel by default. */
  openPanelChannel?: () => PanelChannel | undefined;
  locks?: PanelLocks;
}

let sharedOutbox: Promise<OutboxStore> | null = null;
/**
 * The previous engine's dispose (the meeting changed, or a remount): the next engine waits for it,
 * so it starts from an outbox that already holds every keystroke of the previous one.
 */
let previousDispose: Promise<void> = Promise.resolve();

/** The browser's Web Locks, looked up once so the effect below does not restart on every render. */
const defaultLocks = browserPanelLocks();

/** One IndexedDB connection per page. */
function defaultOutbox(): Promise<OutboxStore> {
  sharedOutbox ??= openIdbOutbox();
  return sharedOutbox;
}

/**
 * The outbox, or, when it cannot be opened (IndexedDB missing or refused in some private modes), one
 * that refuses every save: the engine then says the text is only in this window instead of
 * pretending it was kept (a memory outbox would be lost at the next reload while saying "gemt lokalt").
 */
const outboxOrUnavailable = (open: () => Promise<OutboxStore>): Promise<OutboxStore> =>
  open().catch((reason: unknown) => unavailableOutbox(reason));

/** The meeting's key in the outbox (the lists' MeetingKey). */
export const meetingKeyOf = (agenda: StoredAgenda) => keyOfMeeting(agenda.ref);

/** What the view gets: the engine, the error that stopped it, and whether the user may write. */
export interface DecisionSync {
  /** The started engine; null before, when there is no DecisionStore, or when the user may only read. */
  engine: SyncEngine | null;
  error: unknown;
  /** The store's answer to canWrite: undefined while asking, null when it could not tell. */
  canWrite: WriteAccess;
}

/**
 * Starts the sync engine for `agenda` once the store has said whether the user may write.
 * `copiedAt` is set when the agenda is an offline copy (ISO time of the read): the outbox then wins
 * over the copy's decisions where it heard from the server later.
 */
export function useDecisionSync(
  agenda: StoredAgenda,
  store: DecisionStore | undefined,
  deps: NotesSyncDeps = {},
  copiedAt: string | null = null,
): DecisionSync {
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [canWrite, setCanWrite] = useState<WriteAccess>(undefined);
  const { openOutbox = defaultOutbox, connectivity: given, clock, openPanelChannel = browserPanelChannel, locks = defaultLocks } = deps;

  useEffect(() => {
    if (!store) return;
    const connectivity = given ?? browserConnectivity();
    let live = true;
    let started: SyncEngine | null = null;
    let unsubscribe = () => {};
    // Asked at once, while the outbox opens; the engine (which may send intents left from a reload)
    // starts only after the answer, so it never writes for a user who may only read.
    const access = probeWriteAccess(store, agenda, { online: connectivity.isOnline(), clock });
    (async () => {
      const [allowed, outbox] = await Promise.all([
        access.then((answer) => {
          if (live) setCanWrite(answer);
          return answer;
        }),
        previousDispose.then(() => outboxOrUnavailable(openOutbox)),
      ]);
      if (!live || allowed === false) return;
      // Decisions typed before the organizer moved the meeting are under its old key: the engine sends
      // them from the new one. A failure leaves them where they are, for the next open to move.
      await adoptMovedIntents(outbox, agenda).catch(() => undefined);
      if (!live) return;
      const panels = openPanelChannel();
      const next = createSyncEngine({
        store,
        outbox,
        meetingKey: meetingKeyOf(agenda),
        clock,
        online: connectivity.isOnline(),
        ...(panels ? { panels } : {}),
        ...(locks ? { locks } : {}),
      });
      const asOf = copiedAt === null ? undefined : Date.parse(copiedAt);
      const known = agenda.items
        .filter((stored) => stored.readable)
        .map((stored) => ({
          itemId: stored.id,
          version: {
            etag: stored.etag,
            value: { decision: stored.item.decision ?? '', status: stored.item.status, postponedTo: stored.item.postponedTo },
          },
          ...(asOf === undefined || Number.isNaN(asOf) ? {} : { asOf }),
        }));
      await next.start(known);
      if (!live) {
        previousDispose = next.dispose().catch(() => undefined);
        return;
      }
      started = next;
      unsubscribe = connectivity.subscribe((online) => next.setOnline(online));
      setEngine(next);
    })().catch((reason: unknown) => live && setError(reason));
    return () => {
      live = false;
      unsubscribe();
      setEngine(null);
      setCanWrite(undefined);
      if (started) previousDispose = started.dispose().catch(() => undefined);
    };
  }, [agenda, store, openOutbox, given, clock, openPanelChannel, locks, copiedAt]);

  return { engine, error, canWrite };
}

const noop = () => () => undefined;

/** One punkt's sync snapshot, re-rendered when it changes. */
export function usePunktSync(engine: SyncEngine | null, itemId: string): PunktSync | undefined {
  return useSyncExternalStore(engine?.subscribe ?? noop, () => engine?.get(itemId));
}

/** Whether the device refuses to store the text (shown as an alert: it is only in this window). */
export function useLocalSaveFailed(engine: SyncEngine | null): boolean {
  return useSyncExternalStore(engine?.subscribe ?? noop, () => engine?.localSaveFailed() ?? false);
}

/** Whether the store refused a write (403): the user may only read. */
export function useReadOnly(engine: SyncEngine | null): boolean {
  return useSyncExternalStore(engine?.subscribe ?? noop, () => engine?.isReadOnly() ?? false);
}
