/** The sync engine's shapes as the UI and its callers see them (sync-engine.ts implements them). */
import type { DecisionStore, DecisionVersion, DecisionWrite } from '../../../domain/ports';
import type { SyncClock } from './clock';
import type { OutboxStore } from './outbox';
import type { PanelChannel, PanelLocks } from './panel-channel';

/**
 * What the note-taker sees per punkt: Gemt (the server confirmed), Gemmer…, Offline – gemt lokalt,
 * 'unsaved' (the device could not store the text: it is only in this window until the server has it),
 * Konflikt, or read-only.
 */
export type SyncState = 'saved' | 'saving' | 'offline' | 'unsaved' | 'conflict' | 'readonly';

/** One punkt as the UI shows it. Snapshots are replaced, never mutated, so React can compare them. */
export interface PunktSync {
  itemId: string;
  value: DecisionWrite;
  /** The server's value as last known (what a read-only user is shown). */
  serverValue: DecisionWrite;
  state: SyncState;
  revision: number;
  /**
   * When state is 'conflict': the other value and the fields that clash with the local one. The other
   * value is the server's, or with `fromPanel` another panel's of this browser (two tabs on one punkt).
   */
  conflict: { server: DecisionWrite; fields: string[]; fromPanel?: true } | null;
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
  random?: () => number;
  /** Whether the device is online at start (navigator.onLine in the app). */
  online?: boolean;
  /** Tells the other panels of this browser when an entry changed (the engine closes it on dispose). */
  panels?: PanelChannel;
  /** Lets one panel at a time write a punkt to Graph. */
  locks?: PanelLocks;
  /** This panel's id in the stamps of its outbox copies (random by default). */
  panelId?: string;
}

/** A punkt the engine starts with: the server's version, and `asOf` (epoch ms) when it comes from an offline copy read then. */
export interface KnownVersion {
  itemId: string;
  version: DecisionVersion;
  asOf?: number;
}

export interface SyncEngine {
  /**
   * Loads the meeting's outbox and registers the server's versions of its punkter. Pending intents
   * found in the outbox (left by a reload or a closed panel) are sent once. The outbox wins over a
   * version from an offline copy older than what the outbox learned from the server.
   */
  start(known: KnownVersion[]): Promise<void>;
  get(itemId: string): PunktSync | undefined;
  /**
   * Records a local change; resolves when the outbox has answered: stored, or not (then the punkt's
   * state is 'unsaved' and localSaveFailed() is true until a later save succeeds).
   */
  edit(itemId: string, value: DecisionWrite): Promise<void>;
  resolveConflict(itemId: string, choice: ConflictChoice): Promise<void>;
  setOnline(online: boolean): void;
  /** True after the store answered 403: the user may only read. */
  isReadOnly(): boolean;
  /** True while the device refuses to store a punkt's text (quota, private mode, an aborted transaction). */
  localSaveFailed(): boolean;
  subscribe(listener: () => void): () => void;
  /** Stops timers and waits until every change is in the outbox (the panel closing). */
  dispose(): Promise<void>;
}
