/** The sync engine's shapes as the UI and its callers see them (sync-engine.ts implements them). */
import type { DecisionStore, DecisionVersion, DecisionWrite } from '../../../domain/ports';
import type { SyncClock } from './clock';
import type { OutboxStore } from './outbox';

/** What the note-taker sees per punkt: Gemt, Gemmer…, Offline – gemt lokalt, Konflikt, or read-only. */
export type SyncState = 'saved' | 'saving' | 'offline' | 'conflict' | 'readonly';

/** One punkt as the UI shows it. Snapshots are replaced, never mutated, so React can compare them. */
export interface PunktSync {
  itemId: string;
  value: DecisionWrite;
  /** The server's value as last known (what a read-only user is shown). */
  serverValue: DecisionWrite;
  state: SyncState;
  revision: number;
  /** When state is 'conflict': the server's value and the fields that clash with the local one. */
  conflict: { server: DecisionWrite; fields: string[] } | null;
}

/** How the note-taker settles a conflict: keep theirs, take the server's, or a value they composed. */
export type ConflictChoice = 'local' | 'server' | DecisionWrite;

export interface SyncEngineOptions {
  store: DecisionStore;
  outbox: OutboxStore;
  meetingKey: string;
  clock?: SyncClock;
  /** Spacing between writes of one punkt (default 2000 ms). */
  minIntervalMs?: number;
  /** Quiet time after a keystroke before a write, so a burst of typing becomes one write (default 300 ms). */
  quietMs?: number;
  /** Asked after a 401 before retrying (the token provider's forceRefresh). */
  refreshToken?: () => Promise<void>;
  random?: () => number;
  /** Whether the device is online at start (navigator.onLine in the app). */
  online?: boolean;
}

export interface SyncEngine {
  /**
   * Loads the meeting's outbox and registers the server's versions of its punkter. Pending intents
   * found in the outbox (left by a reload or a closed panel) are sent once.
   */
  start(known: Array<{ itemId: string; version: DecisionVersion }>): Promise<void>;
  get(itemId: string): PunktSync | undefined;
  /** Records a local change; resolves when it is safe in the outbox. */
  edit(itemId: string, value: DecisionWrite): Promise<void>;
  resolveConflict(itemId: string, choice: ConflictChoice): Promise<void>;
  setOnline(online: boolean): void;
  /** True after the store answered 403: the user may only read. */
  isReadOnly(): boolean;
  subscribe(listener: () => void): () => void;
  /** Stops timers and waits until every change is in the outbox (the panel closing). */
  dispose(): Promise<void>;
}
