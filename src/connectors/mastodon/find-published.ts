/**
 * Finding a post whose answer was lost. Mastodon keeps an Idempotency-Key for an hour, but the
 * only way to use it is to send the post again, which publishes it when the first attempt never
 * arrived; so this reads the account's own statuses since the attempt
 * (GET /api/v1/accounts/:id/statuses, https://docs.joinmastodon.org/methods/accounts/#statuses)
 * and matches the text, content warning and place in the thread.
 */
import type { ConnectorCall, ConnectorEnvironment, PublishRequest, PublishedPost } from '../contract.js';
import { accountClient } from './client.js';
import { htmlToText, normalizedText } from './html-text.js';
import { publishedPost } from './publish.js';
import { statusSchema, type MastodonStatus } from './schemas.js';
import { withLocalMentions } from './text-length.js';

const PAGE_SIZE = 40;
const MAX_PAGES = 5;
/** Clocks of Chorus and the instance may disagree a little. */
const CLOCK_SLACK_MS = 5 * 60 * 1000;

function sameText(status: MastodonStatus, text: string, contentWarning: string | undefined): boolean {
  if (status.spoiler_text !== (contentWarning ?? '')) return false;
  const rendered = normalizedText(htmlToText(status.content));
  // Mastodon renders a mention it resolved as @user, one it did not as typed.
  return rendered === normalizedText(text) || rendered === normalizedText(withLocalMentions(text));
}

async function ownStatusesSince(env: ConnectorEnvironment, call: ConnectorCall, since: Date): Promise<MastodonStatus[]> {
  const client = accountClient(env, call);
  const found: MastodonStatus[] = [];
  let maxId: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (maxId) query.set('max_id', maxId);
    const statuses = await client({
      method: 'GET',
      path: `/api/v1/accounts/${encodeURIComponent(call.session.externalId)}/statuses`,
      query,
      write: false,
      schema: statusSchema.array(),
    });
    const recent = statuses.filter((status) => new Date(status.created_at).getTime() >= since.getTime() - CLOCK_SLACK_MS);
    found.push(...recent);
    if (statuses.length < PAGE_SIZE || recent.length < statuses.length) break;
    maxId = statuses.at(-1)?.id;
  }
  return found;
}

export function postFinder(env: ConnectorEnvironment) {
  return async (call: ConnectorCall, request: PublishRequest, since: Date): Promise<PublishedPost | null> => {
    const statuses = await ownStatusesSince(env, call, since);
    // Oldest first, so a post published twice is found as its first copy.
    const byAge = [...statuses].reverse();
    const first = byAge.find((status) => status.in_reply_to_id === null && sameText(status, request.parts[0].text, request.contentWarning));
    if (!first) return null;
    const parts = [first];
    for (const part of request.parts.slice(1)) {
      const previous = parts.at(-1);
      const next = byAge.find((status) => status.in_reply_to_id === previous?.id && sameText(status, part.text, request.contentWarning));
      // A thread cut short by the failure: the parts that exist are the post.
      if (!next) break;
      parts.push(next);
    }
    const comment = request.firstComment;
    const firstComment = comment === undefined ? undefined : byAge.find((status) => status.in_reply_to_id === first.id && sameText(status, comment, request.contentWarning));
    return publishedPost(parts, firstComment);
  };
}
