import { describe, expect, it } from 'vitest';
import type { StoredAgenda } from '../../domain/ports';
import { readAgendaCopy, writeAgendaCopy } from './agenda-copy';
import { MemoryStorage } from '../../../tests/fakes/memory-storage';

const ref = { iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' };
const agenda = {
  meetingId: 'm1',
  etag: '"1"',
  ref,
  meeting: { kind: 'dagsorden', forum: 'Chefforum', date: '2024-03-13', start: '09:00', plannedEnd: null, location: null, participants: [], preamble: [], items: [] },
  items: [{ id: 'i1', etag: '"2"', readable: true, item: { number: 1 } }],
} as unknown as StoredAgenda;

describe('the agenda copy for offline reloads', () => {
  it('reads back what was written, with when it was fetched', () => {
    const storage = new MemoryStorage();
    writeAgendaCopy(storage, agenda, new Date('2024-03-13T08:01:00Z'));
    expect(readAgendaCopy(storage, ref)).toEqual({ fetchedAt: '2024-03-13T08:01:00.000Z', agenda });
    expect(readAgendaCopy(storage, { ...ref, start: '2024-03-20T08:00:00Z' })).toBeNull();
  });

  it('keeps a closed punkt only as number, case number and Lukket', () => {
    const storage = new MemoryStorage();
    const closedItem = { number: 2, closed: true, prefix: null, title: 'Fortrolig sag', caseNumber: '81.00.00-G01-1-24', slot: null, durationMinutes: 10, sections: [{ heading: 'Sagsfremstilling', text: 'Fortrolig sag' }], recommendation: null, decision: 'Fortrolig sag', history: null, attachments: [], status: 'none', postponedTo: null };
    const withClosed = { ...agenda, meeting: { ...agenda.meeting, items: [closedItem] }, items: [{ id: 'i2', etag: '"3"', readable: true, item: closedItem }] } as unknown as StoredAgenda;
    writeAgendaCopy(storage, withClosed, new Date());
    expect(storage.getItem(storage.key(0)!)).not.toContain('Fortrolig sag');
    expect(readAgendaCopy(storage, ref)?.agenda.items[0]).toMatchObject({ readable: false, item: { number: 2, caseNumber: '81.00.00-G01-1-24', title: 'Lukket' } });
  });

  it('ignores a corrupt or foreign entry instead of trusting it', () => {
    const storage = new MemoryStorage();
    writeAgendaCopy(storage, agenda, new Date());
    const key = storage.key(0)!;
    storage.setItem(key, '{not json');
    expect(readAgendaCopy(storage, ref)).toBeNull();
    storage.setItem(key, JSON.stringify({ fetchedAt: 'x', agenda: { meetingId: 1 } }));
    expect(readAgendaCopy(storage, ref)).toBeNull();
  });

  it('does nothing without storage, and survives a full one', () => {
    expect(readAgendaCopy(null, ref)).toBeNull();
    const full = Object.assign(new MemoryStorage(), { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } });
    expect(() => writeAgendaCopy(full, agenda, new Date())).not.toThrow();
  });
});
