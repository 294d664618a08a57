/**
 * Account inventory flags (requirement S5). Seed 004 describes the usual state of a business's
 * accounts: grown one by one, some with no owner left, some duplicated, nobody sure why they
 * exist. These rules find those accounts; each flag carries the params its message needs.
 */

export interface InventoryAccount {
  readonly id: string;
  readonly network: string;
  readonly handle: string;
  readonly displayName: string;
  readonly ownerUserId: string | null;
  /** Connected through a connector; an account registered by hand has no token to expire. */
  readonly connected: boolean;
  readonly tokenExpiresAt: Date | null;
  readonly lastPostAt: Date | null;
}

export interface InventoryContext {
  readonly now: Date;
  readonly memberUserIds: ReadonlySet<string>;
  /** The networks the strategy chose; null while there is no strategy, so nothing is off it. */
  readonly chosenNetworks: ReadonlySet<string> | null;
  /** Seed 001: "active" means daily, so a week without a post is already dormant. */
  readonly dormantDays?: number;
  readonly tokenWarningDays?: number;
}

export type AccountFlagKind = 'duplicate' | 'orphaned' | 'dormant' | 'off_strategy' | 'token_expiring';

export interface AccountFlag {
  readonly flag: AccountFlagKind;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface FlaggedAccount {
  readonly accountId: string;
  readonly flags: readonly AccountFlag[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_DORMANT_DAYS = 7;
export const DEFAULT_TOKEN_WARNING_DAYS = 7;

/**
 * Suffixes businesses add to tell regional or "real" accounts apart; they do not make a different
 * account. Stripped only after a separator, so "apple" never loses its "pl".
 */
const SUFFIXES = ['official', 'oficial', 'real', 'hq', 'team', 'co', 'com', 'inc', 'ltd', 'pl', 'id', 'ru', 'en', 'uk', 'us', 'global'];
const SUFFIX_PATTERN = new RegExp(`[\\s._-]+(?:${SUFFIXES.join('|')})$`);

/**
 * The similarity rule: lower-case, drop a leading "@", fold accents, strip trailing suffixes
 * (repeatedly: "acme_pl_official"), then drop everything but letters and digits. Handles match
 * when their keys are equal, or one edit apart when both keys have at least 8 characters (a typo
 * or a doubled letter: "acmeshoes" and "acmeshoess"); shorter handles must be equal, or "shop1"
 * would match "shop2". Display names must match exactly after the same normalisation, because
 * names like "Acme Store 1" and "Acme Store 2" are often genuinely different branches.
 */
export function similarityKey(value: string): string {
  let key = value.trim().toLowerCase().replace(/^@/, '').normalize('NFKD').replace(/\p{M}/gu, '');
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(SUFFIX_PATTERN, '');
  }
  return key.replace(/[^\p{L}\p{N}]/gu, '');
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function similarHandles(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || (Math.min(a.length, b.length) >= 8 && withinOneEdit(a, b));
}

function duplicateFlags(account: InventoryAccount, all: readonly InventoryAccount[]): AccountFlag[] {
  const handle = similarityKey(account.handle);
  const name = similarityKey(account.displayName);
  return all
    .filter((other) => other.id !== account.id && other.network === account.network)
    .flatMap((other): AccountFlag[] => {
      if (similarHandles(handle, similarityKey(other.handle))) return [{ flag: 'duplicate', params: { otherAccountId: other.id, match: 'handle' } }];
      if (name !== '' && name === similarityKey(other.displayName)) return [{ flag: 'duplicate', params: { otherAccountId: other.id, match: 'name' } }];
      return [];
    });
}

function accountFlags(account: InventoryAccount, all: readonly InventoryAccount[], context: InventoryContext): AccountFlag[] {
  const flags = duplicateFlags(account, all);
  const now = context.now.getTime();

  if (account.ownerUserId === null) flags.push({ flag: 'orphaned', params: { reason: 'no_owner' } });
  else if (!context.memberUserIds.has(account.ownerUserId)) {
    flags.push({ flag: 'orphaned', params: { reason: 'owner_left', ownerUserId: account.ownerUserId } });
  }

  const dormantDays = context.dormantDays ?? DEFAULT_DORMANT_DAYS;
  if (account.lastPostAt === null) flags.push({ flag: 'dormant', params: { reason: 'never_posted', thresholdDays: dormantDays } });
  else if (now - account.lastPostAt.getTime() >= dormantDays * DAY_MS) {
    const days = Math.floor((now - account.lastPostAt.getTime()) / DAY_MS);
    flags.push({ flag: 'dormant', params: { reason: 'no_recent_post', daysSinceLastPost: days, thresholdDays: dormantDays } });
  }

  if (context.chosenNetworks !== null && !context.chosenNetworks.has(account.network)) {
    flags.push({ flag: 'off_strategy', params: { network: account.network } });
  }

  const warningDays = context.tokenWarningDays ?? DEFAULT_TOKEN_WARNING_DAYS;
  if (account.connected && account.tokenExpiresAt !== null) {
    const left = account.tokenExpiresAt.getTime() - now;
    if (left <= warningDays * DAY_MS) {
      // Negative when already expired: the same flag, more urgent, so the card shows one list.
      flags.push({ flag: 'token_expiring', params: { expiresAt: account.tokenExpiresAt.toISOString(), daysLeft: Math.floor(left / DAY_MS) } });
    }
  }
  return flags;
}

/** Flags every account, in the order given; an account with no problems gets an empty list. */
export function flagAccounts(accounts: readonly InventoryAccount[], context: InventoryContext): FlaggedAccount[] {
  return accounts.map((account) => ({ accountId: account.id, flags: accountFlags(account, accounts, context) }));
}
