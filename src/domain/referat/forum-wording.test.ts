import { describe, expect, it } from 'vitest';
import { isoDate } from '../brands';
import { parseDocument } from '../parse';
import { renderDocument } from '../render';
import { postponedWording, withForumWording } from './forum-wording';

const DOC = [
  'REFERAT Chefforum d. 13-03-2024',
  'Mødedato Onsdag d. 13. marts 2024 kl. 09:00',
  'Punkt 1: CF - Udsat med dato',
  '00.01.00-P35-7-23',
  'Punkt 2: CF - Udsat uden dato',
  '00.01.00-P35-7-23',
  'Punkt 3: CF - Uden beslutning',
  '00.01.00-P35-7-23',
].join('\n');

function meeting() {
  const m = parseDocument(DOC);
  const [a, b, c] = m.items;
  return {
    ...m,
    items: [{ ...a!, status: 'postponed' as const, postponedTo: isoDate('2024-04-10') }, { ...b!, status: 'postponed' as const }, c!],
  };
}

describe('the forum wording of a punkt without decision text (fixture 2024-03-13, punkt 7 and 9)', () => {
  it('writes the fixture’s own sentences for a postponed punkt, with and without a date', () => {
    expect(postponedWording('Chefforum', isoDate('2024-04-10'))).toBe('Punktet blev udsat til Chefforum den 10. april 2024');
    expect(postponedWording('Chefforum', null)).toBe('Punktet blev udsat til behandling på et senere Chefforum.');
  });

  it('a postponed punkt without a decision says so in the referat; the parser reads it back as postponed', () => {
    const text = renderDocument(withForumWording(meeting()));
    expect(text).toContain(
      'Punkt 1: CF - Udsat med dato\n\n00.01.00-P35-7-23\n\nBeslutning\n\nPunktet blev udsat til Chefforum den 10. april 2024',
    );
    const back = parseDocument(text).items;
    expect(back[0]).toMatchObject({ status: 'postponed', postponedTo: '2024-04-10' });
    expect(back[1]).toMatchObject({ status: 'postponed', postponedTo: null });
  });

  it('invents nothing for a punkt without a decision: it has no Beslutning', () => {
    const text = renderDocument(withForumWording(meeting()));
    expect(text.split('Punkt 3:')[1]).not.toContain('Beslutning');
  });

  it('keeps a decision the note-taker wrote', () => {
    const m = meeting();
    const written = { ...m, items: [{ ...m.items[0]!, decision: 'Udsat, da sagen mangler tal.' }] };
    expect(withForumWording(written).items[0]!.decision).toBe('Udsat, da sagen mangler tal.');
  });
});
