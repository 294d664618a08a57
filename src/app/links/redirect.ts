/**
 * The hot path of tracked links: `GET /l/:code` answered from memory. Resolved codes are cached
 * (bounded, least recently used first out), clicks are counted in memory and written to the
 * database in one statement per second and when the server closes, so a redirect never waits for
 * a write. Only codes Chorus created resolve: the destination comes from the database row, never
 * from the request.
 */
import { randomBytes } from 'node:crypto';
import { isBotUserAgent, isShortCode, visitorHash, visitorKey } from '../../core/links/index.js';
import { addClickCounts, ensureDaySalt, findLinkByCode, forgetVisitorsBefore, type ClickCount, type ResolvedLink, type VisitorSighting } from '../../db/repositories/links.js';
import type { AppContext } from '../context.js';

export interface LinkRedirectOptions {
  /** Codes kept in memory (default 100,000: about 30 MB at most). */
  cacheSize?: number;
  /** How long a cached code is trusted; a deleted post's links stop within this (default 5 minutes). */
  cacheTtlMs?: number;
  /** How often counted clicks are written (default 1 s). */
  flushIntervalMs?: number;
}

interface CacheEntry {
  link: ResolvedLink | null;
  expiresAt: number;
}

interface PendingDay {
  linkId: string;
  day: string;
  clicks: number;
  botClicks: number;
  /** Digests of the day's visitors (never stored; salted into hashes at the flush). */
  visitors: Set<string>;
}

export interface Click {
  userAgent: string | undefined;
  /** The visitor's address: digested at once, never kept or logged. */
  address: string;
}

const DAY_MS = 86_400_000;
/** Unknown codes are remembered for a shorter time and in a smaller cache, so junk cannot push out real codes. */
const MISS_TTL_MS = 60_000;
const USER_AGENT_CACHE = 1_000;
const CLEANUP_EVERY_MS = 3_600_000;
/** Visitor hashes computed before the flush lets the event loop serve requests again (about 1 ms of work). */
const HASHES_PER_TURN = 250;

/** Formats an instant as `YYYY-MM-DD` in a zone; a zone the runtime does not know counts in UTC rather than failing the click. */
function dayFormat(timezone: string): Intl.DateTimeFormat {
  const options = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  try {
    return new Intl.DateTimeFormat('en-CA', { ...options, timeZone: timezone });
  } catch {
    return new Intl.DateTimeFormat('en-CA', { ...options, timeZone: 'UTC' });
  }
}

/** A Map used as a least-recently-used cache: reading moves an entry to the end. */
function touch<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

export class LinkRedirects {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly misses = new Map<string, number>();
  private readonly lookups = new Map<string, Promise<ResolvedLink | null>>();
  private readonly userAgents = new Map<string, boolean>();
  private readonly dayFormats = new Map<string, { minute: number; day: string; format: Intl.DateTimeFormat }>();
  private readonly salts = new Map<string, string>();
  private pending = new Map<string, PendingDay>();
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private lastCleanup = 0;
  private readonly cacheSize: number;
  private readonly cacheTtlMs: number;
  private readonly flushIntervalMs: number;

  constructor(
    private readonly ctx: AppContext,
    options: LinkRedirectOptions = {},
  ) {
    this.cacheSize = options.cacheSize ?? 100_000;
    this.cacheTtlMs = options.cacheTtlMs ?? 300_000;
    this.flushIntervalMs = options.flushIntervalMs ?? 1_000;
  }

  /** The link of a code Chorus created, or null. Malformed codes never reach the database. */
  async resolve(code: string): Promise<ResolvedLink | null> {
    if (!isShortCode(code)) return null;
    const now = Date.now();
    const cached = this.cache.get(code);
    if (cached && cached.expiresAt > now) {
      touch(this.cache, code, cached, this.cacheSize);
      return cached.link;
    }
    const missUntil = this.misses.get(code);
    if (missUntil !== undefined && missUntil > now) return null;
    // Many clicks on a new code at once share one query.
    let lookup = this.lookups.get(code);
    if (!lookup) {
      lookup = findLinkByCode(this.ctx.db, code).then(
        (link) => {
          this.lookups.delete(code);
          if (link) touch(this.cache, code, { link, expiresAt: Date.now() + this.cacheTtlMs }, this.cacheSize);
          else touch(this.misses, code, Date.now() + MISS_TTL_MS, Math.max(1_000, this.cacheSize / 10));
          return link ?? null;
        },
        (error: unknown) => {
          this.lookups.delete(code);
          throw error;
        },
      );
      this.lookups.set(code, lookup);
    }
    return lookup;
  }

