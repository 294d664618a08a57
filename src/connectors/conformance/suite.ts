/**
 * The conformance suite: the same cases for every connector, run against its local peer. A case
 * is skipped only when the manifest does not claim the capability or the harness gives a reason.
 * Usage, in `src/connectors/<network>/<network>.conformance.test.ts`:
 *   describeConformance('bluesky', () => startBlueskyPeer());
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES, type Capability, type Connector, type ConnectorCall, type FailureKind, type PublishRequest } from '../contract.js';
import { failureOf, TINY_PNG, type CaseName, type ConformancePeer, type Fault } from './harness.js';

const NEEDS: Partial<Record<CaseName, Capability>> = {
  'publish and read back': 'publish.text',
  'publish with images': 'publish.images',
  'publish a thread': 'publish.thread',
  'publish a poll': 'publish.poll',
  delete: 'delete',
  'idempotent publish after a lost answer': 'publish.text',
  'post metrics': 'metrics.post',
  'account metrics': 'metrics.account',
  'comments and mentions': 'inbound.comments',
  'direct messages': 'inbound.direct_messages',
  reply: 'reply',
  search: 'search',
};

/** Which method each capability needs, so a manifest cannot claim what the code does not do. */
const METHOD_OF: Record<Capability, keyof Connector> = {
  'publish.text': 'publish',
  'publish.images': 'publish',
  'publish.video': 'publish',
  'publish.link': 'publish',
  'publish.poll': 'publish',
  'publish.thread': 'publish',
  'publish.first_comment': 'publish',
  'publish.content_warning': 'publish',
  delete: 'delete',
  'metrics.account': 'accountMetrics',
  'metrics.post': 'postMetrics',
  'inbound.comments': 'fetchInbound',
  'inbound.mentions': 'fetchInbound',
  'inbound.direct_messages': 'fetchInbound',
  reply: 'reply',
  search: 'search',
};

const FAULTS: { fault: Fault; on: 'read' | 'write'; kind: FailureKind }[] = [
  { fault: 'auth_expired', on: 'read', kind: 'auth_expired' },
  { fault: 'auth_revoked', on: 'read', kind: 'auth_revoked' },
  { fault: 'rate_limited', on: 'read', kind: 'rate_limited' },
  { fault: 'transient', on: 'read', kind: 'transient' },
  { fault: 'html_error_page', on: 'read', kind: 'transient' },
  { fault: 'garbage_body', on: 'read', kind: 'transient' },
  { fault: 'invalid_content', on: 'write', kind: 'invalid_content' },
  { fault: 'html_error_page', on: 'write', kind: 'transient' },
  { fault: 'garbage_body', on: 'write', kind: 'outcome_unknown' },
];

