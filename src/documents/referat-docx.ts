/**
 * The referat as a Word document (DOCX) with the `docx` package: the forum's header block, a table
 * of contents (a TOC field Word updates, pre-filled with the punkter), Heading 1 per punkt and
 * Heading 2 per section (Word's built-in heading styles, so the navigation pane and the TOC see
 * them), and "Side N af M" in the footer. Same blocks as the print page (referat-document.ts).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableBorders,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Meeting } from '../domain/meeting';
import { referatDocument, type ReferatDocument, type ReferatOptions } from '../domain/referat/referat-document';

/** The document model (before packing), for callers that pack it themselves (Blob in the browser). */
export function referatDocx(meeting: Meeting, options: ReferatOptions = {}): Document {
  const doc = referatDocument(meeting, options);
  return new Document({
    creator: 'Punkt',
    title: doc.title,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(doc.title)] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          headerBlock(doc),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Indholdsfortegnelse')], pageBreakBefore: false }),
          new TableOfContents('Indholdsfortegnelse', { hyperlink: true, headingStyleRange: '1-1' }),
          ...doc.items.flatMap(itemParagraphs),
        ],
      },
    ],
  });
}

/** The packed .docx file. */
export async function referatDocxBytes(meeting: Meeting, options: ReferatOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(referatDocx(meeting, options)));
}

/** Mødedato, Mødested, Mødedeltagere as a two-column table without borders, as the forum's documents. */
function headerBlock(doc: ReferatDocument): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: doc.header.map(
      (h) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 20, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: h.label, bold: true })] })],
            }),
            new TableCell({ width: { size: 80, type: WidthType.PERCENTAGE }, children: [new Paragraph(h.value)] }),
          ],
        }),
    ),
  });
}

function itemParagraphs(item: ReferatDocument['items'][number]): Paragraph[] {
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(item.heading)] }),
    new Paragraph({ children: [new TextRun(item.caseNumber)] }),
  ];
  for (const section of item.sections) {
    if (section.heading !== '') out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    for (const text of section.paragraphs) out.push(new Paragraph({ children: lines(text) }));
  }
  return out;
}

/** A paragraph's lines as runs with line breaks between them (a table row, a list item each). */
function lines(text: string): TextRun[] {
  return text.split('\n').map((line, k) => new TextRun({ text: line, break: k === 0 ? 0 : 1 }));
}
