/**
 * What a connector's conformance test provides: the connector pointed at a local peer, one
 * connected account, and ways to act on the network from outside the connector (read a post as
 * the network stores it, engage from other accounts, spoil the next answer).
 */
import { ConnectorError, type AccountSession, type Connector, type FailureKind } from '../contract.js';

/** Conditions the suite asks the peer to produce; each must surface as one failure kind. */
export type Fault = Exclude<FailureKind, 'outcome_unknown'> | 'html_error_page' | 'garbage_body';

/** A post as the network itself stores it, read without the connector. */
export interface StoredPost {
  text: string;
  altTexts: string[];
  pollOptions: string[];
  /** The network's id of the post this one answers, if any. */
  inReplyTo: string | null;
}

export const CASES = [
  'manifest',
  'test connection',
  'publish and read back',
  'publish with images',
  'publish a thread',
  'publish a poll',
  'delete',
  'idempotent publish after a lost answer',
  'post metrics',
  'account metrics',
  'comments and mentions',
  'direct messages',
  'reply',
  'search',
  'failure kinds',
  'rate limit reset',
] as const;
export type CaseName = (typeof CASES)[number];

export interface ConformancePeer {
  connector: Connector;
  /** An account connected through the connector's own connect or OAuth flow. */
  session: AccountSession;
  /** Reads a post on the network, or null when it does not exist (deleted). */
  readPost: (externalId: string) => Promise<StoredPost | null>;
  /** Other accounts like, repost and reply to the post (each reply text from a different account). */
  engage?: (externalId: string, engagement: { likes: number; reposts: number; replies: string[] }) => Promise<void>;
  /** Another account mentions the connected one in a new post. */
  mention?: (text: string) => Promise<void>;
  /** Someone sends the connected account a direct message. */
  sendDirectMessage?: (text: string) => Promise<void>;
  /** A post by another account that search should find. */
  postByOther?: (text: string) => Promise<void>;
  /**
   * Spoils the next request of the given kind (`read` or `write`). For `rate_limited` it returns
   * the reset time the network announced.
   */
  injectFault: (fault: Fault, on: 'read' | 'write') => { resetAt?: Date };
  /** Carries out the next write on the network but loses its answer. */
  dropNextAnswer: () => void;
  /** How many requests have reached the network so far. */
  requestCount: () => number;
  /** Cases this network cannot run, each with the reason, shown in the test output. */
  skip?: Partial<Record<CaseName, string>>;
  close: () => Promise<void>;
}

/** A small PNG (1×1, red) for image cases. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
);

/** The ConnectorError a call fails with; anything else (success, another error) fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectorError) return error;
    throw new Error(`expected a ConnectorError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the call to fail, but it succeeded');
}
