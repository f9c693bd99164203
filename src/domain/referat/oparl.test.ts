import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../../vendor/oparl-1.1/meeting.schema.json';
import text2017 from '../../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import text2021 from '../../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import text2024 from '../../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { localTime } from '../brands';
import { parseDocument } from '../parse';
import { oparlMeeting } from './oparl';

const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const OPTIONS = { baseUrl: 'https://punkt.example.dk/oparl', meetingId: 'abc|2024-03-13T08:00:00Z' };

describe('oparlMeeting: OParl 1.1 export', () => {
  it.each([
    ['2017-03-02', text2017],
    ['2021-09-02', text2021],
    ['2024-03-13', text2024],
  ])('fixture %s validates against the vendored OParl 1.1 schema', (_name, text) => {
    const out = oparlMeeting(parseDocument(text), OPTIONS);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects what OParl forbids (a guard that the validation can fail)', () => {
    const out = oparlMeeting(parseDocument(text2024), OPTIONS) as { agendaItem: Record<string, unknown>[] };
    expect(validate({ ...out, agendaItem: [{ ...out.agendaItem[0], public: 'ja' }] })).toBe(false);
    expect(validate({ ...out, type: 'https://schema.oparl.org/1.0/Meeting' })).toBe(false);
  });

  it('writes number, name, public, result, resolutionText, start and end of each punkt', () => {
    const m = parseDocument(text2024);
    const slotted = {
      ...m,
      items: [{ ...m.items[0]!, slot: { start: localTime('09:00'), end: localTime('09:20') } }, ...m.items.slice(1)],
    };
    const out = oparlMeeting(slotted, OPTIONS) as { start: string; agendaItem: Record<string, unknown>[] };
    expect(out.start).toBe('2024-03-13T08:00:00Z');
    expect(out.agendaItem[0]).toMatchObject({
      number: '1',
      order: 0,
      name: 'CF - Godkendelse af dagsorden og referat',
      public: true,
      result: 'Godkendt',
      resolutionText: m.items[0]!.decision,
      start: '2024-03-13T08:00:00Z',
      end: '2024-03-13T08:20:00Z',
    });
    expect(out.agendaItem[6]).toMatchObject({ result: 'Udsat', resolutionText: 'Punktet blev udsat til Chefforum den 10. april 2024' });
    expect((out.agendaItem[1]!.auxiliaryFile as { name: string }[]).map((f) => f.name)).toEqual(m.items[1]!.attachments);
  });

  it('a closed punkt is public: false with its number and "Lukket" only', () => {
    const m = parseDocument(text2024);
    const closed = { ...m, items: m.items.map((i) => (i.number === 2 ? { ...i, closed: true } : i)) };
    const out = oparlMeeting(closed, OPTIONS) as { agendaItem: Record<string, unknown>[] };
    const item = out.agendaItem[1]!;
    expect(item.public).toBe(false);
    expect(item.name).toBe('Lukket');
    expect(Object.keys(item).sort()).toEqual(['id', 'meeting', 'name', 'number', 'order', 'public', 'type']);
    expect(validate(out)).toBe(true);
  });
});
