-- Publishing (issue 4): posts and their life (P5), one target per account the post goes to with
-- the pipeline's state for it (P6), the workspace's publishing settings, per-account queue slots
-- and cadence (P3), and the media library (P2).

-- A post as the team writes it. `content` is the master version (parts of a thread, poll, first
-- comment, content warning); a target may carry its own variant. `version` grows with every change,
-- so an edit made on an old copy (two people, or a calendar drag) is refused instead of lost.
CREATE TABLE posts (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'needs_check')),
  content jsonb NOT NULL,
  campaign text,
  scheduled_at timestamptz,
  -- A recurring post (RFC 5545 RRULE value). Each occurrence is a post of its own; they share
  -- `series_id` (the first one's id) and `series_start`, whose local time in the workspace's zone
  -- every occurrence keeps. `occurrence_at` is the rule's instant for this one, even if it is moved.
  recurrence text,
  series_id uuid,
  series_start timestamptz,
  occurrence_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_calendar ON posts (workspace_id, scheduled_at);
-- Each occurrence of a series exists once, however often the pipeline finishes the one before it.
CREATE UNIQUE INDEX posts_series_occurrence ON posts (series_id, occurrence_at) WHERE series_id IS NOT NULL;
CREATE INDEX posts_status ON posts (workspace_id, status, updated_at DESC);

-- The post on one account. The idempotency key goes to the network with every attempt, so a retry
-- is the same post. `next_attempt_at` is when the pipeline may act on it next (its scheduled time,
-- a retry, a rate-limit reset, a reconciliation); `deadline_at` is when it stops trying.
CREATE TABLE post_targets (
  id uuid PRIMARY KEY,
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  content jsonb,
  status text NOT NULL CHECK (status IN ('pending', 'waiting', 'publishing', 'reconciling', 'published', 'failed', 'needs_check', 'missed')),
  idempotency_key text NOT NULL UNIQUE,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  deadline_at timestamptz,
  -- When the attempt in progress (or the last one) began; reconciliation looks from there.
  attempt_started_at timestamptz,
  -- A worker that dies mid-attempt leaves its claim; after this it is taken over (reconciled first).
  claimed_until timestamptz,
  failure_kind text,
  failure_message text,
  external_id text,
  url text,
  part_ids jsonb,
  published_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (post_id, account_id)
);
CREATE INDEX post_targets_due ON post_targets (next_attempt_at) WHERE status IN ('pending', 'waiting', 'reconciling');
CREATE INDEX post_targets_claimed ON post_targets (claimed_until) WHERE status = 'publishing';
CREATE INDEX post_targets_account ON post_targets (account_id, published_at);

-- Every change of a post's status: who, when, with what comment (P5).
CREATE TABLE post_transitions (
  id bigserial PRIMARY KEY,
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  action text NOT NULL,
  from_status text NOT NULL,
  to_status text NOT NULL,
  actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_name text NOT NULL,
  comment text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX post_transitions_post ON post_transitions (post_id, id);

-- Whether posts need an approval, and what happens to a post found late (after downtime).
CREATE TABLE publishing_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  approval_required boolean NOT NULL DEFAULT false,
  late_policy text NOT NULL DEFAULT 'skip_after' CHECK (late_policy IN ('send_anyway', 'skip_after')),
  late_minutes integer NOT NULL DEFAULT 60 CHECK (late_minutes BETWEEN 1 AND 10080)
);

-- Per account: weekly queue slots ("add to queue") and a cadence target when the strategy has none.
CREATE TABLE account_schedules (
  account_id uuid PRIMARY KEY REFERENCES connected_accounts (id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  slots jsonb NOT NULL DEFAULT '[]'::jsonb,
  posts_per_week real
);

-- The media library: files are stored by content hash behind the storage port; one row per
-- workspace and content, so the same file uploaded twice is one asset.
CREATE TABLE media_assets (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  content_hash text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('image', 'video')),
  mime_type text NOT NULL,
  bytes bigint NOT NULL,
  width integer,
  height integer,
  file_name text NOT NULL,
  alt_text text NOT NULL DEFAULT '',
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, content_hash)
);
