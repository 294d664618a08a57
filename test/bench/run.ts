/**
 * `npm run bench [-- <filter>]`: runs the benchmarks in this folder one after another (never in
 * parallel: they would compete for the same cores), prints one table and writes
 * test-artifacts/bench.json. A missed target is reported, not fatal; a benchmark that crashes
 * makes the exit code 1.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { apiLoad } from './api-load.js';
import { inbox } from './inbox.js';
import { links } from './links.js';
import { metrics } from './metrics.js';
import { publishing } from './publishing.js';
import { startup } from './startup.js';
import { repoRoot } from './support/chorus-process.js';
import { errorMessage } from './support/postgres.js';
import { describeTarget, meetsTarget, type Benchmark, type BenchResult } from './types.js';

const benchmarks: Benchmark[] = [startup, apiLoad, inbox, publishing, links, metrics];

interface Row extends BenchResult {
  verdict: 'pass' | 'FAIL' | 'skipped' | '';
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const selected = benchmarks.filter((bench) => !filter || bench.name.includes(filter));
  if (selected.length === 0) {
    process.stderr.write(`No benchmark matches "${filter}"; there are: ${benchmarks.map((b) => b.name).join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  const rows: Row[] = [];
  const loadAverages: Record<string, number> = {};
  for (const bench of selected) {
    process.stderr.write(`running ${bench.name}…\n`);
    loadAverages[bench.name] = os.loadavg()[0] ?? NaN;
    try {
      rows.push(...(await bench.run()).map(withVerdict));
    } catch (error) {
      rows.push({ name: bench.name, figure: undefined, unit: '', conditions: `failed: ${errorMessage(error)}`, verdict: 'FAIL' });
      process.exitCode = 1;
    }
  }
  process.stdout.write(formatTable(rows));
  process.stdout.write(describeLoad(loadAverages));
  const file = path.join(repoRoot, 'test-artifacts/bench.json');
  await fs.mkdir(path.dirname(file), { recursive: true });
  const machine = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model };
  await fs.writeFile(file, JSON.stringify({ at: new Date().toISOString(), machine, loadAverages, results: rows }, null, 2) + '\n');
  process.stdout.write(`\nwritten to ${path.relative(process.cwd(), file)}\n`);
}

/** Other work on the machine skews every figure here; say how busy it was when each benchmark began. */
function describeLoad(loadAverages: Record<string, number>): string {
  const cores = os.cpus().length;
  const figures = Object.entries(loadAverages).map(([name, load]) => `${name} ${load.toFixed(1)}`);
  const busy = Object.values(loadAverages).some((load) => load > cores);
  const warning = busy ? '; other processes were competing for the cores, so treat the figures as pessimistic' : '';
  return `\n1-minute load average at the start (${cores} cores): ${figures.join(', ')}${warning}\n`;
}

function withVerdict(result: BenchResult): Row {
  if (result.skipped !== undefined || result.figure === undefined) return { ...result, verdict: 'skipped' };
  if (!result.target) return { ...result, verdict: '' };
  return { ...result, verdict: meetsTarget(result.figure, result.target) ? 'pass' : 'FAIL' };
}

function formatTable(rows: Row[]): string {
  const header = ['name', 'figure', 'unit', 'target', 'result', 'conditions'];
  const cells = rows.map((r) => [
    r.name,
    r.figure === undefined ? '-' : formatFigure(r.figure),
    r.unit,
    r.target ? describeTarget(r.target) : '',
    r.verdict,
    r.skipped !== undefined ? `skipped: ${r.skipped}` : r.conditions,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)));
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...cells.map(line)].join('\n') + '\n';
}

/** Whole numbers from 100 up; one decimal below, where a tenth still says something. */
function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

await main();
