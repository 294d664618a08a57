/**
 * Checks on a downloaded PDF: its first page rendered by poppler's pdftoppm (from Debian's
 * poppler-utils, installed by .ci/run) must not be blank. A copy is kept as a PNG in the artifacts.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Share of dark pixels on a greyscale PGM (P5) image: 0 for a blank page. */
function darkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header?.[0]) throw new Error('not a binary PGM image');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark += 1;
  return dark / pixels.length;
}

/**
 * Writes the PDF into `workDir`, renders its first page in greyscale and returns the share of dark
 * pixels; also saves the page as `<artifact>-1.png` for a person to look at.
 */
export async function firstPageDarkShare(pdf: Buffer, workDir: string, artifact: string): Promise<number> {
  const pdfFile = path.join(workDir, `${path.basename(artifact)}.pdf`);
  await fs.writeFile(pdfFile, pdf);
  const prefix = path.join(workDir, `${path.basename(artifact)}-page`);
  await run('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-gray', pdfFile, prefix]);
  const rendered = (await fs.readdir(workDir)).find((name) => name.startsWith(path.basename(prefix)) && name.endsWith('.pgm'));
  if (!rendered) throw new Error('pdftoppm rendered no page');
  await run('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', pdfFile, artifact]);
  return darkShare(await fs.readFile(path.join(workDir, rendered)));
}
