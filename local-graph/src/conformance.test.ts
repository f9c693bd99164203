/**
 * Conformance: the service held to the request/response examples in Microsoft's Graph
 * documentation (learn.microsoft.com/graph/api/…), over real HTTP. Each test names its page.
 * Values in the examples (ids, names) differ; status codes, property names and shapes must not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import type { LocalGraph } from './index';
import type { LooseJson } from '../../tests/helpers/local-graph/test-harness';

let graph: LocalGraph;
beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-conformance-');
});
afterAll(async () => {
  await graph.close();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: LooseJson; headers: Headers }> {
  const response = await fetch(`${graph.url}${path}`, {
    method,
    headers: { authorization: 'Bearer punkt-dev-token', 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/;
const SITE = '/sites/punkt-demo';

describe('Microsoft Graph documentation examples', () => {
  it('"Get a site resource" (site-get): 200 with id, name, displayName, webUrl and timestamps', async () => {
    const { status, json } = await call('GET', SITE);
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: 'punkt-demo', name: expect.any(String), displayName: expect.any(String), webUrl: expect.any(String) });
    expect(json.createdDateTime).toMatch(ISO);
    expect(json.lastModifiedDateTime).toMatch(ISO);
  });

  it('"Create a new list" (list-create): POST with columns and list.template → 201 Created with the list', async () => {
    const { status, json } = await call('POST', `${SITE}/lists`, {
      displayName: 'Books',
      columns: [
        { name: 'Author', text: {} },
        { name: 'PageCount', number: {} },
      ],
      list: { template: 'genericList' },
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      id: expect.any(String),
      displayName: 'Books',
      name: 'Books',
      list: { template: 'genericList', hidden: false },
    });
    expect(json.createdDateTime).toMatch(ISO);
  });

  it('"Get lists in a site" (list-list): 200 with value[] of lists', async () => {
    const { status, json } = await call('GET', `${SITE}/lists`);
    expect(status).toBe(200);
    expect(json.value.find((l: LooseJson) => l.displayName === 'Books')).toMatchObject({
      id: expect.any(String),
      name: 'Books',
      webUrl: expect.any(String),
    });
  });

  it('"Create a columnDefinition in a list" (list-post-columns): 201 with name, type facet, indexed, enforceUniqueValues', async () => {
    const { status, json } = await call('POST', `${SITE}/lists/Books/columns`, {
      name: 'Isbn',
      description: 'ISBN',
      enforceUniqueValues: true,
      indexed: true,
      text: {},
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      id: expect.any(String),
      name: 'Isbn',
      displayName: 'Isbn',
      description: 'ISBN',
      enforceUniqueValues: true,
      indexed: true,
      hidden: false,
      text: {},
    });
  });

  it('"List columnDefinitions in a list" (list-list-columns): 200 with value[] including the created columns', async () => {
    const { status, json } = await call('GET', `${SITE}/lists/Books/columns`);
    expect(status).toBe(200);
    expect(json.value.map((c: LooseJson) => c.name)).toEqual(expect.arrayContaining(['Title', 'Author', 'PageCount', 'Isbn']));
  });

  it('"Update columnDefinition" (columndefinition-update): PATCH → 200 OK with the updated column', async () => {
    const { status, json } = await call('PATCH', `${SITE}/lists/Books/columns/Author`, { indexed: true, description: 'Who wrote it' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ name: 'Author', indexed: true, description: 'Who wrote it', text: {} });
  });

  it('"Create a new entry in a SharePoint list" (listitem-create): POST {fields} → 201 with id, createdBy.user, timestamps, eTag', async () => {
    const { status, json, headers } = await call('POST', `${SITE}/lists/Books/items`, {
      fields: { Title: 'Widget', Author: 'Purple', PageCount: 32 },
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      id: expect.any(String),
      createdBy: { user: { displayName: 'Sekretær Demo', id: expect.any(String) } },
      lastModifiedBy: { user: { displayName: 'Sekretær Demo' } },
      fields: { Title: 'Widget', Author: 'Purple', PageCount: 32 },
    });
    expect(json.createdDateTime).toMatch(ISO);
    expect(json.lastModifiedDateTime).toMatch(ISO);
    expect(json.eTag).toBe(headers.get('etag'));
  });

  it('"List items" (listitem-list): expand=fields(select=…) → value[] with only the selected fields', async () => {
    const { status, json } = await call('GET', `${SITE}/lists/Books/items?expand=fields(select=Title,PageCount)`);
    expect(status).toBe(200);
    expect(json.value[0].fields).toEqual({ '@odata.etag': json.value[0].eTag, Title: 'Widget', PageCount: 32 });
  });

  it('"Get listItem" (listitem-get): expand=fields → the item with its fields and @odata.etag', async () => {
    const { status, json } = await call('GET', `${SITE}/lists/Books/items/1?expand=fields`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: '1',
      '@odata.etag': expect.any(String),
      fields: { id: '1', Title: 'Widget', '@odata.etag': json.eTag },
    });
  });

  it('"Update listItem" (listitem-update): PATCH …/fields → 200 OK with the fieldValueSet; a stale if-match → 412 and nothing changes', async () => {
    const before = await call('GET', `${SITE}/lists/Books/items/1`);
    const { status, json } = await call(
      'PATCH',
      `${SITE}/lists/Books/items/1/fields`,
      { Author: 'Fuchsia', PageCount: 934 },
      { 'if-match': before.json.eTag },
    );
    expect(status).toBe(200);
    expect(json).toMatchObject({ Title: 'Widget', Author: 'Fuchsia', PageCount: 934 });
    const stale = await call('PATCH', `${SITE}/lists/Books/items/1/fields`, { Author: 'Teal' }, { 'if-match': before.json.eTag });
    expect(stale.status).toBe(412);
    expect(stale.json.error).toMatchObject({
      code: 'preconditionFailed',
      message: expect.any(String),
      innerError: { date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) },
    });
    expect((await call('GET', `${SITE}/lists/Books/items/1?expand=fields`)).json.fields.Author).toBe('Fuchsia');
  });

  it('"Update listItem" as SharePoint orders its checks: permission before ETag, so a reader gets 403 and a writer 412 for a never-matching if-match, and nothing changes', async () => {
    const before = await call('GET', `${SITE}/lists/Books/items/1`);
    const probe = { 'if-match': '"punkt-write-probe"' };
    const reader = await call(
      'PATCH',
      `${SITE}/lists/Books/items/1/fields`,
      {},
      { ...probe, authorization: 'Bearer punkt-dev-token-reader' },
    );
    expect([reader.status, reader.json.error.code]).toEqual([403, 'accessDenied']);
    const writer = await call('PATCH', `${SITE}/lists/Books/items/1/fields`, {}, probe);
    expect([writer.status, writer.json.error.code]).toEqual([412, 'preconditionFailed']);
    expect((await call('GET', `${SITE}/lists/Books/items/1`)).json.eTag).toBe(before.json.eTag);
  });

  it('"Delete an item from a list" (listitem-delete): 204 No Content with no body; then 404 itemNotFound', async () => {
    const created = await call('POST', `${SITE}/lists/Books/items`, { fields: { Title: 'Doomed' } });
    const { status, json } = await call('DELETE', `${SITE}/lists/Books/items/${created.json.id}`);
    expect(status).toBe(204);
    expect(json).toBeNull();
    const gone = await call('GET', `${SITE}/lists/Books/items/${created.json.id}`);
    expect([gone.status, gone.json.error.code]).toEqual([404, 'itemNotFound']);
  });

  it('"Microsoft Graph error responses" (errors): 401 without a token, with error.code, message and innerError ids', async () => {
    const response = await fetch(`${graph.url}/me/events`, { headers: { 'client-request-id': 'abc-123' } });
    const json = (await response.json()) as LooseJson;
    expect(response.status).toBe(401);
    expect(json.error).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
      innerError: { 'client-request-id': 'abc-123', 'request-id': response.headers.get('request-id') },
    });
    expect(json.error.innerError.date).toMatch(ISO);
  });

  it('"Create event" (user-post-events): 201 with id, iCalUId, start/end as dateTimeTimeZone, organizer, online meeting joinUrl', async () => {
    const { status, json } = await call('POST', '/me/events', {
      subject: "Let's go for lunch",
      body: { contentType: 'HTML', content: 'Does noon work for you?' },
      start: { dateTime: '2017-04-15T12:00:00', timeZone: 'UTC' },
      end: { dateTime: '2017-04-15T14:00:00', timeZone: 'UTC' },
      location: { displayName: "Harry's Bar" },
      attendees: [{ emailAddress: { address: 'samanthab@contoso.com', name: 'Samantha Booth' }, type: 'required' }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      id: expect.any(String),
      iCalUId: expect.any(String),
      subject: "Let's go for lunch",
      start: { dateTime: '2017-04-15T12:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2017-04-15T14:00:00.0000000', timeZone: 'UTC' },
      location: { displayName: "Harry's Bar" },
      organizer: { emailAddress: { name: expect.any(String), address: expect.any(String) } },
      isOrganizer: true,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      onlineMeeting: { joinUrl: expect.stringContaining('https://teams.microsoft.com/l/meetup-join/') },
    });
  });

  it('"List events" (user-list-events): $select and $filter on iCalUId → value[] with the selected properties', async () => {
    const all = await call('GET', '/me/events');
    const uid = all.json.value[0].iCalUId;
    const { status, json } = await call('GET', `/me/events?$select=subject,start,end&$filter=iCalUId eq '${uid}'`);
    expect(status).toBe(200);
    expect(json.value).toHaveLength(1);
    expect(Object.keys(json.value[0]).sort()).toEqual(['@odata.etag', 'end', 'id', 'start', 'subject']);
  });

  it('"List calendarView" (user-list-calendarview): startDateTime/endDateTime → the events in the window; without them → 400', async () => {
    const { status, json } = await call('GET', '/me/calendarView?startDateTime=2017-04-15T00:00:00Z&endDateTime=2017-04-16T00:00:00Z');
    expect(status).toBe(200);
    expect(json.value.map((e: LooseJson) => e.subject)).toEqual(["Let's go for lunch"]);
    expect((await call('GET', '/me/calendarView')).status).toBe(400);
  });

  it('"Get chat" (chat-get): a meeting chat with chatType meeting and onlineMeetingInfo.calendarEventId', async () => {
    const event = (await call('GET', '/me/events')).json.value[0];
    const chatId = decodeURIComponent(/meetup-join\/([^/]+)\//.exec(event.onlineMeeting.joinUrl)?.[1] ?? '');
    const { status, json } = await call('GET', `/chats/${encodeURIComponent(chatId)}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: chatId,
      topic: "Let's go for lunch",
      chatType: 'meeting',
      tenantId: expect.any(String),
      webUrl: expect.any(String),
      onlineMeetingInfo: {
        calendarEventId: event.id,
        joinWebUrl: event.onlineMeeting.joinUrl,
        organizer: { id: expect.any(String), displayName: expect.any(String), userIdentityType: 'aadUser' },
      },
    });
    expect(json.createdDateTime).toMatch(ISO);
  });

  it('"Combine multiple HTTP requests using JSON batching" (json-batching): responses[] with id, status, headers, body; 424 for a failed dependency', async () => {
    const { status, json } = await call('POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/sites/punkt-demo/lists/NoSuchList' },
        { id: '2', dependsOn: ['1'], method: 'GET', url: '/me' },
        {
          id: '3',
          method: 'PATCH',
          url: '/sites/punkt-demo/lists/Books/items/1/fields',
          body: { PageCount: 1 },
          headers: { 'Content-Type': 'application/json' },
        },
      ],
    });
    expect(status).toBe(200);
    const byId = Object.fromEntries(json.responses.map((r: LooseJson) => [r.id, r]));
    expect(byId['1']).toMatchObject({ status: 404, headers: expect.any(Object), body: { error: { code: 'itemNotFound' } } });
    expect(byId['2'].status).toBe(424);
    expect(byId['3']).toMatchObject({ status: 200, body: { PageCount: 1 } });
  });

  it('"JSON batching" limits: more than 20 requests or a malformed batch → 400 for the whole batch', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    expect((await call('POST', '/$batch', { requests })).status).toBe(400);
    expect((await call('POST', '/$batch', { nope: true })).status).toBe(400);
  });

  it('"Update event" and "Delete event" (event-update, event-delete): 200 with the event, then 204 No Content', async () => {
    const created = await call('POST', '/me/events', {
      subject: 'Temp',
      start: { dateTime: '2017-04-16T12:00:00', timeZone: 'UTC' },
      end: { dateTime: '2017-04-16T13:00:00', timeZone: 'UTC' },
    });
    const path = `/me/events/${encodeURIComponent(created.json.id)}`;
    const updated = await call('PATCH', path, { subject: 'Temp (moved)' });
    expect([updated.status, updated.json.subject]).toEqual([200, 'Temp (moved)']);
    const deleted = await call('DELETE', path);
    expect([deleted.status, deleted.json]).toEqual([204, null]);
  });

  it('"Microsoft Graph error responses" (errors): every response carries request-id and client-request-id headers', async () => {
    const response = await call('GET', SITE, undefined, { 'client-request-id': 'conformance-1' });
    expect(response.headers.get('request-id')).toBeTruthy();
    expect(response.headers.get('client-request-id')).toBe('conformance-1');
  });
});
