/**
 * The conformance peer: the fake Bot API behind a fault proxy, a channel with a discussion group
 * connected through the connector's own connect(), and other people acting on it.
 */
import type { AccountSession } from '../../contract.js';
import { testEnvironment } from '../../conformance/environment.js';
import { GARBAGE_BODY, HTML_ERROR_PAGE, startFaultProxy, type ProxyFault } from '../../conformance/fault-proxy.js';
import type { ConformancePeer, Fault, StoredPost } from '../../conformance/harness.js';
import telegram from '../index.js';
import { decodeRef, encodeRef } from '../message-ref.js';
import { FakeBotApi } from './fake-bot-api.js';
import type { FakeMessage } from './fake-world.js';

/** testConnection starts with getChat; publish sends with one of the send methods. */
const READ_PATH = /\/getChat$/;
const WRITE_PATH = /\/send(Message|Photo|MediaGroup|Poll)$/;
const RETRY_AFTER_SECONDS = 7;

const telegramError = (status: number, description: string, parameters?: Record<string, number>): ProxyFault => ({
  kind: 'respond',
  status,
  body: JSON.stringify({ ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) }),
});

export interface TelegramPeer extends ConformancePeer {
  fake: FakeBotApi;
}

export async function startTelegramPeer(): Promise<TelegramPeer> {
  const fake = new FakeBotApi();
  await fake.start();
  const proxy = await startFaultProxy(fake.url);
  const bot = fake.world.addBot('chorus_test_bot', 'Chorus');
  const { channel, group } = fake.createChannel(bot, { title: 'Chorus News', username: 'choruschannel', subscribers: 41 });
  const people = ['Ana', 'Budi', 'Olga', 'Piotr', 'Kenji'].map((name) => fake.addPerson(name, `${name.toLowerCase()}_reader`, group));
  let nextPerson = 0;
  /** Each reply from a different person, as the suite asks. */
  const person = () => {
    const chosen = people[nextPerson++ % people.length];
    if (!chosen) throw new Error('the peer has no people');
    return chosen;
  };

  const environment = testEnvironment({ endpoints: { api: proxy.url } });
  const connector = telegram.create(environment);
  const connected = await connector.connect?.({ botToken: bot.token, channel: '@choruschannel' });
  if (!connected) throw new Error('the Telegram connector has no connect()');
  const session: AccountSession = {
    accountId: 'telegram-conformance',
    externalId: connected.identity.externalId,
    handle: connected.identity.handle,
    settings: connected.settings,
    credentials: connected.credentials,
  };

  /** A group message's id as the connector sees it: a comment on a post's copy points at the post. */
  const inReplyTo = (message: FakeMessage): string | null => {
    const replied = message.reply_to_message;
    if (!replied) return null;
    const origin = replied.is_automatic_forward ? replied.forward_origin : undefined;
    return origin ? encodeRef(origin.chat.id, [origin.message_id]) : encodeRef(replied.chat.id, [replied.message_id]);
  };

  const readPost = async (externalId: string): Promise<StoredPost | null> => {
    const ref = decodeRef(externalId);
    const messages = ref.messageIds.map((id) => fake.message(ref.chatId, id));
    const [first] = messages;
    if (!first || messages.some((message) => message === undefined)) return null;
    return {
      text: first.text ?? first.poll?.question ?? first.caption ?? '',
      // Telegram photos have no alt text.
      altTexts: [],
      pollOptions: first.poll?.options.map((option) => option.text) ?? [],
      inReplyTo: inReplyTo(first),
    };
  };

  const faults: Record<Fault, ProxyFault> = {
    auth_expired: telegramError(401, 'Unauthorized'),
    auth_revoked: telegramError(401, 'Unauthorized'),
    rate_limited: telegramError(429, `Too Many Requests: retry after ${RETRY_AFTER_SECONDS}`, { retry_after: RETRY_AFTER_SECONDS }),
    invalid_content: telegramError(400, 'Bad Request: message is too long'),
    transient: telegramError(500, 'Internal Server Error'),
    html_error_page: HTML_ERROR_PAGE,
    garbage_body: GARBAGE_BODY,
  };

  return {
    fake,
    connector,
    session,
    readPost,
    engage: async (externalId, engagement) => {
      const ref = decodeRef(externalId);
      // Telegram has no likes or reposts a bot can see; replies are comments in the discussion group.
      for (const text of engagement.replies) fake.comment(person(), channel, ref.messageIds[0], text);
    },
    mention: async (text) => {
      fake.say(person(), group, text);
    },
    sendDirectMessage: async (text) => {
      fake.sendPrivate(person(), bot, text);
    },
    injectFault: (fault, on) => {
      proxy.injectNext(faults[fault], on === 'read' ? READ_PATH : WRITE_PATH);
      return fault === 'rate_limited' ? { resetAt: new Date(Date.now() + RETRY_AFTER_SECONDS * 1000) } : {};
    },
    dropNextAnswer: () => proxy.injectNext({ kind: 'drop_response' }, WRITE_PATH),
    requestCount: () => proxy.requests.length,
    skip: {
      'idempotent publish after a lost answer':
        'the Bot API cannot read a channel\'s history, so a post whose answer was lost cannot be found again; the connector has no findPublished and the pipeline marks such a post needs_check',
    },
    close: async () => {
      await proxy.close();
      await fake.close();
    },
  };
}
