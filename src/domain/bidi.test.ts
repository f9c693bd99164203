import { describe, expect, it } from 'vitest';
import { withoutBidiControls } from './bidi';

const RLO = '\u202E';
const PDF = '\u202C';

describe('bidi controls in untrusted text', () => {
  it('removes an override that would show a title reversed', () => {
    expect(withoutBidiControls(`Budget ${RLO}5202 tegdub`)).toBe('Budget 5202 tegdub');
    expect(withoutBidiControls(`faktura${RLO}fdp.exe`)).toBe('fakturafdp.exe');
  });

  it('removes every explicit control and mark of UAX #9, balanced or not', () => {
    // A balanced embedding still reorders the words inside it ("RLE abc def PDF" shows "def abc").
    const all = ['\u202A', '\u202B', '\u202C', '\u202D', RLO, '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    for (const control of all) expect(withoutBidiControls(`a${control}b`), control.codePointAt(0)!.toString(16)).toBe('ab');
    expect(withoutBidiControls(`\u202Babc def${PDF}`)).toBe('abc def');
    // A right-to-left mark next to digits moves them: "12‏/34" shows as "1234/".
    expect(withoutBidiControls('00.01.00-P35-12\u200F/34')).toBe('00.01.00-P35-12/34');
  });

  it('keeps ordinary text, Danish letters and right-to-left scripts as they are', () => {
    for (const text of ['Økonomi & Stab – 2024', 'Ærø: "Åbningstider"', 'مرحبا', 'שלום 2024', '']) {
      expect(withoutBidiControls(text)).toBe(text);
    }
  });
});
