import { describe, expect, it } from 'vitest';
import { deleteSimulatedItem, editSimulatedItem, readSandboxPost, WELCOME_POST_TEXT } from './simulation.js';
import { connectedSandbox, HOUR, required, textPost } from './testing/setup.js';

describe('sandbox simulated activity', () => {
  it('comments on the latest post, creating a first post when there is none; mentions and messages by the given person', async () => {
    const fixture = await connectedSandbox({ organic: 'off' });
    const simulate = required(fixture.connector.simulate);
    const fetchInbound = required(fixture.connector.fetchInbound);
    await simulate(fixture.call(), { kind: 'comment', text: 'First!', authorHandle: 'ana', authorFollowers: 42 });
    const first = await fetchInbound(fixture.call(), null);
    const [comment] = first.items;
    expect(comment).toMatchObject({ kind: 'comment', text: 'First!', author: { handle: 'ana', followers: 42 } });
    expect(await readSandboxPost(fixture.store, comment?.rootPostId ?? '')).toMatchObject({ text: WELCOME_POST_TEXT });

    fixture.clock.advance(HOUR);
    const latest = await required(fixture.connector.publish)(fixture.call(), textPost('New bread today'));
    fixture.clock.advance(HOUR);
    await simulate(fixture.call(), { kind: 'comment', text: 'Yum' });
    await simulate(fixture.call(), { kind: 'mention', text: 'Go to @coffee_corner', authorHandle: 'bo' });
    await simulate(fixture.call(), { kind: 'direct_message', text: 'Hi', authorHandle: 'cy' });
    const next = await fetchInbound(fixture.call(), first.cursor);
    expect(next.items.map((item) => [item.kind, item.rootPostId, item.author.handle === 'bo' || item.author.handle === 'cy' ? item.author.handle : 'seeded'])).toEqual([
      ['comment', latest.externalId, 'seeded'],
      ['mention', null, 'bo'],
      ['direct_message', null, 'cy'],
    ]);
  });

  it('reports edits and deletions of items read before, and leaves out what did not change', async () => {
    const fixture = await connectedSandbox({ organic: 'off' });
    const simulate = required(fixture.connector.simulate);
    for (const text of ['one', 'two', 'three']) await simulate(fixture.call(), { kind: 'mention', text });
    const ids = (await required(fixture.connector.fetchInbound)(fixture.call(), null)).items.map((item) => item.externalId);
    const [edited, deleted, kept] = ids;
    const at = new Date(fixture.clock.now().getTime() + HOUR);
    await editSimulatedItem(fixture.store, edited ?? '', 'one, edited', at);
    await deleteSimulatedItem(fixture.store, deleted ?? '', at);
    expect(await required(fixture.connector.refreshInbound)(fixture.call(), ids)).toEqual([
      { externalId: edited, deleted: false, text: 'one, edited', editedAt: at },
      { externalId: deleted, deleted: true },
    ]);
    expect(kept).toBeDefined();
    await expect(editSimulatedItem(fixture.store, 'coffee_corner:p1:c0', 'x', at)).rejects.toThrow(/levers/);
  });

  it('reports the comments under a deleted post as deleted', async () => {
    const fixture = await connectedSandbox({ organic: 'off' });
    await required(fixture.connector.simulate)(fixture.call(), { kind: 'comment', text: 'Nice' });
    const [comment] = (await required(fixture.connector.fetchInbound)(fixture.call(), null)).items;
    await required(fixture.connector.delete)(fixture.call(), comment?.rootPostId ?? '');
    expect(await required(fixture.connector.refreshInbound)(fixture.call(), [comment?.externalId ?? ''])).toEqual([{ externalId: comment?.externalId, deleted: true }]);
  });
});
