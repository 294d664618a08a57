/**
 * The fonts every PDF Chorus writes embeds (strategy document, measurement reports): DejaVu Sans,
 * which covers Latin with Polish and Indonesian letters and Cyrillic, from the dejavu-fonts-ttf
 * package, so nothing is fetched and nothing depends on the machine's fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** Read once, on the first PDF: the two files are about 1.4 MB together. */
export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}
