/**
 * Which stored punkt each punkt of the secretary's draft is, and whether saving the draft clashes with
 * what others wrote since the draft's base was loaded. The agenda part of a punkt (what the secretary
 * edits) is told apart from its decision (what the note-taker writes): a decision written meanwhile is
 * never a clash, it is kept; deleting a punkt whose decision the draft never held is.
 */
import type { AgendaItem, Meeting } from '../domain/meeting';
import type { StoredAgenda } from '../domain/ports';
import { AgendaConflictError, PunktHasDecisionError } from '../domain/save-errors';

/** A stored punkt as the planner sees it: its stable id and its item. */
export interface Identified {
  id: string;
  item: AgendaItem;
}

/** What the secretary edits of a punkt: everything but the decision, status and postponement. */
export function agendaPart(item: AgendaItem): string {
  const { number, caseNumber, closed, slot, durationMinutes, prefix, title } = item;
  // The Beslutning section mirrors the Decision column on reading (row-mapping withDecision).
  const sections = item.sections.filter((s) => s.heading !== 'Beslutning');
  return JSON.stringify({ number, caseNumber, closed, slot, durationMinutes, prefix, title, sections });
}

/** What the note-taker writes of a punkt. */
export function decisionPart(item: AgendaItem): string {
  return JSON.stringify({ decision: item.decision ?? '', status: item.status, postponedTo: item.postponedTo });
}

const hasDecision = (item: AgendaItem): boolean => (item.decision ?? '') !== '' || item.status !== 'none' || item.postponedTo !== null;

/** The meeting header as the secretary edits it. */
export function headerPart(meeting: Meeting): string {
  const { forum, kind, date, start, plannedEnd, location, participants, preamble } = meeting;
  return JSON.stringify({ forum, kind, date, start, plannedEnd, location, participants, preamble });
}

/**
 * Pairs the draft's punkter with stored ones: first the same case number and title (a moved punkt), then
 * the same number (an edited punkt). Returns draft index → the stored punkt's id.
 */
export function matchItems(stored: readonly Identified[], items: readonly AgendaItem[]): Map<number, string> {
  const result = new Map<number, string>();
  const free = new Set(stored);
  const pass = (same: (a: AgendaItem, b: AgendaItem) => boolean) => {
    items.forEach((item, index) => {
      if (result.has(index)) return;
      const found = [...free].find((e) => same(e.item, item));
      if (found) {
        result.set(index, found.id);
        free.delete(found);
      }
    });
  };
  pass((a, b) => a.caseNumber === b.caseNumber && a.title === b.title);
  pass((a, b) => a.number === b.number);
  return result;
}

/** What the save is checked against. */
export interface ClashInput {
  base: StoredAgenda | null;
  /** The stored header now (null: no agenda stored), and whether it is the one this save created. */
  currentHeader: Meeting | null;
  headerIsOurs: boolean;
  current: readonly Identified[];
  draft: Meeting;
  /** Draft index → stored id (from matchItems against the base). */
  matched: ReadonlyMap<number, string>;
  /** Ids this save created in an earlier attempt: not someone else's additions. */
  ours: ReadonlySet<string>;
  force: boolean;
}

/**
 * Throws AgendaConflictError when others changed what the draft changes (or changed the agenda where the
 * draft would silently undo it), PunktHasDecisionError when the draft deletes a punkt whose decision it
 * never held. With `force` only the latter. Returns the stored ids the draft deletes.
 */
export function checkClashes(input: ClashInput): string[] {
  const { base, current, draft, matched, force } = input;
  const clashes: number[] = [];
  let headerClash = false;
  if (input.currentHeader !== null && !input.headerIsOurs) {
    if (base === null)
      headerClash = true; // someone else created the agenda meanwhile
    else if (headerPart(input.currentHeader) !== headerPart(base.meeting) && headerPart(draft) !== headerPart(input.currentHeader))
      headerClash = true;
  }
  const baseById = new Map((base?.items ?? []).map((s) => [s.id, s.item]));
  const currentById = new Map(current.map((s) => [s.id, s.item]));
  const kept = new Set(matched.values());

  draft.items.forEach((item, index) => {
    const id = matched.get(index);
    if (id === undefined) return;
    const now = currentById.get(id);
    const was = baseById.get(id);
    if (now === undefined)
      clashes.push(item.number); // deleted by someone else
    else if (was !== undefined && agendaPart(now) !== agendaPart(was) && agendaPart(item) !== agendaPart(now)) clashes.push(now.number);
  });
  const deleted: string[] = [];
  for (const { id, item: now } of current) {
    if (kept.has(id)) continue;
    const was = baseById.get(id);
    if (was === undefined && input.ours.has(id)) continue;
    const unseenDecision = hasDecision(now) && (was === undefined || decisionPart(now) !== decisionPart(was));
    if (force && unseenDecision) throw new PunktHasDecisionError(now.number, now.title);
    if (was === undefined || unseenDecision || agendaPart(now) !== agendaPart(was)) clashes.push(now.number);
    deleted.push(id);
  }
  if (!force && (headerClash || clashes.length > 0)) throw new AgendaConflictError([...new Set(clashes)].sort((a, b) => a - b));
  return deleted;
}
