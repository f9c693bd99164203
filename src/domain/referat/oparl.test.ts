import { describe, expect, it } from 'vitest';
import { oparlMeetingValidator } from '../../../tests/helpers/oparl-schema';
import { localTime } from '../brands';
import type { Meeting } from '../meeting';
import { parseDocument } from '../parse';
import type { ReferatFile } from './library-port';
import { oparlMeeting } from './oparl';

/** Every fixture of the forum's own documents (tests/fixtures/referater, copies of shared/fixtures/referater). */
const FIXTURES = Object.entries(
  import.meta.glob<string>('../../../tests/fixtures/referater/*.txt', { query: '?raw', import: 'default', eager: true }),
).map(([path, text]) => [path.replace(/^.*\//, ''), text] as const);
const text2024 = FIXTURES.find(([name]) => name.includes('2024-03-13'))![1];

const validate = oparlMeetingValidator();
const OPTIONS = { baseUrl: 'https://punkt.example.dk/oparl', meetingId: 'abc|2024-03-13T08:00:00Z' };
const SP = 'https://kommune.sharepoint.com/sites/chefforum/Delte%20dokumenter';
const REFERAT: ReferatFile = {
  version: 'public',
  name: 'Referat Chefforum 2024-03-13 (offentlig).docx',
  webUrl: `${SP}/Referater/2024/Referat%20Chefforum%202024-03-13%20(offentlig).docx`,
  modified: '2024-03-14T10:15:00Z',
  size: 48213,
};

type Json = Record<string, unknown>;
type Out = Json & { agendaItem: Json[] };
const exported = (m: Meeting, extra: Partial<Parameters<typeof oparlMeeting>[1]> = {}) => oparlMeeting(m, { ...OPTIONS, ...extra }) as Out;

/** The fixture with each punkt's Bilag linked to the library, as the secretary's view writes them (`name <url>`). */
function withLinkedBilag(m: Meeting): Meeting {
  return {
    ...m,
    items: m.items.map((i) => ({
      ...i,
      attachments: i.attachments.map((a) => `${a}.pdf <${SP}/Bilag/${i.number}/${encodeURIComponent(a)}.pdf>`),
    })),
  };
}

/** Every string value anywhere in the JSON. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('oparlMeeting: valid against the official OParl 1.1 schema (vendor/oparl-1.1, OParl/spec v1.1.1)', () => {
  it.each(FIXTURES)(
    '%s: the export, with linked Bilag, a closed punkt and the saved referat, validates against Meeting.json',
    (_n, text) => {
      const m = withLinkedBilag(parseDocument(text));
      expect(validate(exported(m)), JSON.stringify(validate.errors)).toBe(true);
      const closed = { ...m, items: m.items.map((i, k) => (k === 1 ? { ...i, closed: true } : i)) };
      const out = exported(closed, { referat: REFERAT });
      expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
      expect(out.agendaItem.flatMap((a) => (a.auxiliaryFile as unknown[] | undefined) ?? []).length).toBeGreaterThan(0);
    },
  );

  it('the schema refuses what the official files require: a File without accessUrl, an AgendaItem without order, a 1.0 type, a bad date-time or URL', () => {
    const out = exported(withLinkedBilag(parseDocument(text2024)));
    const item = out.agendaItem[1]!;
    const file = (item.auxiliaryFile as Json[])[0]!;
    const { accessUrl: _dropped, ...noAccess } = file;
    // Punkt's earlier export named Bilag without a link like this: the official File.json requires accessUrl.
    expect(validate({ ...out, agendaItem: [{ ...item, auxiliaryFile: [noAccess] }] })).toBe(false);
    const { order: _order, ...noOrder } = item;
    expect(validate({ ...out, agendaItem: [noOrder] })).toBe(false);
    expect(validate({ ...out, agendaItem: [{ ...item, public: 'ja' }] })).toBe(false);
    expect(validate({ ...out, type: 'https://schema.oparl.org/1.0/Meeting' })).toBe(false);
    expect(validate({ ...out, start: '13-03-2024 09:00' })).toBe(false);
    expect(validate({ ...out, id: 'meeting 1' })).toBe(false);
    expect(validate({ ...out, agendaItem: [{ ...item, auxiliaryFile: [{ ...file, accessUrl: 'javascript:alert(1)' }] }] })).toBe(false);
    expect(validate({ ...out, resultsProtocol: { id: `${out.id as string}/file/x`, type: 'https://schema.oparl.org/1.1/File' } })).toBe(
      false,
    );
  });

  it('every date-time has the spec\'s form yyyy-mm-ddThh:mm:ss±hh:mm (chapter "Datums- und Zeitangaben"), in Copenhagen time', () => {
    const m = parseDocument(text2024);
    const slotted = {
      ...m,
      items: [{ ...m.items[0]!, slot: { start: localTime('09:00'), end: localTime('09:20') } }, ...m.items.slice(1)],
    };
    const out = exported(slotted, { referat: REFERAT });
    expect(out.start).toBe('2024-03-13T09:00:00+01:00');
    expect(out.agendaItem[0]).toMatchObject({ start: '2024-03-13T09:00:00+01:00', end: '2024-03-13T09:20:00+01:00' });
    expect((out.resultsProtocol as Json).modified).toBe('2024-03-14T11:15:00+01:00');
    expect(exported(m, { start: '2024-06-12T07:00:00Z', end: '2024-06-12T09:00:00Z' })).toMatchObject({
      start: '2024-06-12T09:00:00+02:00',
      end: '2024-06-12T11:00:00+02:00',
    });
  });
});

describe('oparlMeeting: the agenda items', () => {
  it('writes number, order, name, public, result, resolutionText of each punkt', () => {
    const m = parseDocument(text2024);
    const out = exported(m);
    expect(out.agendaItem[0]).toMatchObject({
      type: 'https://schema.oparl.org/1.1/AgendaItem',
      number: '1',
      order: 0,
      name: 'CF - Godkendelse af dagsorden og referat',
      public: true,
      result: 'Godkendt',
      resolutionText: m.items[0]!.decision,
    });
    expect(out.agendaItem[6]).toMatchObject({ result: 'Udsat', resolutionText: 'Punktet blev udsat til Chefforum den 10. april 2024' });
  });

  it('a linked Bilag is a File with name (no ending), fileName, mimeType and its own link as accessUrl', () => {
    const m = parseDocument(text2024);
    const item = {
      ...m.items[1]!,
      attachments: [
        'Bilag 1 - Notat.pdf <https://kommune.sharepoint.com/sites/cf/Bilag/Notat.pdf>',
        'Tidsplan <https://kommune.sharepoint.com/x/Tidsplan>',
      ],
    };
    const out = exported({ ...m, items: [item] });
    expect(out.agendaItem[0]!.auxiliaryFile).toEqual([
      {
        id: `${out.id as string}/agendaitem/2/file/1`,
        type: 'https://schema.oparl.org/1.1/File',
        name: 'Bilag 1 - Notat',
        fileName: 'Bilag 1 - Notat.pdf',
        mimeType: 'application/pdf',
        accessUrl: 'https://kommune.sharepoint.com/sites/cf/Bilag/Notat.pdf',
      },
      {
        id: `${out.id as string}/agendaitem/2/file/2`,
        type: 'https://schema.oparl.org/1.1/File',
        name: 'Tidsplan',
        accessUrl: 'https://kommune.sharepoint.com/x/Tidsplan',
      },
    ]);
  });

  it('a Bilag known by name only, or by a link nobody may open, is no File (File.json requires accessUrl; none is made up)', () => {
    const m = parseDocument(text2024);
    const mixed = ['Notat.pdf', 'Plan <http://intranet.kommune.dk/plan.pdf>', 'Ok.pdf <https://kommune.sharepoint.com/Ok.pdf>'];
    const out = exported({
      ...m,
      items: [
        { ...m.items[1]!, attachments: mixed },
        { ...m.items[2]!, attachments: ['Tidsplan for opstart'] },
      ],
    });
    expect((out.agendaItem[0]!.auxiliaryFile as Json[]).map((f) => [f.id, f.accessUrl])).toEqual([
      [`${out.id as string}/agendaitem/2/file/3`, 'https://kommune.sharepoint.com/Ok.pdf'],
    ]);
    expect(out.agendaItem[1]).not.toHaveProperty('auxiliaryFile');
  });

  it("no accessUrl points under the export's own base address, which serves nothing", () => {
    const out = exported(withLinkedBilag(parseDocument(text2024)), { referat: REFERAT });
    const files = [out.resultsProtocol as Json, ...out.agendaItem.flatMap((a) => (a.auxiliaryFile as Json[] | undefined) ?? [])];
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(f.accessUrl).toMatch(/^https:\/\/kommune\.sharepoint\.com\//);
  });
});

describe('oparlMeeting: closed punkter (public: false, nothing of their content)', () => {
  it.each(FIXTURES)('%s: each closed punkt is number, order and "Lukket" only: no text, case text, decision or Bilag', (_n, text) => {
    const m = withLinkedBilag(parseDocument(text));
    for (const target of m.items) {
      const closed = { ...m, items: m.items.map((i) => (i === target ? { ...i, closed: true } : i)) };
      const out = exported(closed);
      const item = out.agendaItem[m.items.indexOf(target)]!;
      expect(item).toMatchObject({ public: false, name: 'Lukket', number: String(target.number) });
      // Its slot stays, as the public referat shows it; nothing else.
      const allowed = ['end', 'id', 'meeting', 'name', 'number', 'order', 'public', 'start', 'type'];
      expect(Object.keys(item).filter((k) => !allowed.includes(k))).toEqual([]);
      const others = JSON.stringify(exported({ ...m, items: m.items.filter((i) => i !== target) }));
      const own = [
        target.title,
        target.caseNumber,
        target.decision ?? '',
        ...target.attachments,
        ...target.sections.flatMap((s) => s.text.split('\n')),
      ]
        .map((l) => l.trim())
        .filter((l) => l.length >= 6 && !others.includes(l));
      expect(own.filter((l) => strings(out).some((s) => s.includes(l)))).toEqual([]);
      expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe('oparlMeeting: the referat document as resultsProtocol', () => {
  it('the saved public referat is the resultsProtocol File, its SharePoint link the accessUrl', () => {
    const out = exported(parseDocument(text2024), { referat: REFERAT });
    expect(out.resultsProtocol).toEqual({
      id: `${out.id as string}/file/resultsProtocol`,
      type: 'https://schema.oparl.org/1.1/File',
      name: 'Referat Chefforum 2024-03-13 (offentlig)',
      fileName: REFERAT.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: 48213,
      modified: '2024-03-14T11:15:00+01:00',
      accessUrl: REFERAT.webUrl,
    });
  });

  it('without a saved referat, with only the internal one, or with a link nobody may open: no resultsProtocol at all', () => {
    const m = parseDocument(text2024);
    expect(exported(m)).not.toHaveProperty('resultsProtocol');
    expect(exported(m, { referat: { ...REFERAT, version: 'internal' } })).not.toHaveProperty('resultsProtocol');
    expect(exported(m, { referat: { ...REFERAT, webUrl: 'javascript:alert(1)' } })).not.toHaveProperty('resultsProtocol');
  });
});
