/** A media store in a fresh temporary folder, for tests, benchmarks and tools that upload nothing lasting. */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalDiskStorage } from './storage.js';

export function temporaryMediaStorage(): { storage: LocalDiskStorage; remove: () => Promise<void> } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'chorus-media-'));
  return { storage: new LocalDiskStorage(root), remove: () => rm(root, { recursive: true, force: true }) };
}
