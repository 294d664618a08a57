-- Metric history (issue 7, A1): raw snapshots of every published post target and connected
-- account as the network reports them, when each is snapshotted next, and daily rollups that the
-- dashboard reads instead of the raw rows. Only counters are stored; every rate is computed on read.

-- What a network said about one published post at one moment. Counters are cumulative (a post's
-- likes so far); NULL where the network does not report that counter.
CREATE TABLE metric_post_snapshots (
  target_id uuid NOT NULL REFERENCES post_targets (id) ON DELETE CASCADE,
  taken_at timestamptz NOT NULL,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  impressions bigint,
  reach bigint,
  views bigint,
  likes bigint,
  replies bigint,
  reposts bigint,
  quotes bigint,
  bookmarks bigint,
  clicks bigint,
  PRIMARY KEY (target_id, taken_at)
);

-- What a network said about one account at one moment.
CREATE TABLE metric_account_snapshots (
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  taken_at timestamptz NOT NULL,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  followers bigint,
  following bigint,
  posts bigint,
  PRIMARY KEY (account_id, taken_at)
);

-- One row per published target that is measured: when it is due next (dense in the first day,
-- then daily to 90 days; NULL when done), and what the dashboard needs to group it without joining
-- the publishing tables (network, campaign, publish time). Written by the metrics scheduler when
-- it first sees a published target, so publishing does not need to know about measurement.
CREATE TABLE metric_post_schedules (
  target_id uuid PRIMARY KEY REFERENCES post_targets (id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  network text NOT NULL,
  campaign text,
  external_id text NOT NULL,
  published_at timestamptz NOT NULL,
  next_snapshot_at timestamptz,
  snapshots_taken integer NOT NULL DEFAULT 0,
  last_snapshot_at timestamptz,
  last_error text
);
CREATE INDEX metric_post_schedules_due ON metric_post_schedules (next_snapshot_at) WHERE next_snapshot_at IS NOT NULL;
CREATE INDEX metric_post_schedules_account_due ON metric_post_schedules (account_id, next_snapshot_at) WHERE next_snapshot_at IS NOT NULL;
CREATE INDEX metric_post_schedules_published ON metric_post_schedules (workspace_id, published_at);

-- One row per connected account whose network reports account metrics: snapshotted daily.
CREATE TABLE metric_account_schedules (
  account_id uuid PRIMARY KEY REFERENCES connected_accounts (id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  next_snapshot_at timestamptz NOT NULL,
  last_snapshot_at timestamptz,
  last_error text
);
CREATE INDEX metric_account_schedules_due ON metric_account_schedules (next_snapshot_at);

-- A post target's day, in the workspace's zone: the day's latest snapshot (cumulative counters)
-- and what the day added over the latest earlier day (gained_*). Kept as snapshots arrive.
CREATE TABLE metric_post_daily (
  target_id uuid NOT NULL REFERENCES post_targets (id) ON DELETE CASCADE,
  day date NOT NULL,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  network text NOT NULL,
  campaign text,
  taken_at timestamptz NOT NULL,
  impressions bigint,
  reach bigint,
  views bigint,
  likes bigint,
  replies bigint,
  reposts bigint,
  quotes bigint,
  bookmarks bigint,
  clicks bigint,
  gained_impressions bigint NOT NULL DEFAULT 0,
  gained_reach bigint NOT NULL DEFAULT 0,
  gained_views bigint NOT NULL DEFAULT 0,
  gained_likes bigint NOT NULL DEFAULT 0,
  gained_replies bigint NOT NULL DEFAULT 0,
  gained_reposts bigint NOT NULL DEFAULT 0,
  gained_quotes bigint NOT NULL DEFAULT 0,
  gained_bookmarks bigint NOT NULL DEFAULT 0,
  gained_clicks bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (target_id, day)
);

-- The day's gains summed per account, network and campaign ('' for none): the small table the
-- dashboard's charts read, and network or campaign figures are a GROUP BY over it. Separate rows
-- (rather than GROUP BY over metric_post_daily) because a busy workspace has thousands of live
-- posts a day; this table has one row per account and campaign that gained anything that day.
CREATE TABLE metric_daily_totals (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  day date NOT NULL,
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  network text NOT NULL,
  campaign text NOT NULL DEFAULT '',
  impressions bigint NOT NULL DEFAULT 0,
  reach bigint NOT NULL DEFAULT 0,
  views bigint NOT NULL DEFAULT 0,
  likes bigint NOT NULL DEFAULT 0,
  replies bigint NOT NULL DEFAULT 0,
  reposts bigint NOT NULL DEFAULT 0,
  quotes bigint NOT NULL DEFAULT 0,
  bookmarks bigint NOT NULL DEFAULT 0,
  clicks bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (workspace_id, day, account_id, network, campaign)
);

-- An account's day: the day's latest snapshot.
CREATE TABLE metric_account_daily (
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  day date NOT NULL,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  network text NOT NULL,
  taken_at timestamptz NOT NULL,
  followers bigint,
  following bigint,
  posts bigint,
  PRIMARY KEY (account_id, day)
);
CREATE INDEX metric_account_daily_workspace ON metric_account_daily (workspace_id, day);

-- The heatmap counts comments and mentions by the hour they arrived, per workspace.
CREATE INDEX inbox_items_workspace_time ON inbox_items (workspace_id, occurred_at);
