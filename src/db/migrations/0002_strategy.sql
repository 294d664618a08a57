-- Strategy and governance (S1–S5): the business profile, versioned strategy documents, the
-- account inventory and where the onboarding wizard stands. Every row belongs to a workspace.

-- One profile per workspace, replaced as a whole; the advisor reads it (src/core/strategy/profile.ts).
CREATE TABLE business_profiles (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  profile jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL
);

-- Each save is a new version that keeps the profile and the advice of its time, so an old
-- document can be read and explained as it was. UNIQUE (workspace_id, version) stops two
-- concurrent saves from taking the same number.
CREATE TABLE strategy_versions (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version > 0),
  profile jsonb NOT NULL,
  advice jsonb NOT NULL,
  goals jsonb NOT NULL,
  channels jsonb NOT NULL,
  content_plan jsonb NOT NULL,
  roles jsonb NOT NULL,
  notes text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, version)
);

-- Every account the business has, connected through a connector or registered by hand.
CREATE TABLE inventory_accounts (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  network text NOT NULL,
  handle text NOT NULL,
  display_name text,
  url text,
  owner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  purpose text,
  goal text,
  connected boolean NOT NULL DEFAULT false,
  token_expires_at timestamptz,
  last_post_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inventory_accounts_workspace ON inventory_accounts (workspace_id, network);

CREATE TABLE onboarding (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  step text NOT NULL,
  skipped boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
