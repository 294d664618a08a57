/**
 * The business profile as a form: every input holds text or a list, and `toProfile` turns the
 * answers into the API's profile, leaving out what is blank (every answer is optional).
 */
import type { AgeBand, BusinessProfile, Gender, Industry, Market, MarketScope, PriceLevel, SalesChannel } from '../../../core/strategy/profile.js';

export type TriState = 'yes' | 'no' | 'unknown';

export interface ProfileForm {
  industry: Industry | '';
  market: Market | '';
  priceLevel: PriceLevel | '';
  orderValue: string;
  orderCurrency: string;
  ageBands: AgeBand[];
  genders: Gender[];
  countries: string[];
  local: boolean;
  lat: string;
  lon: string;
  radiusKm: string;
  budget: string;
  budgetCurrency: string;
  teamHours: string;
  marketScope: MarketScope | '';
  customersAlreadySearch: TriState;
  hasVocalFans: TriState;
  salesChannels: SalesChannel[];
}

/** Profile fields by name, as the API names them in a 400 answer's `details[].path`. */
export type ProfileField = keyof BusinessProfile;
export type FieldErrors = Partial<Record<ProfileField, string>>;

/** What the form itself can tell before asking the API. */
export type FormProblem = 'not_a_number' | 'needs_both_coordinates' | 'radius_needs_location';

const fromTri = (value: boolean | undefined): TriState => (value === undefined ? 'unknown' : value ? 'yes' : 'no');
const toTri = (value: TriState): boolean | undefined => (value === 'unknown' ? undefined : value === 'yes');
const text = (value: number | undefined): string => (value === undefined ? '' : String(value));

export function fromProfile(profile: BusinessProfile, defaultCurrency: string): ProfileForm {
  return {
    industry: profile.industry ?? '',
    market: profile.market ?? '',
    priceLevel: profile.priceLevel ?? '',
    orderValue: text(profile.averageOrderValue?.amount),
    orderCurrency: profile.averageOrderValue?.currency ?? defaultCurrency,
    ageBands: [...(profile.audienceAgeBands ?? [])],
    genders: [...(profile.audienceGenders ?? [])],
    countries: [...(profile.countries ?? [])],
    local: profile.location !== undefined || profile.radiusKm !== undefined,
    lat: text(profile.location?.lat),
    lon: text(profile.location?.lon),
    radiusKm: text(profile.radiusKm),
    budget: text(profile.monthlyBudget?.amount),
    budgetCurrency: profile.monthlyBudget?.currency ?? defaultCurrency,
    teamHours: text(profile.teamHoursPerWeek),
    marketScope: profile.marketScope ?? '',
    customersAlreadySearch: fromTri(profile.customersAlreadySearch),
    hasVocalFans: fromTri(profile.hasVocalFans),
    salesChannels: [...(profile.salesChannels ?? [])],
  };
}

/** A blank input is no answer; anything else must read as a number (a comma counts as the decimal mark). */
function parseNumber(input: string): number | undefined | 'not_a_number' {
  const trimmed = input.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'not_a_number';
}

export type FormProblems = Partial<Record<ProfileField, FormProblem>>;
export type ProfileResult = { ok: true; profile: BusinessProfile } | { ok: false; problems: FormProblems };

