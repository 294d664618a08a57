-- Reports (issue 7, A7): read-only share links to a dashboard report, schedules that make reports
-- weekly or monthly, and the reports they made.

-- A share link. Only the SHA-256 of its token is kept, so a leaked database does not open the
-- links. The report is rendered once, when the link is made, and stored here: the person it is
-- sent to sees what the sender saw, a public URL never runs the dashboard's queries (anonymous
-- visitors cannot load the database), and nothing added to the workspace later shows through it.
CREATE TABLE report_share_links (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  period_from date NOT NULL,
  period_to date NOT NULL,
  denominator text NOT NULL CHECK (denominator IN ('reach', 'impressions', 'followers')),
  locale text NOT NULL,
  html text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  view_count integer NOT NULL DEFAULT 0,
  last_viewed_at timestamptz
);
CREATE INDEX report_share_links_workspace ON report_share_links (workspace_id, created_at DESC);

-- A report made on a schedule: weekly on `weekday` (0 = Monday) or monthly on `month_day` (1–28,
-- so every month has it), at `hour`:`minute` in the workspace's time zone. A weekly report covers
-- the 7 days before the day it is made, a monthly one the previous calendar month.
CREATE TABLE report_schedules (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  frequency text NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
  weekday integer CHECK (weekday BETWEEN 0 AND 6),
  month_day integer CHECK (month_day BETWEEN 1 AND 28),
  hour integer NOT NULL CHECK (hour BETWEEN 0 AND 23),
  minute integer NOT NULL CHECK (minute BETWEEN 0 AND 59),
  locale text NOT NULL,
  denominator text NOT NULL CHECK (denominator IN ('reach', 'impressions', 'followers')),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((frequency = 'weekly' AND weekday IS NOT NULL AND month_day IS NULL) OR (frequency = 'monthly' AND month_day IS NOT NULL AND weekday IS NULL))
);
CREATE INDEX report_schedules_workspace ON report_schedules (workspace_id);

-- A report that was made. The dashboard value is frozen here (HTML is also kept, ready to serve);
-- the PDF is drawn from the frozen value on download, so both files show the same figures.
-- `due_at` is the scheduled instant it was made for: unique per schedule, so however many
-- workers or job retries reach a due schedule, it makes one report.
CREATE TABLE generated_reports (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  schedule_id uuid REFERENCES report_schedules (id) ON DELETE SET NULL,
  due_at timestamptz NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  denominator text NOT NULL,
  locale text NOT NULL,
  workspace_name text NOT NULL,
  dashboard jsonb NOT NULL,
  html text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (schedule_id, due_at)
);
CREATE INDEX generated_reports_workspace ON generated_reports (workspace_id, created_at DESC);
