/**
 * The real server for browser tests: `node bin/chorus.js start` in a child process on a fresh
 * embedded database, with its ready line and one-time setup link read from its output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** A fresh embedded database is created and migrated on first start, which takes a while. */
const START_TIMEOUT_MS = 90_000;
export const STOP_TIMEOUT_MS = 12_000;

export interface RunningServer {
  child: ChildProcess;
  url: string;
  setupUrl: string;
  /** Everything the process wrote, for the failure message. */
  output: string[];
}

/**
 * Starts `node bin/chorus.js start` on a free port and waits for its ready line and setup link;
 * `env` adds settings a test needs (e.g. a faster inbox poll).
 */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['bin/chorus.js', 'start'], {
    cwd: ROOT,
    env: { ...process.env, CHORUS_DATA_DIR: dataDir, CHORUS_PORT: '0', CHORUS_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout });

  return new Promise<RunningServer>((resolve, reject) => {
    let url: string | undefined;
    let expectSetupLink = false;
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}; it wrote:\n${output.join('')}`));
    };
    const timer = setTimeout(() => fail(`chorus start was not ready within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.once('exit', (code, signal) => fail(`chorus start exited early (code ${code}, signal ${signal})`));
    lines.on('line', (line) => {
      output.push(`${line}\n`);
      const ready = /^Chorus is ready at (\S+) \(/.exec(line);
      if (ready?.[1]) url = ready[1];
      if (line.startsWith('First start: open this one-time link')) expectSetupLink = true;
      else if (expectSetupLink && url && line.trim().startsWith(`${url}/setup?token=`)) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ child, url, setupUrl: line.trim(), output });
      }
    });
  });
}

/** Sends SIGTERM and waits for the exit, up to the stop limit. */
export async function stopServer(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode, ms: 0 };
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
  });
  const result = await Promise.race([exited, limit]);
  clearTimeout(timer);
  if (result === 'timeout') {
    child.kill('SIGKILL');
    throw new Error(`chorus did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM`);
  }
  return { ...result, ms: Date.now() - started };
}

