/**
 * Endpoints of strategy and governance (S1–S5): the business profile, the platform advisor, the
 * versioned strategy document with its content plan, the account inventory and onboarding.
 */
import { z } from 'zod';
import { CHANNEL_IDS } from '../../core/strategy/facts/types.js';
import { GOAL_IDS, chosenGoalSchema } from '../../core/strategy/goals.js';
import { businessProfileSchema } from '../../core/strategy/profile.js';
import { define, id, isoDate, list, ok, workspaceParams } from '../contract.js';

const factRefSchema = z.object({
  id: z.string(),
  statement: z.string(),
  source: z.object({ title: z.string(), url: z.string() }),
});

/** A reason is a code the UI translates, with its parameters and the facts behind it. */
export const adviceReasonSchema = z.object({
  code: z.string(),
  polarity: z.enum(['for', 'against', 'caveat']),
  /** Points this reason added to or took from the channel's score (channel reasons only). */
  weight: z.number().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  facts: z.array(factRefSchema),
});

export const adviceSchema = z.object({
  factsVersion: z.string(),
  ranking: z.array(
    z.object({
      channel: z.enum(CHANNEL_IDS),
      kind: z.enum(['social', 'search']),
      score: z.number(),
      verdict: z.enum(['recommended', 'consider', 'not_recommended']),
      reasons: z.array(adviceReasonSchema),
    }),
  ),
  conclusion: z.object({
    kind: z.enum(['social_first', 'social_supporting', 'not_social']),
    reasons: z.array(adviceReasonSchema),
  }),
  missing: z.array(z.object({ field: z.string(), why: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
});

/** Cadence, content mix and response targets: they feed the calendar's cadence row and the content coach. */
export const contentPlanSchema = z.strictObject({
  cadence: z.array(
    z.strictObject({
      channel: z.enum(CHANNEL_IDS),
      postsPerWeek: z.number().min(0).max(100),
    }),
  ),
  mix: z.strictObject({
    promotionalMaxPercent: z.number().min(0).max(100),
    dialogueMinPercent: z.number().min(0).max(100),
    withImageMinPercent: z.number().min(0).max(100),
  }),
  responseTimeTargetMinutes: z.number().int().min(1).max(10_080),
});

export const strategyRoleSchema = z.strictObject({
  role: z.enum(['strategist', 'content_author', 'approver', 'community_manager', 'analyst']),
  userId: id.nullable(),
  hoursPerWeek: z.number().min(0).max(168).optional(),
});

export const strategyInputSchema = z.strictObject({
  goals: z.array(chosenGoalSchema).min(1, 'choose at least one goal'),
  channels: z.array(z.strictObject({ channel: z.enum(CHANNEL_IDS), note: z.string().max(500).optional() })),
  contentPlan: contentPlanSchema,
  roles: z.array(strategyRoleSchema),
  notes: z.string().max(5_000).optional(),
});

export const strategyVersionSchema = z.object({
  version: z.number().int().positive(),
  createdAt: isoDate,
  createdBy: z.object({ id, name: z.string() }).nullable(),
  profile: businessProfileSchema,
  advice: adviceSchema,
  goals: z.array(chosenGoalSchema),
  channels: z.array(z.object({ channel: z.enum(CHANNEL_IDS), note: z.string().optional() })),
  contentPlan: contentPlanSchema,
  roles: z.array(strategyRoleSchema),
  notes: z.string().optional(),
});

export const INVENTORY_FLAGS = ['duplicate', 'orphaned', 'dormant', 'off_strategy', 'token_expiring'] as const;

export const inventoryAccountInputSchema = z.strictObject({
  network: z.enum(CHANNEL_IDS),
  handle: z.string().trim().min(1).max(200),
  displayName: z.string().trim().max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  ownerUserId: id.nullable().optional(),
  purpose: z.string().max(500).optional(),
  goal: z.enum(GOAL_IDS).optional(),
  lastPostAt: isoDate.nullable().optional(),
});

export const inventoryAccountSchema = z.object({
  id,
  network: z.enum(CHANNEL_IDS),
  handle: z.string(),
  displayName: z.string().nullable(),
  url: z.string().nullable(),
  owner: z.object({ id, name: z.string() }).nullable(),
  purpose: z.string().nullable(),
  goal: z.enum(GOAL_IDS).nullable(),
  connected: z.boolean(),
  tokenExpiresAt: isoDate.nullable(),
  lastPostAt: isoDate.nullable(),
  flags: z.array(z.object({ flag: z.enum(INVENTORY_FLAGS), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
});

export const ONBOARDING_STEPS = ['profile', 'goals', 'advisor', 'platforms', 'accounts', 'done'] as const;
export const onboardingSchema = z.object({ step: z.enum(ONBOARDING_STEPS), skipped: z.boolean() });

const inventoryParams = z.strictObject({ workspaceId: id, accountId: id });

export const strategyEndpoints = {
  getProfile: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/strategy/profile',
    summary: 'The business profile (empty until the wizard or someone fills it in)',
    auth: 'any',
    params: workspaceParams,
    response: z.object({ profile: businessProfileSchema, updatedAt: isoDate.nullable() }),
  }),
  saveProfile: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/strategy/profile',
    summary: 'Replace the business profile; every answer is optional',
    auth: 'any',
    params: workspaceParams,
    body: businessProfileSchema,
    response: z.object({ profile: businessProfileSchema, updatedAt: isoDate.nullable() }),
  }),
  getAdvice: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/strategy/advice',
    summary: 'Rank platforms and the search alternatives for a profile and goals, with reasons; saves nothing',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ profile: businessProfileSchema.optional(), goals: z.array(z.enum(GOAL_IDS)) }),
    response: adviceSchema,
  }),
  getStrategy: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/strategy',
    summary: 'The current strategy document, or null before the first one is saved',
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({ version: z.coerce.number().int().positive().optional() }),
    response: z.object({ strategy: strategyVersionSchema.nullable() }),
  }),
  saveStrategy: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/strategy',
    summary: 'Save a new version of the strategy; the profile and the advice are kept with it',
    auth: 'any',
    status: 201,
    params: workspaceParams,
    body: strategyInputSchema,
    response: strategyVersionSchema,
  }),
  listStrategyVersions: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/strategy/versions',
    summary: 'Every saved version of the strategy, newest first',
    auth: 'any',
    params: workspaceParams,
    response: list(z.object({ version: z.number().int(), createdAt: isoDate, createdBy: z.object({ id, name: z.string() }).nullable() })),
  }),
  listInventory: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/inventory',
    summary: 'Every account the business has, with flags: duplicate, orphaned, dormant, off-strategy, token expiring',
    auth: 'any',
    params: workspaceParams,
    response: list(inventoryAccountSchema),
  }),
  addInventoryAccount: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/inventory',
    summary: 'Register an account by hand (network and handle or URL)',
    auth: 'any',
    status: 201,
    params: workspaceParams,
    body: inventoryAccountInputSchema,
    response: inventoryAccountSchema,
  }),
  updateInventoryAccount: define({
    method: 'PATCH',
    path: '/api/workspaces/:workspaceId/inventory/:accountId',
    summary: "Change an account's owner, purpose, goal or details",
    auth: 'any',
    params: inventoryParams,
    body: inventoryAccountInputSchema.partial(),
    response: inventoryAccountSchema,
  }),
  deleteInventoryAccount: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/inventory/:accountId',
    summary: 'Remove an account from the inventory',
    auth: 'any',
    params: inventoryParams,
    response: ok,
  }),
  getOnboarding: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/onboarding',
    summary: 'Where the onboarding wizard stands for this workspace',
    auth: 'any',
    params: workspaceParams,
    response: onboardingSchema,
  }),
  saveOnboarding: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/onboarding',
    summary: 'Move the wizard to a step, or skip it (it can be resumed)',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ step: z.enum(ONBOARDING_STEPS), skipped: z.boolean() }),
    response: onboardingSchema,
  }),
} as const;
