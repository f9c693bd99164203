/**
 * The referat's approval on the meeting's PunktMeetings row (ReferatApprovalStore from src/domain/ports.ts):
 * three columns of their own, read apart from the agenda load like the live progress, because a site
 * provisioned before they existed answers 400 to a `$select` naming them. There the referat reads as not
 * approved, and approving asks for `punkt provision`. The approver is the signed-in user as Graph knows
 * them: `GET /me` displayName and mail (https://learn.microsoft.com/graph/api/user-get, User.Read).
 */
import * as v from 'valibot';
import type { MeetingRef, ReferatApprovalStore } from '../domain/ports';
import type { ReferatApproval } from '../domain/referat/approval';
import type { GraphClient } from './client';
import { isGraphError } from './errors';
import { APPROVED_AT_COLUMN, APPROVED_BY_COLUMN, APPROVED_BY_MAIL_COLUMN, MEETINGS_LIST, meetingKey } from './list-definitions';
import { meetingsList } from './meeting-repository';
import { expandFields, fieldEq, queryString } from './odata';
import type { Row } from './row-mapping';
import { keyPrefixFilter } from './list-queries';
import { meetingRowOrMoved } from './moved-rows';

/** Why the referat could not be approved: no agenda to store it on, or a site not provisioned with the columns. */
export class ApprovalUnavailableError extends Error {
  readonly reason: 'no-agenda' | 'columns-missing';
  constructor(reason: 'no-agenda' | 'columns-missing', key: string) {
    super(
      reason === 'no-agenda'
        ? `The meeting ${key} has no agenda to store the referat's approval on`
        : `The list ${MEETINGS_LIST.displayName} lacks the approval columns; run \`punkt provision\``,
    );
    this.name = 'ApprovalUnavailableError';
    this.reason = reason;
  }
}

const approvalFields = v.object({
  [APPROVED_BY_COLUMN]: v.pipe(v.string(), v.minLength(1)),
  [APPROVED_BY_MAIL_COLUMN]: v.nullish(v.string()),
  [APPROVED_AT_COLUMN]: v.pipe(
    v.string(),
    v.check((s) => !Number.isNaN(Date.parse(s))),
  ),
});

/** The approval in a meeting row's fields; null when none is stored or it cannot be read (then: not approved). */
export function approvalFromFields(fields: Record<string, unknown> | undefined): ReferatApproval | null {
  const parsed = v.safeParse(approvalFields, fields ?? {}, { abortEarly: true });
  if (!parsed.success) return null;
  const mail = parsed.output[APPROVED_BY_MAIL_COLUMN];
  return { by: parsed.output[APPROVED_BY_COLUMN], mail: mail ? mail : null, at: new Date(parsed.output[APPROVED_AT_COLUMN]).toISOString() };
}

/** The fields that store `approval`. */
export function approvalToFields(approval: ReferatApproval): Record<string, unknown> {
  return { [APPROVED_BY_COLUMN]: approval.by, [APPROVED_BY_MAIL_COLUMN]: approval.mail, [APPROVED_AT_COLUMN]: approval.at };
}

/** Items query (append to the meetings list's path) for the row id and the approval columns of one meeting. */
export function approvalRowQuery(key: string): string {
  return `/items${queryString({
    // lastModifiedDateTime: the server's own instant of the row's last write, which approving takes as its time.
    $select: 'id,lastModifiedDateTime',
    $expand: expandFields([APPROVED_BY_COLUMN, APPROVED_BY_MAIL_COLUMN, APPROVED_AT_COLUMN]),
    $filter: fieldEq('MeetingKey', key),
    $top: 1,
  })}`;
}

/** The approval query for the meeting rows stored under this iCalUId (list-queries.ts keyPrefixFilter), with each row's MeetingKey. */
export function movedApprovalRowsQuery(iCalUId: string): string {
  return `/items${queryString({
    $select: 'id,lastModifiedDateTime',
    $expand: expandFields(['MeetingKey', APPROVED_BY_COLUMN, APPROVED_BY_MAIL_COLUMN, APPROVED_AT_COLUMN]),
    $filter: keyPrefixFilter(iCalUId),
    $top: 10,
  })}`;
}

/** Whole seconds, as a SharePoint dateTime column stores them, so the approval returned is the one stored. */
const wholeSecond = (date: Date): string => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();

const meShape = v.object({ displayName: v.nullish(v.string()), mail: v.nullish(v.string()), userPrincipalName: v.nullish(v.string()) });

/** Creates the store for one site; `now` is the browser's clock, used only until the server's time of the approval is read back. */
export function createReferatApprovalRepository(client: GraphClient, options: { siteId: string; now?: () => Date }): ReferatApprovalStore {
  const list = meetingsList(client, options.siteId);
  const now = options.now ?? (() => new Date());

  /** The meeting's row with the approval columns; 'columns-missing' when the list does not have them (400). */
  async function findRow(key: string): Promise<Row | null | 'columns-missing'> {
    try {
      // A meeting moved since its agenda was saved keeps its row under the old start (moved-rows.ts).
      return await meetingRowOrMoved(key, list.rows, { exact: approvalRowQuery(key), moved: movedApprovalRowsQuery });
    } catch (error) {
      if (isGraphError(error) && error.status === 400) return 'columns-missing';
      throw error;
    }
  }

  async function signedInUser(): Promise<{ by: string; mail: string | null }> {
    const me = v.parse(meShape, await client.get(`/me${queryString({ $select: 'displayName,mail,userPrincipalName' })}`));
    const mail = me.mail ?? null;
    return { by: me.displayName || mail || me.userPrincipalName || '?', mail };
  }

  return {
    async approvalOf(ref: MeetingRef) {
      const row = await findRow(meetingKey(ref));
      return row === null || row === 'columns-missing' ? null : approvalFromFields(row.fields);
    },

    async approve(ref: MeetingRef) {
      const key = meetingKey(ref);
      const [row, user] = await Promise.all([findRow(key), signedInUser()]);
      if (row === 'columns-missing') throw new ApprovalUnavailableError('columns-missing', key);
      if (row === null) throw new ApprovalUnavailableError('no-agenda', key);
      const write = async (approval: ReferatApproval): Promise<Row | null> => {
        const same = (stored: ReferatApproval | null) => stored !== null && stored.by === approval.by && stored.at === approval.at;
        // No If-Match: an approval is one fact about the referat, and a later one replaces it.
        await client.send({
          method: 'PATCH',
          path: `${list.path()}/items/${encodeURIComponent(row.id)}/fields`,
          body: approvalToFields(approval),
          // A PATCH without If-Match is not resent blindly: after a lost attempt, done if the row holds this approval.
          recover: async () => {
            const again = await findRow(key);
            return again !== null && again !== 'columns-missing' && same(approvalFromFields(again.fields)) ? again : null;
          },
        });
        const after = await findRow(key);
        return after === 'columns-missing' ? null : after;
      };
      const approval: ReferatApproval = { ...user, at: wholeSecond(now()) };
      const stored = await write(approval);
      // The punkter's change times are SharePoint's (lastModifiedDateTime), and this browser's clock may be minutes
      // off: the approval takes the server's instant of its own write instead, read back from the row
      // (https://learn.microsoft.com/graph/api/resources/listitem). The second write changes only the meeting row,
      // which no punkt's flag looks at.
      const serverAt = stored?.lastModifiedDateTime;
      if (serverAt === undefined || Number.isNaN(Date.parse(serverAt))) return approval;
      const onServer = { ...approval, at: wholeSecond(new Date(serverAt)) };
      if (onServer.at !== approval.at) await write(onServer);
      return onServer;
    },
  };
}
