/**
 * Endpoints of publishing (issue 4): posts with their targets, the approval workflow, the
 * calendar with its cadence rows, queue slots, and the workspace's publishing settings.
 */
import { z } from 'zod';
import { FAILURE_KINDS } from '../../core/connections/vocabulary.js';
import { FINDING_CODES, RULE_IDS } from '../../core/content/types.js';
import { DATE_ORDERS, IMPORT_ERROR_CODES, IMPORT_LAYOUTS } from '../../core/publishing/bulk-import.js';
import { POST_ACTIONS, POST_STATUSES, TARGET_STATUSES } from '../../core/publishing/workflow.js';
import { WEEKDAYS } from '../../core/scheduling/calendar-date.js';
import { define, id, isoDate, list, ok, workspaceParams } from '../contract.js';

const postParams = z.strictObject({ workspaceId: id, postId: id });
const accountParams = z.strictObject({ workspaceId: id, accountId: id });

export const pollContentSchema = z.strictObject({
  options: z.array(z.string().trim().min(1).max(200)).min(2).max(10),
  durationMinutes: z.number().int().min(1).max(60 * 24 * 31),
  multipleChoice: z.boolean(),
});

/** A post's words and media; one part is a single post, more are a thread. */
export const postContentSchema = z.strictObject({
  parts: z
    .array(z.strictObject({ text: z.string().max(20_000), mediaIds: z.array(id).max(20) }))
    .min(1)
    .max(25)
    .transform((parts) => parts as [(typeof parts)[number], ...typeof parts]),
  poll: pollContentSchema.nullable(),
  firstComment: z.string().trim().min(1).max(10_000).nullable(),
  contentWarning: z.string().trim().min(1).max(500).nullable(),
});

const targetInputSchema = z.strictObject({
  accountId: id,
  /** The account's own variant; omitted or null publishes the master version. */
  content: postContentSchema.nullable().optional(),
});