/** The answers as the API's profile, or the fields whose number could not be read. */
export function toProfile(form: ProfileForm): ProfileResult {
  const problems: FormProblems = {};
  const num = (field: ProfileField, input: string): number | undefined => {
    const value = parseNumber(input);
    if (value !== 'not_a_number') return value;
    problems[field] = value;
    return undefined;
  };
  const orderValue = num('averageOrderValue', form.orderValue);
  const budget = num('monthlyBudget', form.budget);
  const teamHours = num('teamHoursPerWeek', form.teamHours);
  const lat = form.local ? num('location', form.lat) : undefined;
  const lon = form.local ? num('location', form.lon) : undefined;
  const radiusKm = form.local ? num('radiusKm', form.radiusKm) : undefined;
  if ((lat === undefined) !== (lon === undefined) && problems.location === undefined) problems.location = 'needs_both_coordinates';
  if (radiusKm !== undefined && lat === undefined && lon === undefined && problems.location === undefined) problems.radiusKm = 'radius_needs_location';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const customersAlreadySearch = toTri(form.customersAlreadySearch);
  const hasVocalFans = toTri(form.hasVocalFans);

  const profile: BusinessProfile = {
    ...(form.industry ? { industry: form.industry } : {}),
    ...(form.market ? { market: form.market } : {}),
    ...(form.priceLevel ? { priceLevel: form.priceLevel } : {}),
    ...(orderValue !== undefined ? { averageOrderValue: { amount: orderValue, currency: form.orderCurrency } } : {}),
    ...(form.ageBands.length > 0 ? { audienceAgeBands: form.ageBands } : {}),
    ...(form.genders.length > 0 ? { audienceGenders: form.genders } : {}),
    ...(form.countries.length > 0 ? { countries: form.countries } : {}),
    ...(lat !== undefined && lon !== undefined ? { location: { lat, lon } } : {}),
    ...(radiusKm !== undefined ? { radiusKm } : {}),
    ...(budget !== undefined ? { monthlyBudget: { amount: budget, currency: form.budgetCurrency } } : {}),
    ...(teamHours !== undefined ? { teamHoursPerWeek: teamHours } : {}),
    ...(form.marketScope ? { marketScope: form.marketScope } : {}),
    ...(customersAlreadySearch !== undefined ? { customersAlreadySearch } : {}),
    ...(hasVocalFans !== undefined ? { hasVocalFans } : {}),
    ...(form.salesChannels.length > 0 ? { salesChannels: form.salesChannels } : {}),
  };
  return { ok: true, profile };
}

/** The profile field each input feeds, so that editing an input clears that field's message. */
export const FIELD_OF_INPUT: Readonly<Record<keyof ProfileForm, ProfileField>> = {
  industry: 'industry',
  market: 'market',
  priceLevel: 'priceLevel',
  orderValue: 'averageOrderValue',
  orderCurrency: 'averageOrderValue',
  ageBands: 'audienceAgeBands',
  genders: 'audienceGenders',
  countries: 'countries',
  local: 'location',
  lat: 'location',
  lon: 'location',
  radiusKm: 'radiusKm',
  budget: 'monthlyBudget',
  budgetCurrency: 'monthlyBudget',
  teamHours: 'teamHoursPerWeek',
  marketScope: 'marketScope',
  customersAlreadySearch: 'customersAlreadySearch',
  hasVocalFans: 'hasVocalFans',
  salesChannels: 'salesChannels',
};

const PROFILE_FIELDS: ReadonlySet<string> = new Set<ProfileField>([
  'industry',
  'market',
  'priceLevel',
  'averageOrderValue',
  'audienceAgeBands',
  'audienceGenders',
  'countries',
  'location',
  'radiusKm',
  'monthlyBudget',
  'teamHoursPerWeek',
  'marketScope',
  'customersAlreadySearch',
  'hasVocalFans',
  'salesChannels',
]);

const isProfileField = (value: unknown): value is ProfileField => typeof value === 'string' && PROFILE_FIELDS.has(value);

/**
 * The API's messages per field from a 400 answer, whose details read
 * `[{ path: ['body', 'radiusKm'], message }]`; the first message for a field wins.
 */
export function fieldErrorsFrom(details: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(details)) return errors;
  for (const detail of details as unknown[]) {
    if (typeof detail !== 'object' || detail === null) continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (!Array.isArray(path) || path[0] !== 'body' || typeof message !== 'string') continue;
    const field: unknown = path[1];
    if (isProfileField(field) && errors[field] === undefined) errors[field] = message;
  }
  return errors;
}
