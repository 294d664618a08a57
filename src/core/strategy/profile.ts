/**
 * The business profile (requirement S1): what the advisor needs to know about a business.
 * Every field is optional because the wizard may be skipped half-way, and a partial profile must
 * still get a ranking (the advisor lists what is missing instead of refusing to answer).
 */
import { z } from 'zod';

export const INDUSTRIES = [
  'fitness',
  'retail_fashion',
  'furniture_home',
  'food_restaurant',
  'software_saas',
  'professional_services',
  'government_contracting',
  'beauty',
  'education',
  'travel',
  'manufacturing',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const MARKETS = ['b2b', 'b2c', 'b2g'] as const;
export type Market = (typeof MARKETS)[number];

export const PRICE_LEVELS = ['budget', 'mid', 'premium'] as const;
export type PriceLevel = (typeof PRICE_LEVELS)[number];

export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const MARKET_SCOPES = ['niche', 'mass'] as const;
export type MarketScope = (typeof MARKET_SCOPES)[number];

export const SALES_CHANNELS = [
  'online_shop',
  'physical_store',
  'phone',
  'marketplace',
  'sales_team',
  'tenders',
  'other',
] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/** ISO 4217 shape only (three capital letters); the list of real codes changes and is not ours to keep. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as EUR');

export const moneySchema = z.strictObject({
  amount: z.number().finite().min(0, 'must not be negative'),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

/** ISO 3166-1 alpha-2 shape only; the advisor treats a code it has no figures for as "no data". */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'a two-letter ISO 3166-1 code such as PL');

export const locationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** Lists are sets: a repeated entry is almost always a UI bug, so it is refused rather than merged. */
function distinct<T extends z.ZodType<string>>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, 'entries must not repeat');
}

export const businessProfileSchema = z
  .strictObject({
    industry: z.enum(INDUSTRIES).optional(),
    market: z.enum(MARKETS).optional(),
    priceLevel: z.enum(PRICE_LEVELS).optional(),
    averageOrderValue: moneySchema.optional(),
    audienceAgeBands: distinct(z.enum(AGE_BANDS)).optional(),
    audienceGenders: distinct(z.enum(GENDERS)).optional(),
    countries: distinct(countryCodeSchema).optional(),
    location: locationSchema.optional(),
    radiusKm: z.number().positive('must be greater than 0').max(20_000).optional(),
    monthlyBudget: moneySchema.optional(),
    teamHoursPerWeek: z.number().min(0, 'must not be negative').max(168).optional(),
    marketScope: z.enum(MARKET_SCOPES).optional(),
    customersAlreadySearch: z.boolean().optional(),
    hasVocalFans: z.boolean().optional(),
    salesChannels: distinct(z.enum(SALES_CHANNELS)).optional(),
  })
  // A radius means nothing without its centre; the path names the field so the API can say which.
  .refine((profile) => profile.radiusKm === undefined || profile.location !== undefined, {
    path: ['radiusKm'],
    message: 'a radius needs a location',
  });

export type BusinessProfile = z.infer<typeof businessProfileSchema>;
