/**
 * The fonts every PDF Chorus writes embeds (strategy document, measurement reports): DejaVu Sans,
 * which covers Latin with Polish and Indonesian letters and Cyrillic, from the dejavu-fonts-ttf
 * package, so nothing is fetched and nothing depends on the machine's fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** Read once, on the first PDF: the two files are about 1.4 MB together. */
function pdfFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/**
 * A PDF drawn by `draw` on a document with the fonts registered as `regular` and `bold`, as bytes.
 * Whole in memory: Chorus' documents are a few pages.
 */
export function pdfBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const { regular, bold } = pdfFonts();
  const doc = new PDFDocument(options);
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}
