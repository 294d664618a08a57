/**
 * A one-line progress bar on a terminal (redrawn in place, at most ten times a second). On
 * anything that is not a terminal it draws nothing, so logs and pipes stay clean.
 */
import type { CliOutput } from './io.js';

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Removes the bar, leaving the line free for the summary. */
  finish(): void;
}

export function createProgressBar(output: CliOutput, label: string, now: () => number = Date.now): ProgressBar {
  if (!output.isTTY) return { update: () => undefined, finish: () => undefined };
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (done < total && time - lastDraw < REDRAW_MS) return;
      lastDraw = time;
      drawn = true;
      output.write(`\r\x1b[2K${renderProgress(label, done, total)}`);
    },
    finish() {
      if (drawn) output.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** `label [#########---------------]  37%  1,234/3,300 rows` */
export function renderProgress(label: string, done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
  const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows`;
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${percent}  ${counts}`;
}
