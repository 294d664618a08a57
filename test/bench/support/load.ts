/**
 * Drives HTTP load with autocannon in its own process: a load generator inside the server's
 * process would steal the server's event loop and measure itself.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './chorus-process.js';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

// Only the fields the benchmarks report; autocannon's JSON result holds many more.
const resultSchema = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  duration: z.number(),
});
export type LoadResult = z.infer<typeof resultSchema>;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const args = [
    path.join(repoRoot, 'node_modules/autocannon/autocannon.js'),
    ...['--connections', String(options.connections), '--duration', String(options.durationSeconds)],
    // Warm-up lets the JIT and the connection pools settle; it is left out of the figures.
    ...['--warmup', '[', '-c', String(options.connections), '-d', String(options.warmupSeconds), ']'],
    ...Object.entries(options.headers).flatMap(([name, value]) => ['--headers', `${name}=${value}`]),
    '--json',
    options.url,
  ];
  // With a warm-up autocannon prints two JSON lines; the last one is the measured run.
  return lastJsonLineOf('autocannon', args, {}, resultSchema);
}

/**
 * Runs Node with `args` in its own process and answers the last line it printed, read as JSON by
 * `schema`; `what` names it in the error when it fails.
 */
export function lastJsonLineOf<T>(what: string, args: readonly string[], env: NodeJS.ProcessEnv, schema: z.ZodType<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      try {
        resolve(schema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')));
      } catch (error) {
        reject(new Error(`${what} exited with ${code}: ${stderr.slice(-300) || String(error)}`));
      }
    });
  });
}
