/**
 * Runs Chorus as a child process, the way an operator does (`node bin/chorus.js start`), so that
 * startup time, memory and request rates are those of the real program and not of the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ChorusOptions {
  dataDir: string;
  /** A PostgreSQL URL; without one Chorus uses the embedded PGlite database in `dataDir`. */
  databaseUrl?: string | undefined;
}

export interface StopResult {
  ms: number;
  /** False when the process outlived the grace period and had to be killed. */
  exitedInTime: boolean;
  code: number | null;
}

/** Chorus has 10 s to finish jobs in progress; a stop that takes longer than this is a hang. */
export const STOP_GRACE_MS = 12_000;

/** The repository root, found from here both in test/bench (sources) and dist/test/bench (build). */
export const repoRoot = findUp(path.dirname(fileURLToPath(import.meta.url)), 'bin/chorus.js');

const children = new Set<ChildProcess>();
// A crashed benchmark must not leave servers behind that skew the next run.
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

export class ChorusProcess {
  private stdout = '';
  private stderr = '';
  private exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    /** performance.now() just before the spawn. */
    readonly spawnedAt: number,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    void this.exited.then(() => children.delete(child));
  }

  static async spawn(options: ChorusOptions): Promise<ChorusProcess> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, CHORUS_PORT: String(port), CHORUS_DATA_DIR: options.dataDir, CHORUS_LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.CHORUS_ROLES; // all roles: the all-in-one process is what the targets are about
    if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, startArguments(), { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    return new ChorusProcess(child, `http://127.0.0.1:${port}`, spawnedAt);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('Chorus did not start');
    return this.child.pid;
  }

  /** Polls /readyz every 25 ms; resolves with the milliseconds since the spawn. */
  async waitUntilReady(timeoutMs = 60_000): Promise<number> {
    const deadline = this.spawnedAt + timeoutMs;
    while (performance.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`Chorus exited with ${this.child.exitCode}: ${this.stderr.slice(-500)}`);
      const status = await fetch(`${this.baseUrl}/readyz`, { signal: AbortSignal.timeout(1_000) }).then(
        (response) => response.status,
        () => 0, // not listening yet
      );
      if (status === 200) return performance.now() - this.spawnedAt;
      await sleep(25);
    }
    throw new Error(`Chorus was not ready within ${timeoutMs} ms: ${this.stderr.slice(-500)}`);
  }

  /** The token of the one-time setup link Chorus prints on a first start. */
  async setupToken(timeoutMs = 5_000): Promise<string> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const token = /\/setup\?token=(\S+)/.exec(this.stdout)?.[1];
      if (token) return token;
      if (performance.now() > deadline) throw new Error(`no setup link in the output: ${this.stdout.slice(-500)}`);
      await sleep(25);
    }
  }

  /** The end of what the process wrote (its logs go to stdout), for a report of what went wrong. */
  outputTail(chars = 1_000): string {
    return `${this.stdout.slice(-chars)}${this.stderr.slice(-chars)}`;
  }

  /**
   * CPU time the process has used, user and system, in seconds, from /proc; undefined off Linux.
   * /proc counts in clock ticks, 100 a second on every Linux Node supports.
   */
  cpuSeconds(): number | undefined {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    } catch {
      return undefined;
    }
    // The command name in parentheses may hold spaces; the fields after it are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  }

  /** Resident and peak resident memory in MB (10^6 bytes), from /proc; undefined off Linux. */
  memory(): { rssMb: number; peakMb: number } | undefined {
    let status: string;
    try {
      status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    } catch {
      return undefined;
    }
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: (kilobytes('VmRSS') * 1024) / 1e6, peakMb: (kilobytes('VmHWM') * 1024) / 1e6 };
  }

  /** Sends SIGTERM and waits for the exit; kills the process if it outlives `STOP_GRACE_MS`. */
  async stop(): Promise<StopResult> {
    const started = performance.now();
    if (this.child.exitCode !== null) return { ms: 0, exitedInTime: true, code: this.child.exitCode };
    this.child.kill('SIGTERM');
    const outcome = await Promise.race([this.exited.then((code) => ({ code })), sleep(STOP_GRACE_MS).then(() => undefined)]);
    const ms = performance.now() - started;
    if (outcome) return { ms, exitedInTime: true, code: outcome.code };
    this.child.kill('SIGKILL');
    return { ms, exitedInTime: false, code: await this.exited };
  }
}

/** The CLI when it is built; before that, the runtime started the way the CLI would start it. */
function startArguments(): string[] {
  if (fs.existsSync(path.join(repoRoot, 'dist/src/cli/main.js'))) return ['bin/chorus.js', 'start'];
  const module = (file: string) => JSON.stringify(pathToFileURL(path.join(repoRoot, file)).href);
  const script = [
    `const { loadConfig } = await import(${module('dist/src/config.js')});`,
    `const { startChorus } = await import(${module('dist/src/runtime/start.js')});`,
    'await startChorus(loadConfig(process.env));',
  ].join('\n');
  return ['--input-type=module', '-e', script];
}

/** A port nobody listens on now; Chorus gets it up front so /readyz can be polled from the spawn. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function findUp(start: string, marker: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, marker))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no ${marker} above ${start}`);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
