/**
 * The write probe's last answer, remembered per signed-in account and decisions list, so the Teams
 * side panel without a role (RoleByAccess) can open the remembered view at once on a later open and
 * probe behind, instead of waiting for the probe's PATCH, the open's second Graph round trip (issue
 * #13). Only 'w' or 'r' is stored under a key naming the account and the site: no token, no content.
 * The remembered answer only picks the first view: the note-taker's view asks the fresh probe before
 * it shows an editor (useDecisionSync), and SharePoint refuses a reader's write with 403 in any case
 * (https://learn.microsoft.com/graph/errors: 403 Forbidden, access denied; src/graph/write-probe.ts).
 * The probe cannot join the first $batch instead: it needs an item id from that batch's answer, and
 * JSON batching's dependsOn only orders requests, it cannot feed one answer into another request
 * (https://learn.microsoft.com/graph/json-batching).
 */
import type { AccountState } from '../auth/account-session';
import type { DecisionStore } from '../domain/ports';

const PREFIX = 'punkt.write-access.v1:';

/** One account's answer for one decisions list. */
export interface WriteAccessMemory {
  /** The answer of the last probe that could tell, or null (none yet, storage blocked or unreadable). */
  recall(): boolean | null;
  /** Keeps a probe's answer; null (could not tell) leaves the last answer as it was. */
  remember(answer: boolean | null): void;
}

/** The memory for `account` and `list` in `storage` (null: nothing is remembered). */
export function writeAccessMemory(storage: Storage | null, account: string, list: string): WriteAccessMemory {
  const key = `${PREFIX}${encodeURIComponent(account)}|${encodeURIComponent(list)}`;
  return {
    recall() {
      try {
        const value = storage?.getItem(key);
        return value === 'w' ? true : value === 'r' ? false : null;
      } catch {
        return null; // storage can throw when blocked (partitioned iframes)
      }
    },
    remember(answer) {
      if (answer === null) return;
      try {
        storage?.setItem(key, answer ? 'w' : 'r');
      } catch {
        // Full or blocked storage: the next open probes first, as without a memory.
      }
    },
  };
}

/**
 * Who is asking, for the memory's key: in demo mode the development token's user; against a tenant
 * the host's signed-in address (Teams' user, the login hint NAA signs in with); null when unknown.
 */
export function accountKeyOf(state: AccountState, hostEmail: string | null): string | null {
  if (state.status === 'demo') return `demo:${state.user}`;
  return hostEmail ? `user:${hostEmail.toLowerCase()}` : null;
}

/** `store` whose canWrite remembers each answer and whose rememberedCanWrite recalls the last one. */
export function rememberingWriteAccess(store: DecisionStore, memory: WriteAccessMemory): DecisionStore {
  const probe = store.canWrite?.bind(store);
  if (!probe) return store;
  return {
    readDecision: (itemId) => store.readDecision(itemId),
    writeDecision: (itemId, value, etag) => store.writeDecision(itemId, value, etag),
    async canWrite(itemId) {
      const answer = await probe(itemId);
      memory.remember(answer);
      return answer;
    },
    rememberedCanWrite: () => memory.recall(),
  };
}
