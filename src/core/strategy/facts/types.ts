/**
 * The shape of the platform facts. A fact is either known, with the statement and the source it
 * came from, or unknown: the advisor never guesses, and an unknown fact scores as neutral.
 */
export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface KnownFact<T> {
  readonly known: true;
  readonly id: string;
  readonly value: T;
  /** Our own English summary of what the source says; the UI shows it as evidence. */
  readonly statement: string;
  readonly source: Source;
}

export interface UnknownFact {
  readonly known: false;
}

export type FactValue<T> = KnownFact<T> | UnknownFact;

/** A fact as a reason carries it: what it says and where it comes from. */
export interface FactRef {
  readonly id: string;
  readonly statement: string;
  readonly source: Source;
}

export const UNKNOWN: UnknownFact = { known: false };

export function known<T>(id: string, value: T, statement: string, source: Source): KnownFact<T> {
  return { known: true, id, value, statement, source };
}

export function factRef(fact: KnownFact<unknown>): FactRef {
  return { id: fact.id, statement: fact.statement, source: fact.source };
}

export const SOCIAL_CHANNELS = [
  'facebook',
  'instagram',
  'x',
  'linkedin',
  'youtube',
  'tiktok',
  'pinterest',
  'threads',
  'mastodon',
  'bluesky',
  'telegram',
  'vk',
  'odnoklassniki',
  'whatsapp_business',
  'reddit',
] as const;
export const SEARCH_CHANNELS = ['search_ads', 'seo'] as const;
export const CHANNEL_IDS = [...SOCIAL_CHANNELS, ...SEARCH_CHANNELS] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];
export type ChannelKind = 'social' | 'search';

export type AgeSkew = 'younger' | 'older';
export type ContentFormat = 'text' | 'link' | 'image' | 'video' | 'story' | 'carousel' | 'poll';
export type CommerceFeature = 'shop' | 'order_form' | 'checkout' | 'orders_by_message';
/** What stands between Chorus and publishing there: each needs a step by the business. */
export type PublishingGate = 'app_review' | 'product_approval' | 'audit' | 'paid_per_use' | 'builder_approval' | 'bot_admin';

export interface LocalTargeting {
  readonly precision: 'hyper_local' | 'coarse';
  /** The smallest radius the source shows its ads reaching; the true minimum may be smaller. Null when not given. */
  readonly smallestRadiusKm: number | null;
}

export interface PublishingApi {
  readonly available: boolean;
  readonly gates: readonly PublishingGate[];
}

export interface ChannelFacts {
  readonly channel: ChannelId;
  readonly kind: ChannelKind;
  readonly ageSkew: FactValue<AgeSkew>;
  /** Known only where a source calls the network a business-to-business platform. */
  readonly b2bPlatform: FactValue<boolean>;
  /** The seed's warning that the regular users of a B2B network are mostly there to sell. */
  readonly activeUsersMostlySell: FactValue<boolean>;
  readonly localTargeting: FactValue<LocalTargeting>;
  readonly minAdAudience: FactValue<number>;
  readonly commerce: FactValue<readonly CommerceFeature[]>;
  readonly formats: FactValue<readonly ContentFormat[]>;
  readonly publishingApi: FactValue<PublishingApi>;
  /** Search channels answer demand that already exists instead of creating it. */
  readonly capturesExistingDemand: FactValue<boolean>;
}

/** leading: top of the source's list or reaching 60% or more; major: 30–60%; minor: below 30%. */
export type ReachTier = 'leading' | 'major' | 'minor';

export interface CountryReach {
  readonly tier: ReachTier;
  /** Share of internet users reached (0–1), when the source gives one. */
  readonly share: number | null;
}

export interface CountryFacts {
  readonly country: string;
  /** The networks the country's sources name as the ones that matter; others count as "not listed". */
  readonly mainNetworks: KnownFact<readonly ChannelId[]>;
  readonly reach: Readonly<Partial<Record<ChannelId, KnownFact<CountryReach>>>>;
  readonly blocked: Readonly<Partial<Record<ChannelId, KnownFact<true>>>>;
}

/** Findings of the seed texts that rules (not single channels) rest on. */
export interface Principles {
  readonly governmentContractsNeedNoSocial: KnownFact<true>;
  readonly searchForNicheSmallBudget: KnownFact<true>;
  readonly demandChannelsFirst: KnownFact<true>;
  readonly vocalFansSuitSocial: KnownFact<true>;
  readonly activeMeansDaily: KnownFact<true>;
  readonly youngUsersMayNotBuy: KnownFact<true>;
  readonly localReachDecides: KnownFact<true>;
}

export interface PlatformFacts {
  readonly version: string;
  readonly channels: readonly ChannelFacts[];
  /** Keyed by ISO 3166-1 alpha-2; a country not here has no figures and its reach is neutral. */
  readonly countries: Readonly<Record<string, CountryFacts>>;
  readonly principles: Principles;
}
