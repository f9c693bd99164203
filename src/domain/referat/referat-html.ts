/**
 * The referat as a print-ready HTML page: the browser's "print to PDF" gives a document laid out
 * like the Word version (A4, the header block, headings per punkt, page numbers where the browser
 * prints margin boxes). Every text from the lists is escaped, and each is wrapped in `<bdi>`/`dir="auto"`
 * so a right-to-left name cannot reorder the text around it (bidi isolation, as bidi.ts guards
 * the app's own views).
 */
import type { Meeting } from '../meeting';
import { referatDocument, type ReferatOptions, type ReferatSection } from './referat-document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const PRINT_CSS = `
@page { size: A4; margin: 2.5cm 2cm; @bottom-center { content: "Side " counter(page) " af " counter(pages); } }
body { font-family: Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.35; max-width: 17cm; margin: 0 auto; color: #000; background: #fff; }
h1 { font-size: 18pt; margin: 0 0 12pt; }
h2 { font-size: 14pt; margin: 18pt 0 4pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 2pt; break-after: avoid; }
dl.header { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0 0 12pt; }
dl.header dt { font-weight: bold; }
dl.header dd { margin: 0; }
.case { color: #444; margin: 0 0 6pt; }
nav ol { padding-left: 0; list-style: none; }
p { margin: 0 0 6pt; white-space: pre-line; }
section.punkt { break-before: auto; }
@media print { nav { break-after: page; } a { color: inherit; text-decoration: none; } }
`;

/** The whole page; the public version unless `internal` is asked for. */
export function referatHtml(meeting: Meeting, options: ReferatOptions = {}): string {
  const doc = referatDocument(meeting, options);
  const text = (t: string): string => `<bdi>${escapeHtml(t)}</bdi>`;
  const header = doc.header.map((h) => `<dt>${escapeHtml(h.label)}</dt><dd dir="auto">${text(h.value)}</dd>`).join('');
  const toc = doc.items.map((i) => `<li><a href="#punkt-${i.number}">${text(i.heading)}</a></li>`).join('');
  const items = doc.items
    .map(
      (i) =>
        `<section class="punkt" id="punkt-${i.number}"><h2 dir="auto">${text(i.heading)}</h2>` +
        `<p class="case">${text(i.caseNumber)}</p>${i.sections.map(sectionHtml).join('')}</section>`,
    )
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="da">',
    `<head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${PRINT_CSS}</style></head>`,
    `<body><header><h1 dir="auto">${text(doc.title)}</h1><dl class="header">${header}</dl></header>`,
    `<nav aria-label="Indholdsfortegnelse"><h2>Indholdsfortegnelse</h2><ol>${toc}</ol></nav>`,
    `<main>${items}</main></body></html>`,
    '',
  ].join('\n');
}

function sectionHtml(section: ReferatSection): string {
  const heading = section.heading === '' ? '' : `<h3>${escapeHtml(section.heading)}</h3>`;
  return heading + section.paragraphs.map((p) => `<p dir="auto"><bdi>${escapeHtml(p)}</bdi></p>`).join('');
}
