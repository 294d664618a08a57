/**
 * Telegram channels through the Bot API. There is no findPublished: a bot cannot read a
 * channel's history (no such Bot API method), so after an outcome_unknown publish the pipeline
 * must mark the post needs_check rather than look for it or publish again.
 * No postMetrics either: the Bot API exposes no view counts.
 */
import { z } from 'zod';
import { defineConnector, type Connector, type ConnectorEnvironment } from '../contract.js';
import { channelSession, connectChannel, testChannel } from './account.js';
import { fetchUpdates } from './inbound.js';
import { manifest } from './manifest.js';
import { deletePost, publishPost } from './publish.js';
import { replyTo } from './reply.js';
import { measureText } from './text.js';

function createTelegram(environment: ConnectorEnvironment): Connector {
  const channelOf = (session: Parameters<typeof channelSession>[1]) => channelSession(environment, session);
  return {
    manifest,
    measureText,
    connect: (fields) => connectChannel(environment, fields),
    testConnection: (call) => testChannel(environment, call.session),
    publish: (call, request) => publishPost(channelOf(call.session), environment.store, request),
    delete: (call, externalId) => deletePost(channelOf(call.session), externalId),
    accountMetrics: async (call) => {
      const channel = channelOf(call.session);
      // https://core.telegram.org/bots/api#getchatmembercount
      const followers = await channel.api.call('getChatMemberCount', { chat_id: channel.channelId }, z.number().int(), { write: false });
      return { followers };
    },
    fetchInbound: (call, cursor) => fetchUpdates(channelOf(call.session), environment.store, cursor),
    reply: (call, request) => replyTo(channelOf(call.session), environment.store, request),
  };
}

export default defineConnector({ manifest, create: createTelegram });
