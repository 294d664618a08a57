/**
 * What happens around the account day by day without any post of its own: people mention it,
 * write to it, and post about the things search looks for. Each day of the simulation has a
 * seeded number of events at seeded times; the busier the account, the more of them.
 */
import type { InboundItem } from '../contract.js';
import { DIRECT_MESSAGES, MENTIONS, OTHERS_POSTS } from './corpus.js';
import { DAY_MS, genuineFollowers, type AccountModel } from './audience.js';
import { simulatedPerson } from './people.js';
import { pick, randomFor } from './random.js';

type Stream = 'mention' | 'dm' | 'other';

/** Mean events per day for an account with `followers` genuine followers. */
const PER_DAY: Record<Stream, (followers: number) => number> = {
  mention: (followers) => Math.min(4, 0.3 + followers / 5_000),
  dm: (followers) => Math.min(3, 0.2 + followers / 20_000),
  other: () => 6,
};

/** Posts by others exist from a week before the account joined, so search finds something at once. */
const OTHERS_HISTORY_DAYS = 7;

interface DailyEvent {
  id: string;
  at: number;
  draw: () => number;
}

/** The stream's events with `from < at <= to`, oldest first. */
function dailyEvents(model: AccountModel, stream: Stream, from: number, to: number): DailyEvent[] {
  if (!model.organic || to <= from) return [];
  const firstDay = stream === 'other' ? -OTHERS_HISTORY_DAYS : 0;
  const startDay = Math.max(firstDay, Math.floor((from - model.connectedAt) / DAY_MS));
  const endDay = Math.floor((to - model.connectedAt) / DAY_MS);
  const events: DailyEvent[] = [];
  for (let day = startDay; day <= endDay; day += 1) {
    const dayStart = model.connectedAt + day * DAY_MS;
    const mean = PER_DAY[stream](genuineFollowers(model, dayStart));
    const count = Math.floor(randomFor(model.seed, stream, 'count', day)() * (2 * mean + 1));
    for (let index = 0; index < count; index += 1) {
      const draw = randomFor(model.seed, stream, day, index);
      const at = dayStart + Math.floor(draw() * DAY_MS);
      if (at > from && at <= to) events.push({ id: `${model.handle}:${stream}${day}-${index}`, at, draw });
    }
  }
  return events.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

const item = (base: Omit<InboundItem, 'url' | 'inReplyToId' | 'rootPostId'>): InboundItem => ({ ...base, url: null, inReplyToId: null, rootPostId: null });

export function organicMentions(model: AccountModel, from: number, to: number): InboundItem[] {
  return dailyEvents(model, 'mention', from, to).map(({ id, at, draw }) => {
    const person = simulatedPerson(draw, model.languages);
    const text = pick(draw(), MENTIONS[person.language][person.sentiment]).replace('{handle}', model.handle);
    return item({ externalId: id, kind: 'mention', text, author: person.author, createdAt: new Date(at), conversationId: null });
  });
}

export function organicDirectMessages(model: AccountModel, from: number, to: number): InboundItem[] {
  return dailyEvents(model, 'dm', from, to).map(({ id, at, draw }) => {
    const person = simulatedPerson(draw, model.languages);
    const text = pick(draw(), DIRECT_MESSAGES[person.language][person.sentiment]);
    return item({ externalId: id, kind: 'direct_message', text, author: person.author, createdAt: new Date(at), conversationId: conversationWith(model.handle, person.author.handle) });
  });
}

export function organicOthersPosts(model: AccountModel, from: number, to: number): InboundItem[] {
  return dailyEvents(model, 'other', from, to).map(({ id, at, draw }) => {
    const person = simulatedPerson(draw, model.languages);
    return item({ externalId: id, kind: 'post', text: pick(draw(), OTHERS_POSTS[person.language]), author: person.author, createdAt: new Date(at), conversationId: null });
  });
}

/** One conversation per pair of people, as on every messenger. */
export function conversationWith(accountHandle: string, otherHandle: string): string {
  return `${accountHandle}:dm:${otherHandle}`;
}
