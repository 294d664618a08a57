/**
 * Drizzle's view of the tables. The SQL files in `migrations/` are the source of truth for the
 * database; this file mirrors them for typed queries (a test checks the two agree).
 */
import { bigserial, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Advice } from '../core/strategy/reasons.js';
import type { ChosenGoal } from '../core/strategy/goals.js';
import type { BusinessProfile } from '../core/strategy/profile.js';
import type { ChannelChoice, ContentPlan, StrategyRole } from '../core/planning/types.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  createdAt: createdAt(),
});

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('UTC'),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.userId] })],
);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull(),
  role: text('role').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
});

export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: createdAt(),
  usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
});

export const loginFailures = pgTable('login_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  email: text('email').notNull(),
  ip: text('ip').notNull(),
  createdAt: createdAt(),
});

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  workspaceId: uuid('workspace_id'),
  actorUserId: uuid('actor_user_id'),
  actorApiKeyId: uuid('actor_api_key_id'),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  ip: text('ip'),
  createdAt: createdAt(),
});

const timestampTz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const businessProfiles = pgTable('business_profiles', {
  workspaceId: uuid('workspace_id').primaryKey(),
  profile: jsonb('profile').$type<BusinessProfile>().notNull().default({}),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

export const strategyVersions = pgTable(
  'strategy_versions',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    version: integer('version').notNull(),
    profile: jsonb('profile').$type<BusinessProfile>().notNull(),
    advice: jsonb('advice').$type<Advice>().notNull(),
    goals: jsonb('goals').$type<ChosenGoal[]>().notNull(),
    channels: jsonb('channels').$type<ChannelChoice[]>().notNull(),
    contentPlan: jsonb('content_plan').$type<ContentPlan>().notNull(),
    roles: jsonb('roles').$type<StrategyRole[]>().notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.workspaceId, table.version)],
);

export const inventoryAccounts = pgTable('inventory_accounts', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  network: text('network').notNull(),
  handle: text('handle').notNull(),
  displayName: text('display_name'),
  url: text('url'),
  ownerUserId: uuid('owner_user_id'),
  purpose: text('purpose'),
  goal: text('goal'),
  connected: boolean('connected').notNull().default(false),
  tokenExpiresAt: timestampTz('token_expires_at'),
  lastPostAt: timestampTz('last_post_at'),
  createdAt: createdAt(),
});

export const onboarding = pgTable('onboarding', {
  workspaceId: uuid('workspace_id').primaryKey(),
  step: text('step').notNull(),
  skipped: boolean('skipped').notNull().default(false),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});

export const schema = {
  users,
  workspaces,
  memberships,
  sessions,
  apiKeys,
  setupTokens,
  loginFailures,
  auditLog,
  businessProfiles,
  strategyVersions,
  inventoryAccounts,
  onboarding,
};
