/**
 * Renders the strategy document as a PDF with pdfkit. The text is set in DejaVu Sans, embedded
 * from the `dejavu-fonts-ttf` package (a subset of the glyphs used), because PDF's built-in fonts
 * cover Latin-1 only: Polish and Russian documents would lose their letters.
 */
import { pdfBytes } from '../../pdf-fonts.js';
import type { Block, Span, StrategyDocument } from './model.js';


const SIZES = { title: 20, heading: 15, subheading: 12, body: 10.5 } as const;
const LINK_COLOUR = '#1a56db';
const TEXT_COLOUR = '#111111';

const BULLET_INDENT = 14;

/** Writes spans as one paragraph; a position starts it there and wraps it within `width`. */
function writeSpans(doc: PDFKit.PDFDocument, spans: Span[], at?: { x: number; y: number; width: number }): void {
  spans.forEach((part, index) => {
    const last = index === spans.length - 1;
    const options = { continued: !last, link: part.url ?? null, underline: Boolean(part.url) };
    doc.font(part.strong ? 'bold' : 'regular').fillColor(part.url ? LINK_COLOUR : TEXT_COLOUR);
    if (index === 0 && at) doc.text(part.text, at.x, at.y, { ...options, width: at.width });
    else doc.text(part.text, options);
  });
}

/** A bullet with a hanging indent, so wrapped lines stay aligned with the item's first line. */
function writeListItem(doc: PDFKit.PDFDocument, item: Span[]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  if (doc.y + doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y;
  doc.font('regular').fillColor(TEXT_COLOUR).text('•', left + 2, y, { lineBreak: false });
  writeSpans(doc, item, { x: left + BULLET_INDENT, y, width: width - BULLET_INDENT });
  doc.x = left;
}

function drawBlock(doc: PDFKit.PDFDocument, block: Block): void {
  switch (block.kind) {
    case 'title':
      doc.font('bold').fontSize(SIZES.title).fillColor(TEXT_COLOUR).text(block.text).moveDown(0.5);
      return;
    case 'heading':
      doc.moveDown(0.6).font('bold').fontSize(SIZES.heading).fillColor(TEXT_COLOUR).text(block.text).moveDown(0.3);
      return;
    case 'subheading':
      doc.moveDown(0.3).font('bold').fontSize(SIZES.subheading).fillColor(TEXT_COLOUR).text(block.text).moveDown(0.2);
      return;
    case 'paragraph':
      doc.fontSize(SIZES.body);
      writeSpans(doc, block.spans);
      doc.moveDown(0.4);
      return;
    case 'list':
      doc.fontSize(SIZES.body);
      for (const item of block.items) writeListItem(doc, item);
      doc.moveDown(0.4);
      return;
  }
}

/** The whole document in memory: a strategy is a few pages, well under a megabyte. */
export function renderPdf(document: StrategyDocument, createdAt: Date): Promise<Buffer> {
  return pdfBytes({ size: 'A4', margin: 56, lang: document.locale, info: { Title: document.title, Creator: 'Chorus', CreationDate: createdAt } }, (doc) => {
    for (const block of document.blocks) drawBlock(doc, block);
  });
}
