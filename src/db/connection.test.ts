import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from './connection.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-lock-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('embedded database folder', () => {
  test('a second opener is refused while the first holds it, and admitted after it closes or dies', async () => {
    const folder = path.join(dir, 'db');
    const first = await openDatabase({ pgliteDir: folder });
    await expect(openDatabase({ pgliteDir: folder })).rejects.toThrow(/in use by process \d+/);
    await first.close();

    // A lock left behind by a process that no longer exists is taken over.
    await fs.writeFile(`${folder}.lock`, '2147483646');
    const second = await openDatabase({ pgliteDir: folder });
    expect(await second.query<{ ok: number }>('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await second.close();
    await expect(fs.stat(`${folder}.lock`)).rejects.toThrow();
  }, 60_000);
});
