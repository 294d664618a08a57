/** Plain-text presentation for the terminal: aligned tables, sizes, the settings list for `--help`. */
import { SETTINGS } from '../config.js';

/** Columns padded to their widest cell; the last column is not padded. */
export function formatTable(headings: string[], rows: string[][]): string {
  const widths = headings.map((heading, index) => Math.max(heading.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headings), ...rows.map(line)].map((text) => `${text}\n`).join('');
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export const formatCount = (count: number, noun: string): string =>
  `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const EXAMPLES = [
  'chorus start                                   # everything in one process, embedded database in ./data',
  'chorus start --roles worker                    # one more worker (with DATABASE_URL set)',
  'chorus user create --email ann@example.com --name Ann --password-stdin < password.txt',
  'chorus workspace create --name Acme --owner ann@example.com --timezone Europe/Warsaw',
  'chorus backup chorus.backup.gz && chorus restore chorus.backup.gz --yes',
];

/** The environment settings and a few examples, for the root `--help`. */
export function settingsHelp(): string {
  const names = Object.keys(SETTINGS) as Array<keyof typeof SETTINGS>;
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${SETTINGS[name]}`);
  return (
    `\nSettings (environment variables; command-line flags override them):\n${lines.join('\n')}\n` +
    `\nExamples:\n${EXAMPLES.map((example) => `  ${example}`).join('\n')}\n`
  );
}

export const writeJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
