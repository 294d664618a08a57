/**
 * The weekly inventory digest (S5): once a week each workspace hears which of its accounts carry
 * flags, so that a dormant or orphaned account is noticed even when nobody opens the inventory.
 * Pure: the caller passes the time and the workspace's IANA time zone.
 */
import type { AccountFlagKind, FlaggedAccount } from './inventory.js';

/** The digest goes out on Monday from this local hour on, at the start of a working week. */
export const DIGEST_LOCAL_HOUR = 9;
/** More flagged accounts than this are counted but not listed, to keep notifications small. */
export const DIGEST_LISTED_ACCOUNTS = 50;

const FLAG_KINDS: readonly AccountFlagKind[] = ['duplicate', 'orphaned', 'dormant', 'off_strategy', 'token_expiring'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;

interface LocalDate {
  year: number;
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday, as ISO 8601 numbers them. */
  isoWeekday: number;
  hour: number;
}

function localDate(at: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    isoWeekday: WEEKDAYS.indexOf(part('weekday')) + 1,
    hour: Number(part('hour')),
  };
}

/**
 * The ISO 8601 week (`2026-W49`) that `at` falls in, on the workspace's local calendar: the week
 * belongs to the year of its Thursday, so 2026-12-31 (a Thursday) is in 2026-W53 and 2027-01-01
 * is too.
 */
export function isoWeekOf(at: Date, timeZone: string): string {
  const local = localDate(at, timeZone);
  // Work on the local calendar date as if it were a UTC date; only whole days matter here.
  const thursday = Date.UTC(local.year, local.month - 1, local.day) + (4 - local.isoWeekday) * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * The week whose digest is due at `at`, or null before Monday 09:00 local time. A digest missed on
 * Monday (the server was down) is still due later that week; the caller keeps one per week.
 */
export function dueDigestWeek(at: Date, timeZone: string): string | null {
  const local = localDate(at, timeZone);
  if (local.isoWeekday === 1 && local.hour < DIGEST_LOCAL_HOUR) return null;
  return isoWeekOf(at, timeZone);
}

export interface DigestAccount {
  accountId: string;
  network: string;
  handle: string;
  flags: AccountFlagKind[];
}

/** The digest's content; also the payload of the `inventory.weekly_digest` event. */
export interface InventoryDigest {
  week: string;
  accountCount: number;
  flaggedCount: number;
  flagCounts: Record<AccountFlagKind, number>;
  /** The flagged accounts, most flags first, at most DIGEST_LISTED_ACCOUNTS of them. */
  accounts: DigestAccount[];
}

/** Sums up a flagged inventory for one week. */
export function summarizeInventory(
  week: string,
  accounts: readonly { id: string; network: string; handle: string }[],
  flagged: readonly FlaggedAccount[],
): InventoryDigest {
  const flagCounts = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, 0])) as Record<AccountFlagKind, number>;
  const kindsOf = new Map(flagged.map((entry) => [entry.accountId, [...new Set(entry.flags.map((flag) => flag.flag))]]));
  const listed: DigestAccount[] = [];
  for (const account of accounts) {
    const kinds = kindsOf.get(account.id) ?? [];
    for (const kind of kinds) flagCounts[kind] += 1;
    if (kinds.length > 0) listed.push({ accountId: account.id, network: account.network, handle: account.handle, flags: kinds });
  }
  listed.sort((a, b) => b.flags.length - a.flags.length || a.network.localeCompare(b.network) || a.handle.localeCompare(b.handle));
  return { week, accountCount: accounts.length, flaggedCount: listed.length, flagCounts, accounts: listed.slice(0, DIGEST_LISTED_ACCOUNTS) };
}
