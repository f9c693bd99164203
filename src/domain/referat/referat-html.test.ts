import { describe, expect, it } from 'vitest';
import text2024 from '../../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { parseDocument } from '../parse';
import { escapeHtml, referatHtml } from './referat-html';

const fixture = () => parseDocument(text2024);

describe('referatHtml: the print page', () => {
  it('holds the header block, a table of contents and every punkt with its case number and decision', () => {
    const m = fixture();
    const html = referatHtml(m);
    expect(html).toContain('<h1 dir="auto"><bdi>REFERAT Chefforum d. 13-03-2024</bdi></h1>');
    expect(html).toContain('<dt>Mødedato</dt><dd dir="auto"><bdi>Onsdag d. 13. marts 2024 kl. 09:00</bdi></dd>');
    expect(html).toContain('<dt>Mødested</dt>');
    expect(html).toContain('<nav aria-label="Indholdsfortegnelse">');
    for (const item of m.items) {
      expect(html).toContain(`id="punkt-${item.number}"`);
      expect(html).toContain(escapeHtml(item.caseNumber));
      for (const paragraph of (item.decision ?? '').split(/\n\s*\n/)) expect(html).toContain(escapeHtml(paragraph.trim()));
    }
    expect(html).toContain('@page');
  });

  it('escapes list text and isolates it, so a title cannot inject markup or reorder the line', () => {
    const m = fixture();
    const evil = {
      ...m,
      location: '<img src=x onerror=alert(1)> "915" \u202Eevil',
      items: [{ ...m.items[0]!, title: '<script>alert(1)</script>' }],
    };
    const html = referatHtml(evil);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<bdi>&lt;img src=x onerror=alert(1)&gt; &quot;915&quot; \u202Eevil</bdi>');
  });
});
