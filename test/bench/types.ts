/** What every benchmark module exports, and the rows it reports. */

/** A budget a figure is held to: `atMost` for times and memory, `atLeast` for throughput. */
export type Target = { atMost: number } | { atLeast: number };

export interface BenchResult {
  name: string;
  /** The measured figure; `undefined` when the measurement was skipped. */
  figure: number | undefined;
  unit: string;
  /** How it was measured: database, runs, load shape, machine; enough to repeat it. */
  conditions: string;
  target?: Target;
  /** Why nothing was measured (for example, PostgreSQL unreachable). */
  skipped?: string;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchResult[]>;
}

export function row(name: string, figure: number, unit: string, conditions: string, target?: Target): BenchResult {
  return target ? { name, figure, unit, conditions, target } : { name, figure, unit, conditions };
}

/** A row that says why a measurement could not be taken, instead of failing the whole run. */
export function skippedRow(name: string, unit: string, reason: string): BenchResult {
  return { name, figure: undefined, unit, conditions: '', skipped: reason };
}

export function meetsTarget(figure: number, target: Target): boolean {
  return 'atMost' in target ? figure <= target.atMost : figure >= target.atLeast;
}

export function describeTarget(target: Target): string {
  return 'atMost' in target ? `≤ ${target.atMost}` : `≥ ${target.atLeast}`;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? NaN;
  return (lower + upper) / 2;
}
