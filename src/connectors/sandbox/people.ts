/** The simulated people who follow, comment, mention and write to a sandbox account. */
import type { InboundAuthor } from '../contract.js';
import type { Locale } from '../../core/validation.js';
import { PEOPLE, type Sentiment } from './corpus.js';
import { between, pick } from './random.js';

export type Languages = readonly [Locale, ...Locale[]];

export interface SimulatedPerson {
  author: InboundAuthor;
  language: Locale;
  sentiment: Sentiment;
}

/** Half of what people say is friendly, a third neutral, the rest complaints. */
function sentimentOf(draw: number): Sentiment {
  if (draw < 0.5) return 'positive';
  if (draw < 0.82) return 'neutral';
  return 'negative';
}

export function authorFor(name: string | null, handle: string, followers: number): InboundAuthor {
  return { externalId: `sandbox-user:${handle}`, handle, name, url: null, followers };
}

/** A person drawn from `draw`, speaking one of the account's languages. */
export function simulatedPerson(draw: () => number, languages: Languages): SimulatedPerson {
  const language = pick(draw(), languages);
  const [name, stem] = pick(draw(), PEOPLE[language]);
  const handle = `${stem}${10 + Math.floor(draw() * 90)}`;
  // Follower counts of ordinary people spread over orders of magnitude: 10 to about 50,000.
  const followers = Math.round(10 ** between(draw(), 1, 4.7));
  return { author: authorFor(name, handle, followers), language, sentiment: sentimentOf(draw()) };
}
