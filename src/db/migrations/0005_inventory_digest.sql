-- The weekly inventory digest (S5): one row per workspace and ISO week it was sent for. The
-- primary key is what keeps it to one digest a week when several scheduler or worker processes
-- run the same hourly job.
CREATE TABLE inventory_digests (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  week text NOT NULL,
  sent_at timestamptz NOT NULL,
  account_count integer NOT NULL,
  flagged_count integer NOT NULL,
  PRIMARY KEY (workspace_id, week)
);