function textPost(text: string, key = randomUUID()): PublishRequest {
  return { idempotencyKey: key, parts: [{ text, media: [] }] };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function describeConformance(name: string, start: () => Promise<ConformancePeer>): void {
  describe(`${name} connector conformance`, () => {
    let peer: ConformancePeer;
    const observed: { bucket: string; remaining: number; resetAt: Date }[] = [];
    const call = (): ConnectorCall => ({ session: peer.session, observeRateLimit: (observation) => observed.push(observation) });
    const required = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`the connector or its harness lacks ${what}`);
      return value;
    };

    beforeAll(async () => {
      peer = await start();
    }, 120_000);
    afterAll(async () => {
      await peer?.close();
    });

    // Decided when the case runs, because the peer (and its manifest) exists only after beforeAll.
    const runCase = (caseName: CaseName, body: () => Promise<void>, timeout = 30_000) =>
      it(caseName, async (context) => {
        const reason = peer.skip?.[caseName];
        const capability = NEEDS[caseName];
        if (reason) context.skip(`skipped: ${reason}`);
        else if (capability && !peer.connector.manifest.capabilities.includes(capability)) {
          context.skip(`skipped: the manifest does not claim ${capability}`);
        } else await body();
      }, timeout);

    runCase('manifest', async () => {
      const { manifest } = peer.connector;
      expect(manifest.id).toBe(name);
      for (const capability of manifest.capabilities) {
        expect(CAPABILITIES).toContain(capability);
        expect(typeof peer.connector[METHOD_OF[capability]], `${capability} needs ${METHOD_OF[capability]}()`).toBe('function');
      }
      expect(manifest.docs.length).toBeGreaterThan(0);
      // A network's documentation page, or for figures of Chorus' own (the sandbox) this repository's docs.
      for (const budget of manifest.rateBudgets) expect(budget.source).toMatch(/^(https:\/\/|docs\/)/);
      expect(peer.connector.measureText('hello')).toBe(5);
      expect(manifest.limits.text.maxLength).toBeGreaterThan(0);
      if (manifest.connect.kind === 'credentials') expect(typeof peer.connector.connect).toBe('function');
      else expect(peer.connector.oauth).toBeDefined();
    });

    runCase('test connection', async () => {
      const identity = await peer.connector.testConnection(call());
      expect(identity.externalId).toBe(peer.session.externalId);
      expect(identity.handle).toBeTruthy();
    });

    runCase('publish and read back', async () => {
      const text = `Conformance ${randomUUID().slice(0, 8)}: hello from Chorus #chorus`;
      const published = await required(peer.connector.publish, 'publish')(call(), textPost(text));
      expect(published.partIds[0]).toBe(published.externalId);
      const stored = await peer.readPost(published.externalId);
      expect(stored?.text).toBe(text);
    });

    runCase('publish with images', async () => {
      const published = await required(peer.connector.publish, 'publish')(call(), {
        idempotencyKey: randomUUID(),
        parts: [{ text: 'A picture', media: [{ kind: 'image', mimeType: 'image/png', fileName: 'red.png', bytes: TINY_PNG, altText: 'A red dot' }] }],
      });
      const stored = await peer.readPost(published.externalId);
      expect(stored?.altTexts).toEqual(peer.connector.manifest.limits.media.altTextMaxLength === null ? [] : ['A red dot']);
    });

    runCase('publish a thread', async () => {
      const published = await required(peer.connector.publish, 'publish')(call(), {
        idempotencyKey: randomUUID(),
        parts: [
          { text: 'Thread 1/2', media: [] },
          { text: 'Thread 2/2', media: [] },
        ],
      });
      expect(published.partIds).toHaveLength(2);
      const second = await peer.readPost(required(published.partIds[1], 'a second part'));
      expect(second?.text).toBe('Thread 2/2');
      expect(second?.inReplyTo).toBe(published.partIds[0]);
    });

    runCase('publish a poll', async () => {
      const published = await required(peer.connector.publish, 'publish')(call(), {
        ...textPost('Which do you prefer?'),
        poll: { options: ['Tea', 'Coffee'], durationMinutes: 60 * 24, multipleChoice: false },
      });
      const stored = await peer.readPost(published.externalId);
      expect(stored?.pollOptions).toEqual(['Tea', 'Coffee']);
    });

    runCase('delete', async () => {
      const published = await required(peer.connector.publish, 'publish')(call(), textPost('To be deleted'));
      await required(peer.connector.delete, 'delete')(call(), published.externalId);
      expect(await peer.readPost(published.externalId)).toBeNull();
    });

    runCase('idempotent publish after a lost answer', async () => {
      const request = textPost(`Exactly once ${randomUUID().slice(0, 8)}`);
      const since = new Date(Date.now() - 60_000);
      peer.dropNextAnswer();
      const failure = await failureOf(required(peer.connector.publish, 'publish')(call(), request));
      expect(failure.kind).toBe('outcome_unknown');
      const found = await required(peer.connector.findPublished, 'findPublished')(call(), request, since);
      expect(found).not.toBeNull();
      expect((await peer.readPost(required(found?.externalId, 'the found post')))?.text).toBe(request.parts[0].text);
      // A second publish with the same key must not create a second post: either the network
      // refuses the duplicate or findPublished is how the pipeline avoids it.
      const unpublished = await required(peer.connector.findPublished, 'findPublished')(call(), textPost('never published'), since);
      expect(unpublished).toBeNull();
    });

    runCase('post metrics', async () => {
      const published = await required(peer.connector.publish, 'publish')(call(), textPost('Like me'));
      await required(peer.engage, 'engage')(published.externalId, { likes: 2, reposts: 1, replies: ['Nice!'] });
      const [metrics] = await eventually(
        () => required(peer.connector.postMetrics, 'postMetrics')(call(), [published.externalId]),
        (list) => list[0]?.likes === 2 && list[0]?.replies === 1,
      );
      expect(metrics).toMatchObject({ externalId: published.externalId, likes: 2, reposts: 1, replies: 1 });
    });

    runCase('account metrics', async () => {
      const metrics = await required(peer.connector.accountMetrics, 'accountMetrics')(call());
      expect(typeof metrics.followers).toBe('number');
    });

    runCase('comments and mentions', async () => {
      const fetchInbound = required(peer.connector.fetchInbound, 'fetchInbound');
      // Start from "now": whatever happened before is not this case's business.
      let cursor = (await fetchInbound(call(), null)).cursor;
      const drain = async () => {
        const all = [];
        for (let page = 0; page < 20; page += 1) {
          const result = await fetchInbound(call(), cursor);
          all.push(...result.items);
          cursor = result.cursor;
          if (result.items.length === 0) break;
        }
        return all;
      };
      const published = await required(peer.connector.publish, 'publish')(call(), textPost('Tell us what you think'));
      const marker = randomUUID().slice(0, 8);
      await required(peer.engage, 'engage')(published.externalId, { likes: 0, reposts: 0, replies: [`Great post ${marker}`] });
      const wantsMentions = peer.connector.manifest.capabilities.includes('inbound.mentions');
      if (wantsMentions) await required(peer.mention, 'mention')(`Hello @${peer.session.handle} ${marker}`);
      const items = await eventually(drain, (list) => list.some((item) => item.text.includes(marker)));
      const comment = items.find((item) => item.kind === 'comment' && item.text.includes(marker));
      expect(comment).toMatchObject({ rootPostId: published.externalId });
      expect(comment?.author.handle).toBeTruthy();
      if (wantsMentions) {
        const mentions = wantsMentions ? await eventually(async () => [...items, ...(await drain())], (list) => list.some((item) => item.kind === 'mention')) : [];
        expect(mentions.find((item) => item.kind === 'mention')?.text).toContain(marker);
      }
      // The cursor moved past what was read: nothing comes twice.
      const again = await drain();
      expect(again.filter((item) => item.externalId === comment?.externalId)).toEqual([]);
    });

    runCase('direct messages', async () => {
      const fetchInbound = required(peer.connector.fetchInbound, 'fetchInbound');
      const first = await fetchInbound(call(), null);
      const marker = randomUUID().slice(0, 8);
      await required(peer.sendDirectMessage, 'sendDirectMessage')(`Where is my order? ${marker}`);
      const page = await eventually(() => fetchInbound(call(), first.cursor), (result) => result.items.some((item) => item.text.includes(marker)));
      const message = page.items.find((item) => item.text.includes(marker));
      expect(message).toMatchObject({ kind: 'direct_message' });
      expect(message?.conversationId).toBeTruthy();
    });

    runCase('reply', async () => {
      const published = await required(peer.connector.publish, 'publish')(call(), textPost('Ask us anything'));
      const reply = await required(peer.connector.reply, 'reply')(call(), {
        idempotencyKey: randomUUID(),
        to: { externalId: published.externalId, kind: 'comment', conversationId: null, rootPostId: published.externalId },
        text: 'Thanks for asking!',
      });
      const stored = await peer.readPost(reply.externalId);
      expect(stored).toMatchObject({ text: 'Thanks for asking!', inReplyTo: published.externalId });
    });

    runCase('search', async () => {
      const marker = `chorus${randomUUID().slice(0, 8)}`;
      await required(peer.postByOther, 'postByOther')(`Has anyone tried ${marker}?`);
      const page = await eventually(
        () => required(peer.connector.search, 'search')(call(), marker, null),
        (result) => result.items.length > 0,
      );
      expect(page.items[0]?.text).toContain(marker);
    });

    runCase('failure kinds', async () => {
      const publish = required(peer.connector.publish, 'publish');
      const secrets = Object.values(peer.session.credentials).filter((value) => value.length >= 8);
      for (const { fault, on, kind } of FAULTS) {
        if (on === 'write' && !peer.connector.manifest.capabilities.includes('publish.text')) continue;
        // Credentials that cannot be refreshed never expire (bot tokens): no answer of such a
        // network means auth_expired, so there is nothing to map.
        if (fault === 'auth_expired' && !peer.connector.refresh) continue;
        peer.injectFault(fault, on);
        const failure = await failureOf(on === 'read' ? peer.connector.testConnection(call()) : publish(call(), textPost('Fault case')));
        expect(failure.kind, `${fault} on a ${on}`).toBe(kind);
        expect(failure.message.length, `${fault} explains itself`).toBeGreaterThan(10);
        expect(failure.message).not.toMatch(/<html|<!DOCTYPE/i);
        for (const secret of secrets) expect(failure.message, `${fault} keeps credentials out of the message`).not.toContain(secret);
      }
    });

    runCase('rate limit reset', async () => {
      const { resetAt } = peer.injectFault('rate_limited', 'read');
      const failure = await failureOf(peer.connector.testConnection(call()));
      expect(failure.kind).toBe('rate_limited');
      expect(resetAt).toBeDefined();
      // The network's own reset time, to the second.
      expect(Math.abs((failure.resetAt?.getTime() ?? 0) - (resetAt?.getTime() ?? 0))).toBeLessThanOrEqual(1000);
    });
  });
}