/** A problem that stops a post from being scheduled on one account, found by that network's rules. */
export const contentProblemSchema = z.object({
  accountId: id,
  code: z.enum(['too_long', 'too_many_media', 'media_type', 'media_too_large', 'mixed_media', 'alt_text_too_long', 'no_poll', 'poll_rules', 'no_thread', 'thread_too_long', 'no_first_comment', 'no_content_warning', 'no_media_support', 'empty', 'media_missing', 'account_unusable']),
  part: z.number().nullable(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The content coach's advice for one account (P4): worded by `wordFinding` in the reader's language. */
export const coachFindingSchema = z.object({
  accountId: id,
  rule: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  code: z.enum(FINDING_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const postTargetSchema = z.object({
  id,
  accountId: id,
  network: z.string(),
  accountHandle: z.string(),
  content: postContentSchema.nullable(),
  status: z.enum(TARGET_STATUSES),
  attempts: z.number(),
  nextAttemptAt: isoDate.nullable(),
  failure: z.object({ kind: z.enum(FAILURE_KINDS).or(z.literal('missed')), message: z.string() }).nullable(),
  externalId: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: isoDate.nullable(),
});

export const postSchema = z.object({
  id,
  status: z.enum(POST_STATUSES),
  content: postContentSchema,
  campaign: z.string().nullable(),
  scheduledAt: isoDate.nullable(),
  /** RFC 5545 RRULE value (FREQ DAILY, WEEKLY or MONTHLY; INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL, WKST). */
  recurrence: z.string().nullable(),
  seriesId: id.nullable(),
  version: z.number(),
  author: z.object({ id, name: z.string() }).nullable(),
  targets: z.array(postTargetSchema),
  problems: z.array(contentProblemSchema),
  findings: z.array(coachFindingSchema),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const postTransitionSchema = z.object({
  action: z.string(),
  from: z.enum(POST_STATUSES),
  to: z.enum(POST_STATUSES),
  actor: z.object({ id: id.nullable(), name: z.string() }),
  comment: z.string().nullable(),
  at: isoDate,
});

export const cadenceDaySchema = z.object({ date: z.string(), posts: z.number(), active: z.boolean(), gap: z.boolean() });
export const queueSlotSchema = z.strictObject({ weekday: z.enum(WEEKDAYS), hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) });

export const publishingSettingsSchema = z.strictObject({
  approvalRequired: z.boolean(),
  /** A post found late (after downtime): sent anyway, or marked missed after `lateMinutes`. */
  latePolicy: z.enum(['send_anyway', 'skip_after']),
  lateMinutes: z.number().int().min(1).max(10_080),
});

const postWriteSchema = {
  content: postContentSchema,
  targets: z.array(targetInputSchema).min(1).max(50),
  campaign: z.string().trim().min(1).max(200).nullable().optional(),
  scheduledAt: isoDate.nullable().optional(),
  recurrence: z.string().trim().min(1).max(500).nullable().optional(),
};

const mediaParams = z.strictObject({ workspaceId: id, mediaId: id });

/** A bad row of an imported file (or the whole file): its line, a code with figures for the interface, and a reason in English. */
export const importErrorSchema = z.object({
  line: z.number(),
  code: z.enum(IMPORT_ERROR_CODES),
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  layout: z.enum(IMPORT_LAYOUTS),
  rows: z.number(),
  goodRows: z.number(),
  imported: z.number(),
  status: z.enum(['scheduled', 'in_review']),
  posts: z.array(id),
  errors: z.array(importErrorSchema),
});

/**
 * An asset of the media library. Uploads go to `POST …/media/upload?fileName=…` with the file as
 * the raw body (a stream, outside this JSON contract); `fileUrl` and `thumbnailUrl` serve it back.
 */
export const mediaAssetSchema = z.object({
  id,
  kind: z.enum(['image', 'video']),
  mimeType: z.string(),
  bytes: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  fileName: z.string(),
  altText: z.string(),
  fileUrl: z.string(),
  thumbnailUrl: z.string().nullable(),
  createdAt: isoDate,
});

export const publishingEndpoints = {
  listMedia: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/media',
    summary: 'The media library, newest first',
    auth: 'any',
    params: workspaceParams,
    response: list(mediaAssetSchema),
  }),
  importMedia: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/media/import',
    summary: 'Fetch an image or video from a public http(s) URL into the library',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(2_000), altText: z.string().max(2_000).optional() }),
    response: mediaAssetSchema,
    status: 201,
  }),
  updateMedia: define({
    method: 'PATCH',
    path: '/api/workspaces/:workspaceId/media/:mediaId',
    summary: "Change an asset's alt text",
    auth: 'any',
    params: mediaParams,
    body: z.strictObject({ altText: z.string().max(2_000) }),
    response: mediaAssetSchema,
  }),
  deleteMedia: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/media/:mediaId',
    summary: 'Remove an asset no post uses',
    auth: 'any',
    params: mediaParams,
    response: ok,
  }),
  listPosts: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/posts',
    summary: 'Posts for the calendar (scheduled between from and to) or by status',
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({
      from: isoDate.optional(),
      to: isoDate.optional(),
      status: z.enum(POST_STATUSES).optional(),
      accountId: id.optional(),
      limit: z.coerce.number().int().min(1).max(500).default(200),
    }),
    response: list(postSchema),
  }),
  createPost: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/posts',
    summary: 'Create a draft for one or more accounts',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject(postWriteSchema),
    response: postSchema,
    status: 201,
  }),
  getPost: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/posts/:postId',
    summary: 'One post with its targets, problems and history',
    auth: 'any',
    params: postParams,
    response: postSchema.extend({ history: z.array(postTransitionSchema) }),
  }),
  updatePost: define({
    method: 'PATCH',
    path: '/api/workspaces/:workspaceId/posts/:postId',
    summary: 'Change a post; an approved post goes back to review where approval is required',
    auth: 'any',
    params: postParams,
    body: z.strictObject({
      expectedVersion: z.number().int().min(1),
      content: postWriteSchema.content.optional(),
      targets: postWriteSchema.targets.optional(),
      campaign: postWriteSchema.campaign,
      scheduledAt: postWriteSchema.scheduledAt,
      recurrence: postWriteSchema.recurrence,
    }),
    response: postSchema,
  }),
  deletePost: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/posts/:postId',
    summary: 'Delete a post that has not gone out',
    auth: 'any',
    params: postParams,
    response: ok,
  }),
  postAction: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/posts/:postId/actions',
    summary: 'Submit, approve, reject, schedule, unschedule or return a post to draft',
    auth: 'any',
    params: postParams,
    body: z.strictObject({
      action: z.enum(POST_ACTIONS),
      expectedVersion: z.number().int().min(1),
      comment: z.string().trim().min(1).max(2_000).optional(),
      /** With `schedule`: when; the post's own time when omitted. */
      scheduledAt: isoDate.optional(),
    }),
    response: postSchema,
  }),
  addPostToQueue: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/posts/:postId/queue',
    summary: "Schedule the post at the next free queue slot of its first account",
    auth: 'any',
    params: postParams,
    body: z.strictObject({ expectedVersion: z.number().int().min(1) }),
    response: postSchema,
  }),
  importPosts: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/posts/import',
    summary: "Import posts from a CSV file (Hootsuite's bulk layout or Chorus'); a file with bad rows imports nothing unless importGoodRows",
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({
      /** The file's text; the request as a whole stays under the server's 1 MiB body limit. */
      csv: z.string().min(1).max(1_048_576),
      layout: z.enum(['auto', ...IMPORT_LAYOUTS]).default('auto'),
      dateOrder: z.enum(DATE_ORDERS).optional(),
      accountIds: z.array(id).max(50).default([]),
      importGoodRows: z.boolean().default(false),
      dryRun: z.boolean().default(false),
    }),
    response: importResultSchema,
  }),
  validatePost: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/posts/validate',
    summary: "Check content against every chosen account's network rules before saving",
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ content: postContentSchema, targets: postWriteSchema.targets, scheduledAt: isoDate.nullable().optional() }),
    response: z.object({ problems: z.array(contentProblemSchema), findings: z.array(coachFindingSchema) }),
  }),
  getCalendar: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/calendar',
    summary: 'Posts between two instants, the later occurrences of recurring series, and per account the cadence row of those days',
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({ from: isoDate, to: isoDate }),
    response: z.object({
      timezone: z.string(),
      posts: z.array(postSchema),
      repeats: z.object({ posts: z.array(postSchema), occurrences: z.array(z.object({ postId: id, at: isoDate })) }),
      cadence: z.array(z.object({ accountId: id, postsPerWeek: z.number().nullable(), source: z.enum(['strategy', 'setting']).nullable(), days: z.array(cadenceDaySchema) })),
    }),
  }),
  getAccountSchedule: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/connections/:accountId/schedule',
    summary: "An account's queue slots and cadence target",
    auth: 'any',
    params: accountParams,
    response: z.object({ slots: z.array(queueSlotSchema), postsPerWeek: z.number().nullable() }),
  }),
  saveAccountSchedule: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/connections/:accountId/schedule',
    summary: "Set an account's queue slots and cadence target",
    auth: 'any',
    params: accountParams,
    body: z.strictObject({ slots: z.array(queueSlotSchema).max(200), postsPerWeek: z.number().min(0.1).max(100).nullable() }),
    response: z.object({ slots: z.array(queueSlotSchema), postsPerWeek: z.number().nullable() }),
  }),
  getPublishingSettings: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/publishing/settings',
    summary: 'Whether posts need approval, and what happens to late posts',
    auth: 'any',
    params: workspaceParams,
    response: publishingSettingsSchema,
  }),
  savePublishingSettings: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/publishing/settings',
    summary: 'Change the publishing settings',
    auth: 'any',
    params: workspaceParams,
    body: publishingSettingsSchema,
    response: publishingSettingsSchema,
  }),
} as const;
