import { describe, expect, it } from 'vitest';
import { meetingOf } from '../../tests/fakes/agenda-items';
import { localTime } from './brands';
import type { AgendaItem } from './meeting';
import type { StoredAgenda } from './ports';
import { publicPart, withoutClosedContent } from './closed-redaction';

const item = (overrides: Partial<AgendaItem>): AgendaItem => ({
  number: 1,
  prefix: 'CF',
  title: 'Budget 2025',
  caseNumber: '00.01.00-P35-1-24',
  closed: false,
  slot: { start: localTime('09:00'), end: localTime('09:15') },
  durationMinutes: null,
  sections: [{ heading: 'Sagsfremstilling', text: 'Fortroligt: personalesag' }],
  recommendation: { by: 'Direktionen', points: ['at sagen drøftes'] },
  decision: 'Godkendt.',
  history: 'Behandlet 2023',
  attachments: ['Bilag 1'],
  status: 'approved',
  postponedTo: null,
  ...overrides,
});

function agenda(items: AgendaItem[]): StoredAgenda {
  return {
    meetingId: 'm1',
    etag: '"1"',
    ref: { iCalUId: 'u', start: '2024-03-13T08:00:00Z' },
    meeting: meetingOf(items),
    items: items.map((it) => ({ id: `i${it.number}`, etag: '"1"', item: it, readable: true })),
  };
}

describe('what of a closed punkt a device copy may keep', () => {
  it('keeps number, case number and timing, and nothing of the content', () => {
    const closed = item({ number: 4, closed: true, prefix: null, title: 'Personalesag X' });
    const part = publicPart(closed);
    expect(part).toMatchObject({
      number: 4,
      caseNumber: closed.caseNumber,
      closed: true,
      slot: closed.slot,
      title: 'Lukket',
      prefix: null,
    });
    expect(JSON.stringify(part)).not.toMatch(/Personalesag|Fortroligt|Direktionen|Godkendt|Behandlet|Bilag/);
  });

  it('redacts closed punkter in both the items and the meeting, marks them unreadable, and leaves open ones alone', () => {
    const open = item({ number: 1 });
    const closed = item({ number: 2, closed: true, prefix: null, title: 'Personalesag X' });
    const copy = withoutClosedContent(agenda([open, closed]));
    expect(copy.items[0]).toEqual({ id: 'i1', etag: '"1"', item: open, readable: true });
    expect(copy.items[1]).toMatchObject({ id: 'i2', readable: false, item: { title: 'Lukket', decision: null } });
    expect(copy.meeting.items[1]!.title).toBe('Lukket');
    expect(JSON.stringify(copy)).not.toContain('Personalesag X');
    const onlyOpen = agenda([open]);
    expect(withoutClosedContent(onlyOpen)).toBe(onlyOpen);
  });
});
