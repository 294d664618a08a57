/** Entry point of the `chorus` binary (bin/chorus.js imports the build of this file). */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { openConfiguredDatabase } from './context.js';
import { processIO } from './io.js';
import { runCli } from './program.js';

// Loaded only by `start`, so operator commands do not pay for the HTTP server and the job engine.
async function startChorus(config: Config): Promise<unknown> {
  const runtime = await import('../runtime/start.js');
  return runtime.startChorus(config);
}

/** The version in package.json, found from here both under src/ (tsx, Vitest) and dist/src/ (build). */
async function readVersion(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const text = await fs.readFile(path.join(dir, 'package.json'), 'utf8');
      const manifest = JSON.parse(text) as { name?: string; version?: string };
      if (manifest.name === 'chorus' && manifest.version) return manifest.version;
    } catch {
      // no package.json here; look one folder up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

process.exitCode = await runCli(
  process.argv.slice(2),
  { io: processIO(), openDatabase: openConfiguredDatabase, startChorus },
  await readVersion(),
);