  /** Counts a click on a resolved link, in memory. */
  count(link: ResolvedLink, click: Click): void {
    const day = this.dayIn(link.timezone);
    const key = `${link.id}|${day}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { linkId: link.id, day, clicks: 0, botClicks: 0, visitors: new Set() };
      this.pending.set(key, entry);
    }
    if (this.isBot(click.userAgent)) {
      entry.botClicks += 1;
      return;
    }
    entry.clicks += 1;
    entry.visitors.add(visitorKey(link.id, click.address, click.userAgent ?? ''));
  }

  /** Starts writing counts every second; the timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.flush().catch((error: unknown) => this.ctx.logger.warn({ err: error }, 'link clicks not written yet; trying again'));
    }, this.flushIntervalMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is counted (server shutdown). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  /** Writes the counted clicks; one flush at a time, and counts that fail to write are kept for the next. */
  flush(): Promise<void> {
    const next = this.flushing.then(() => this.writePending());
    this.flushing = next.catch(() => undefined);
    return next;
  }

  private async writePending(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      if (batch.size > 0) {
        const counts: ClickCount[] = [];
        const visitors: VisitorSighting[] = [];
        let hashed = 0;
        for (const entry of batch.values()) {
          counts.push({ linkId: entry.linkId, day: entry.day, clicks: entry.clicks, botClicks: entry.botClicks });
          if (entry.visitors.size === 0) continue;
          const salt = await this.saltOf(entry.day);
          for (const key of entry.visitors) {
            visitors.push({ linkId: entry.linkId, day: entry.day, hash: visitorHash(salt, key) });
            // Hashing thousands of visitors at once would hold up the redirects waiting meanwhile.
            hashed += 1;
            if (hashed % HASHES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
          }
        }
        await addClickCounts(this.ctx.db, counts, visitors);
      }
    } catch (error) {
      this.restore(batch);
      throw error;
    }
    await this.forgetOldVisitors();
  }

  /** Puts a batch that failed to write back in front of the clicks counted since. */
  private restore(batch: Map<string, PendingDay>): void {
    for (const [key, entry] of this.pending) {
      const earlier = batch.get(key);
      if (!earlier) {
        batch.set(key, entry);
        continue;
      }
      earlier.clicks += entry.clicks;
      earlier.botClicks += entry.botClicks;
      for (const visitor of entry.visitors) earlier.visitors.add(visitor);
    }
    this.pending = batch;
  }

  private async saltOf(day: string): Promise<string> {
    const known = this.salts.get(day);
    if (known) return known;
    const salt = await ensureDaySalt(this.ctx.db, day, randomBytes(32).toString('base64url'));
    this.salts.set(day, salt);
    return salt;
  }

  /**
   * Once an hour: salts and visitor hashes of days over everywhere are deleted. A calendar day ends
   * in the last time zone (UTC−12) 36 hours after it began in UTC, so the day before yesterday (UTC)
   * is over in every zone; keeping yesterday too leaves a margin of at least 12 hours.
   */
  private async forgetOldVisitors(): Promise<void> {
    const now = this.ctx.clock.now().getTime();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    const firstKept = new Date(now - DAY_MS).toISOString().slice(0, 10);
    await forgetVisitorsBefore(this.ctx.db, firstKept);
    for (const day of this.salts.keys()) if (day < firstKept) this.salts.delete(day);
  }

  private isBot(userAgent: string | undefined): boolean {
    if (userAgent === undefined) return true;
    let bot = this.userAgents.get(userAgent);
    if (bot === undefined) {
      bot = isBotUserAgent(userAgent);
      touch(this.userAgents, userAgent, bot, USER_AGENT_CACHE);
    }
    return bot;
  }

  /** Today in the link's workspace's zone; worked out once a minute per zone. */
  private dayIn(timezone: string): string {
    const now = this.ctx.clock.now().getTime();
    const minute = Math.floor(now / 60_000);
    let known = this.dayFormats.get(timezone);
    if (!known) {
      known = { minute: -1, day: '', format: dayFormat(timezone) };
      this.dayFormats.set(timezone, known);
    }
    if (known.minute !== minute) {
      known.minute = minute;
      known.day = known.format.format(now);
    }
    return known.day;
  }
}
