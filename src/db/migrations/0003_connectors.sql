-- Connected network accounts (issue 3), the OAuth flows that create them, the rate-limit ledger
-- and the small durable state connectors may keep. Secrets are stored sealed (AES-256-GCM with a
-- key id, src/app/secrets/secret-box.ts): the `*_sealed` columns never hold plaintext.

CREATE TABLE connected_accounts (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  network text NOT NULL,
  external_id text NOT NULL,
  handle text NOT NULL,
  display_name text,
  url text,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Per-account limits read from the network at connect time (a Mastodon instance's own).
  limits jsonb,
  credentials_sealed text NOT NULL,
  -- healthy: last call worked; degraded: a temporary failure; expired: needs a refresh that
  -- failed or is impossible; revoked: the network refused the credentials, reconnect needed.
  status text NOT NULL DEFAULT 'healthy' CHECK (status IN ('healthy', 'degraded', 'expired', 'revoked')),
  token_expires_at timestamptz,
  -- A lease so that one process at a time refreshes the credentials.
  refreshing_until timestamptz,
  last_error_kind text,
  last_error text,
  last_error_at timestamptz,
  last_ok_at timestamptz,
  connected_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, network, external_id)
);
CREATE INDEX connected_accounts_workspace ON connected_accounts (workspace_id, network);

-- An OAuth authorization in progress: created when the person is sent to the network, used once
-- by the callback, useless after `expires_at`.
CREATE TABLE oauth_flows (
  state text PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  network text NOT NULL,
  redirect_uri text NOT NULL,
  code_verifier_sealed text NOT NULL,
  settings_sealed text NOT NULL,
  reconnect_account_id uuid REFERENCES connected_accounts (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Fixed windows per budget: `scope_key` is `account:<id>` or `app:<network>`. `blocked_until`
-- is set from a network's 429 or reset headers; no request goes out before it.
CREATE TABLE rate_limit_windows (
  scope_key text NOT NULL,
  bucket text NOT NULL,
  window_started_at timestamptz NOT NULL,
  used integer NOT NULL DEFAULT 0 CHECK (used >= 0),
  blocked_until timestamptz,
  PRIMARY KEY (scope_key, bucket)
);

-- Durable key-value state a connector keeps for itself (the simulated network's posts, cached
-- per-instance app registrations).
CREATE TABLE connector_state (
  connector text NOT NULL,
  key text NOT NULL,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (connector, key)
);
