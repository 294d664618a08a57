/**
 * The database-backed store connectors keep their state in (ConnectorStore), on PGlite and on
 * PostgreSQL: single and grouped writes, writes only for new keys, and lists by key prefix, where
 * LIKE's own wildcards in a key must match only themselves.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { connectorStore } from './networks.js';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('connector store', () => {
  test('putMany writes every entry in one go, a key given twice keeps its last value, and other connectors do not see them', async () => {
    const store = connectorStore(handle.db, 'store_test');
    await store.put('post/a_1/p1', { text: 'old' });
    await store.putMany([
      { key: 'post/a_1/p1', value: { text: 'new' } },
      { key: 'post/a_1/p2', value: { text: 'second' } },
      { key: 'post/a_1/p2', value: { text: 'second, corrected' } },
      { key: 'account/a_1', value: { nextSeq: 3 } },
    ]);
    expect(await store.get('post/a_1/p1')).toEqual({ text: 'new' });
    expect(await store.get('post/a_1/p2')).toEqual({ text: 'second, corrected' });
    expect(await store.get('account/a_1')).toEqual({ nextSeq: 3 });
    expect(await connectorStore(handle.db, 'another').get('account/a_1')).toBeUndefined();
    await store.putMany([]);
  });

  test('putIfAbsent stores only a new key', async () => {
    const store = connectorStore(handle.db, 'store_test');
    expect(await store.putIfAbsent('taken/x', 1)).toBe(true);
    expect(await store.putIfAbsent('taken/x', 2)).toBe(false);
    expect(await store.get('taken/x')).toBe(1);
  });

  test('a list by prefix holds exactly the keys that start with it', async () => {
    const store = connectorStore(handle.db, 'store_list');
    // `_` and `%` are LIKE's wildcards: `ab_` must not match `abc`, nor `a%` match `ab`.
    await store.putMany(['ab_/1', 'ab_/2', 'abc/1', 'a%/1', 'ab/1', 'ab_'].map((key) => ({ key, value: key })));
    expect((await store.list('ab_/')).map((entry) => entry.key)).toEqual(['ab_/1', 'ab_/2']);
    expect((await store.list('a%')).map((entry) => entry.key)).toEqual(['a%/1']);
    expect((await store.list('ab')).map((entry) => entry.key).sort()).toEqual(['ab/1', 'ab_', 'ab_/1', 'ab_/2', 'abc/1']);
  });
});
