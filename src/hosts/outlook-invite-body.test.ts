// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inviteSummaryHtml, inviteSummaryText } from '../domain/invite-summary';
import type { Meeting } from '../domain/meeting';
import { punkt } from '../../tests/fakes/agenda-items';
import { sampleMeeting } from '../../tests/fakes/sample-agenda';
import type { OfficeAsyncResult } from './office-async';
import { ComposeItemError } from './outlook-compose';
import { sanitizeSummary, writeInviteSummary, type InviteBody } from './outlook-invite-body';
import { createOutlookHost, type OutlookOffice } from './outlook-host';

const TYPES = { Html: 'html', Text: 'text' };
const ok = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value });

/**
 * A fake Office.Body holding the invite's HTML. Like Outlook on the web it gives the body back as a
 * whole document; prependAsync puts the HTML at the top of <body>.
 */
function fakeBody(initial: string) {
  let html = `<html><head><style>p{margin:0}</style></head><body>${initial}</body></html>`;
  const calls: string[] = [];
  const body: InviteBody = {
    getAsync: (type, cb) => {
      calls.push(`get:${String(type)}`);
      cb(ok(html));
    },
    setAsync: (data, options, cb) => {
      calls.push(`set:${String(options.coercionType)}`);
      html = data;
      cb(ok(undefined));
    },
    prependAsync: (data, options, cb) => {
      calls.push(`prepend:${String(options.coercionType)}`);
      html = html.replace('<body>', `<body>${data}`);
      cb(ok(undefined));
    },
  };
  const doc = () => new DOMParser().parseFromString(html, 'text/html');
  return { body, calls, html: () => html, doc };
}

const LINK = 'https://punkt.example.org/?meeting=k';
const both = (meeting: Meeting) => ({ html: inviteSummaryHtml(meeting, LINK), text: inviteSummaryText(meeting, LINK) });

