/**
 * The forum's approval of a referat at its next meeting (issue #14: "the forum, at the next meeting's
 * punkt 'Godkendelse af dagsorden og referat'"): the calendar's next event of the same forum (its
 * subject) after this one, and that meeting's agenda from the lists; the rule is forumApproval (domain).
 * Asked only once the meeting is well past (12 hours after its start), so opening an upcoming or
 * running meeting costs no extra request.
 */
import { useEffect, useState } from 'react';
import { meetingRefOf, normalizeUtc, sameMeeting } from '../domain/meeting-identity';
import type { AgendaSource, CalendarSource, MeetingRef } from '../domain/ports';
import { forumApproval, type ForumApproval } from '../domain/referat/approval';
import { useServices } from './services';

const PAST_AFTER_MS = 12 * 3600_000;
/** How far ahead the next meeting is looked for: a forum meets at least every quarter. */
const NEXT_WITHIN_MS = 120 * 24 * 3600_000;

/** The forum's approval with the meeting where it was given (for the reference in the panel). */
export interface ForumApprovalAt extends ForumApproval {
  ref: MeetingRef;
}

/** Looks the forum's next meeting up and reads its approval punkt; null when there is none (yet). */
export async function findForumApproval(calendar: CalendarSource, agenda: AgendaSource, ref: MeetingRef): Promise<ForumApprovalAt | null> {
  const start = Date.parse(normalizeUtc(ref.start));
  const events = await calendar.listEvents(normalizeUtc(ref.start), normalizeUtc(new Date(start + NEXT_WITHIN_MS).toISOString()));
  const self = events.find((e) => sameMeeting(e, ref));
  const next = self ? events.find((e) => e.subject === self.subject && Date.parse(e.start) > start) : undefined;
  if (!next) return null;
  const nextRef = meetingRefOf(next);
  const stored = await agenda.loadAgenda(nextRef);
  if (!stored) return null;
  const found = forumApproval({
    date: stored.meeting.date,
    punkter: stored.items.map((s) => ({ ...s.item, modifiedAt: s.modifiedAt })),
  });
  return found ? { ...found, ref: nextRef } : null;
}

/** The forum's approval of `ref`'s referat; null while unknown, not past, or not given. */
export function useForumApproval(ref: MeetingRef | null): ForumApprovalAt | null {
  const { calendar, agenda, now } = useServices();
  const [found, setFound] = useState<{ key: string; approval: ForumApprovalAt | null } | null>(null);
  const iCalUId = ref?.iCalUId;
  const start = ref?.start;
  const key = `${iCalUId ?? ''}|${start ?? ''}`;
  const past = start !== undefined && now().getTime() - Date.parse(start) >= PAST_AFTER_MS;

  useEffect(() => {
    if (!past || iCalUId === undefined || start === undefined) return;
    let live = true;
    findForumApproval(calendar, agenda, { iCalUId, start }).then(
      (approval) => live && setFound({ key, approval }),
      // Not found is not an error for the user: the chair's approval still shows.
      () => live && setFound({ key, approval: null }),
    );
    return () => {
      live = false;
    };
  }, [calendar, agenda, past, iCalUId, start, key]);

  return found?.key === key ? found.approval : null;
}
