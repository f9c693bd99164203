/**
 * The referat's approval against the local Graph-compatible service over HTTP: stored on the meeting
 * row as the signed-in user (/me), a decision written afterwards flags its punkt (the rows'
 * lastModifiedDateTime), approving again clears the flag, and a site provisioned before the approval
 * columns existed still opens its agendas and reads as not approved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createOldLists } from '../../tests/helpers/local-graph/old-lists';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { referatStatus } from '../domain/referat/approval';
import { createAgendaRepository } from './agenda-repository';
import { createGraphClient } from './client';
import type { GraphClient } from './client';
import type { LocalGraph } from '../../local-graph/src/index';
import { APPROVAL_COLUMNS, PUNKT_LISTS } from './list-definitions';
import { provision } from './provision';
import { ApprovalUnavailableError, createReferatApprovalRepository } from './referat-approval';
import { fixtureMeeting } from '../../local-graph/src/seed';

const SITE = 'punkt-demo';
let graph: LocalGraph;
// One clock for the service and the approver, moved by hand: change times are whole seconds.
let clock = new Date('2024-03-20T10:00:00Z');
const now = () => clock;
const later = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

async function start(): Promise<(token: string) => GraphClient> {
  graph = await startTempLocalGraph('punkt-approval-', { now });
  return (token) => createGraphClient({ baseUrl: graph.url, tokens: { getAccessToken: async () => token } });
}
afterEach(async () => {
  await graph.close();
});

const ref = { iCalUId: 'approval-1', start: '2024-03-13T08:00:00Z' };

describe('referat approval against the local service', () => {
  it('stores who and when, flags a punkt changed afterwards, and approving again clears it', async () => {
    const clientAs = await start();
    const secretary = clientAs('punkt-dev-token');
    await provision(secretary, SITE);
    const agendas = createAgendaRepository(secretary, { siteId: SITE });
    const approvals = createReferatApprovalRepository(secretary, { siteId: SITE, now });
    await agendas.saveAgenda(ref, await fixtureMeeting('chefforum-2024-03-13.txt'));
    expect(await approvals.approvalOf(ref)).toBeNull();

    later(60);
    const approval = await approvals.approve(ref);
    expect(approval).toEqual({ by: 'Sekretær Demo', mail: 'sekretaer@punkt-demo.local', at: '2024-03-20T10:01:00.000Z' });
    expect(await approvals.approvalOf(ref)).toEqual(approval);
    const before = (await agendas.loadAgenda(ref))!;
    expect(before.items.every((i) => i.modifiedAt === '2024-03-20T10:00:00Z')).toBe(true);
    expect(
      referatStatus(
        approval,
        before.items.map((i) => ({ number: i.item.number, modifiedAt: i.modifiedAt })),
      ),
    ).toEqual({
      state: 'godkendt',
      changed: [],
    });

    // The note-taker corrects punkt 3's decision after the approval.
    later(60);
    const notes = createAgendaRepository(clientAs('punkt-dev-token-notetaker'), { siteId: SITE });
    const third = before.items.find((i) => i.item.number === 3)!;
    const read = await notes.readDecision(third.id);
    expect((await notes.writeDecision(third.id, { ...read.value, decision: 'Rettet efter godkendelse.' }, read.etag)).ok).toBe(true);
    const after = (await agendas.loadAgenda(ref))!;
    const punkter = after.items.map((i) => ({ number: i.item.number, modifiedAt: i.modifiedAt }));
    expect(referatStatus(await approvals.approvalOf(ref), punkter)).toEqual({ state: 'ændret efter godkendelse', changed: [3] });

    // Approved again, by the note-taker this time: the flag is gone and the approver replaced.
    later(60);
    const again = await createReferatApprovalRepository(clientAs('punkt-dev-token-notetaker'), { siteId: SITE, now }).approve(ref);
    expect(again.by).toBe('Referent Demo');
    expect(referatStatus(await approvals.approvalOf(ref), punkter)).toEqual({ state: 'godkendt', changed: [] });
  });

  it.each([
    ['5 minutes ahead', 5],
    ['5 minutes behind', -5],
  ])("takes the server's time for the approval when the browser's clock is %s", async (_, minutes) => {
    const clientAs = await start();
    const secretary = clientAs('punkt-dev-token');
    await provision(secretary, SITE);
    const agendas = createAgendaRepository(secretary, { siteId: SITE });
    await agendas.saveAgenda(ref, await fixtureMeeting('chefforum-2024-03-13.txt'));
    const skewed = () => new Date(clock.getTime() + minutes * 60_000);
    const approvals = createReferatApprovalRepository(secretary, { siteId: SITE, now: skewed });

    later(60);
    const approval = await approvals.approve(ref);
    expect(approval.at).toBe(clock.toISOString());
    expect(await approvals.approvalOf(ref)).toEqual(approval);

    // A decision a minute later (well within the skew) is flagged; the punkter saved before the approval are not.
    later(60);
    const third = (await agendas.loadAgenda(ref))!.items.find((i) => i.item.number === 3)!;
    const read = await agendas.readDecision(third.id);
    expect((await agendas.writeDecision(third.id, { ...read.value, decision: 'Rettet.' }, read.etag)).ok).toBe(true);
    const after = (await agendas.loadAgenda(ref))!.items.map((i) => ({ number: i.item.number, modifiedAt: i.modifiedAt }));
    expect(referatStatus(await approvals.approvalOf(ref), after)).toEqual({ state: 'ændret efter godkendelse', changed: [3] });
  });

  it('refuses to approve a meeting without an agenda', async () => {
    const clientAs = await start();
    const client = clientAs('punkt-dev-token');
    await provision(client, SITE);
    const approvals = createReferatApprovalRepository(client, { siteId: SITE, now });
    const none = { iCalUId: 'no-agenda', start: '2024-03-13T08:00:00Z' };
    expect(await approvals.approvalOf(none)).toBeNull();
    await expect(approvals.approve(none)).rejects.toMatchObject({ name: 'ApprovalUnavailableError', reason: 'no-agenda' });
  });

  it('reads an old list without the approval columns as not approved, and provision adds them', async () => {
    const clientAs = await start();
    const client = clientAs('punkt-dev-token');
    await createOldLists(
      client,
      SITE,
      PUNKT_LISTS,
      APPROVAL_COLUMNS.map((c) => c.name),
    );
    const agendas = createAgendaRepository(client, { siteId: SITE });
    const approvals = createReferatApprovalRepository(client, { siteId: SITE, now });
    const saved = await agendas.saveAgenda(ref, await fixtureMeeting('chefforum-2024-03-13.txt'));
    expect(saved.items).toHaveLength(10);
    expect((await agendas.loadAgenda(ref))?.items).toHaveLength(10);
    expect(await approvals.approvalOf(ref)).toBeNull();
    const refused = await approvals.approve(ref).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApprovalUnavailableError);
    expect(refused).toMatchObject({ reason: 'columns-missing' });

    expect((await provision(client, SITE, { dryRun: true })).flatMap((a) => (a.kind === 'create-column' ? [a.column.name] : []))).toEqual([
      'PunktApprovedBy',
      'PunktApprovedByMail',
      'PunktApprovedAt',
    ]);
    await provision(client, SITE);
    const approval = await approvals.approve(ref);
    expect(await approvals.approvalOf(ref)).toEqual(approval);
  });
});