describe('the agenda summary in the invite body', () => {
  it('is put at the top on the first save, then replaced on the next, never duplicated, the text around it kept', async () => {
    const fake = fakeBody('<p>Kære alle, velkommen til Chefforum.</p>');
    await writeInviteSummary(fake.body, both(sampleMeeting()), TYPES);
    expect(fake.calls).toEqual(['get:html', 'prepend:html']);
    expect(fake.doc().querySelectorAll('#punkt-dagsorden')).toHaveLength(1);
    expect(fake.doc().body.textContent).toContain('Punkt 3: Lederdøgn 2024');

    const changed = sampleMeeting();
    changed.items[2] = punkt(3, { title: 'Lederdøgn 2025', slot: { start: '09:50', end: '10:20' } });
    await writeInviteSummary(fake.body, both(changed), TYPES);
    expect(fake.calls.slice(2)).toEqual(['get:html', 'set:html']);
    const doc = fake.doc();
    expect(doc.querySelectorAll('#punkt-dagsorden')).toHaveLength(1);
    expect(doc.body.textContent).toContain('Punkt 3: Lederdøgn 2025');
    expect(doc.body.textContent).not.toContain('Lederdøgn 2024');
    expect(doc.body.textContent).toContain('Kære alle, velkommen til Chefforum.');
    expect(doc.head.innerHTML).toContain('p{margin:0}');
  });

  it('replaces a summary whose id Outlook prefixed (x_punkt-dagsorden) and removes extra copies', async () => {
    const old = '<div id="x_punkt-dagsorden"><p>Gammel</p></div><p>Tekst</p><div id="punkt-dagsorden"><p>Kopi</p></div>';
    const fake = fakeBody(old);
    await writeInviteSummary(fake.body, both(sampleMeeting()), TYPES);
    const doc = fake.doc();
    expect(doc.querySelectorAll('[id$="punkt-dagsorden"]')).toHaveLength(1);
    expect(doc.body.textContent).not.toMatch(/Gammel|Kopi/);
    expect(doc.body.textContent).toContain('Tekst');
    expect(doc.body.firstElementChild?.id).toBe('punkt-dagsorden');
  });

  it('sanitizes what it writes: a title with <img onerror> stays text, and scripts, handlers and javascript: links go', async () => {
    const meeting = sampleMeeting();
    meeting.items[0] = punkt(1, { title: '<img src=x onerror="alert(1)">' });
    const fake = fakeBody('');
    await writeInviteSummary(fake.body, both(meeting), TYPES);
    const doc = fake.doc();
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('li bdi')?.textContent).toBe('<img src=x onerror="alert(1)">');

    const hostile = await sanitizeSummary(
      '<div id="punkt-dagsorden"><script>alert(1)</script><p onclick="x()">a</p><a href="javascript:alert(1)">b</a><img src=x onerror=y></div>',
    );
    expect(hostile).toBe('<div id="punkt-dagsorden"><p>a</p><a>b</a></div>');
  });

  it('writes the plain-text summary into a body Outlook reports as text, replacing it on the next save', async () => {
    let text = 'Kære alle';
    const body: InviteBody = {
      getTypeAsync: (cb) => cb(ok('text')),
      getAsync: (type, cb) => cb(type === 'text' ? ok(text) : ok(`<p>${text}</p>`)),
      setAsync: (data, options, cb) => {
        expect(options.coercionType).toBe('text');
        text = data;
        cb(ok(undefined));
      },
      prependAsync: () => {
        throw new Error('a text body is written whole');
      },
    };
    await writeInviteSummary(body, both(sampleMeeting()), TYPES);
    const changed = sampleMeeting();
    changed.items[2] = punkt(3, { title: 'Lederdøgn 2025', slot: { start: '09:50', end: '10:20' } });
    await writeInviteSummary(body, both(changed), TYPES);
    expect(text.match(/\[Dagsorden fra Punkt\]/g)).toHaveLength(1);
    expect(text).toContain('Punkt 3: Lederdøgn 2025 (09.50–10.20)');
    expect(text).not.toContain('Lederdøgn 2024');
    expect(text.endsWith('Kære alle')).toBe(true);
    expect(text).not.toContain('<');
  });

  it('rejects when Outlook cannot read the body, writing nothing', async () => {
    const fake = fakeBody('');
    fake.body.getAsync = (_type, cb) => cb({ status: 'failed', value: '', error: { message: 'Access denied', code: 9039 } });
    await expect(writeInviteSummary(fake.body, both(sampleMeeting()), TYPES)).rejects.toThrow('Access denied');
    expect(fake.html()).not.toContain('punkt-dagsorden');
  });

  it("is the compose host's writeAgendaSummary, linking to Punkt with the meeting key; read mode has none", async () => {
    const fake = fakeBody('<p>Velkommen</p>');
    const office: OutlookOffice = {
      context: {
        mailbox: {
          item: {
            itemType: 'appointment',
            getItemIdAsync: (cb) => cb(ok('AAMk/7')),
            saveAsync: (cb) => cb(ok('AAMk/7')),
            body: fake.body,
          },
          convertToRestId: (id) => id,
          addHandlerAsync: (_type, _handler, cb) => cb?.(ok(undefined)),
        },
      },
      EventType: { ItemChanged: 'olkItemSelectedChanged' },
      MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
      CoercionType: { Html: 'html', Text: 'text' },
    };
    const getEvent = () => Promise.reject(new Error('not used'));
    const host = createOutlookHost({ office, getEvent, appUrl: 'https://punkt.example.org/app/' });
    await host.writeAgendaSummary?.(sampleMeeting(), { iCalUId: 'uid-7', start: '2024-03-13T08:00:00Z' });
    expect(fake.doc().querySelector('#punkt-dagsorden a')?.getAttribute('href')).toBe(
      'https://punkt.example.org/app/?meeting=uid-7%7C2024-03-13T08%3A00%3A00Z',
    );

    fake.body.prependAsync = (_data, _options, cb) => cb({ status: 'failed', value: undefined, error: { message: 'busy' } });
    fake.body.getAsync = (_type, cb) => cb(ok('<html><body></body></html>'));
    await expect(host.writeAgendaSummary?.(sampleMeeting(), { iCalUId: 'uid-7', start: '2024-03-13T08:00:00Z' })).rejects.toBeInstanceOf(
      ComposeItemError,
    );

    office.context.mailbox.item = { itemId: 'AAMk/7', itemType: 'appointment' };
    expect(createOutlookHost({ office, getEvent }).writeAgendaSummary).toBeUndefined();
  });
});
