-- Tracked links (A3): every link in a published post becomes a short link `/l/<code>` on the
-- workspace's public URL, which redirects to the original with UTM parameters and counts clicks.

-- Whether links in this workspace's posts are replaced by short links. No row means on (the default).
CREATE TABLE link_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  tracking_enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One short link per (post target, original URL): a retry of the same attempt finds the row the
-- first try made and publishes the same text. `destination_url` is the original with the UTM
-- parameters, fixed at creation, so the redirect never builds anything from the request.
CREATE TABLE short_links (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  code text NOT NULL UNIQUE,
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  target_id uuid NOT NULL REFERENCES post_targets (id) ON DELETE CASCADE,
  account_id uuid REFERENCES connected_accounts (id) ON DELETE SET NULL,
  network text NOT NULL,
  campaign text,
  target_url text NOT NULL,
  destination_url text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (target_id, target_url)
);
CREATE INDEX short_links_workspace ON short_links (workspace_id, created_at DESC);
CREATE INDEX short_links_post ON short_links (post_id);

-- Clicks per link and day (the workspace's calendar day when the click came). Bot clicks (crawlers,
-- link-preview fetchers) are counted apart and never as clicks. `unique_visitors` counts the
-- distinct visitor hashes of the day.
CREATE TABLE link_clicks_daily (
  link_id uuid NOT NULL REFERENCES short_links (id) ON DELETE CASCADE,
  day date NOT NULL,
  clicks integer NOT NULL DEFAULT 0,
  bot_clicks integer NOT NULL DEFAULT 0,
  unique_visitors integer NOT NULL DEFAULT 0,
  PRIMARY KEY (link_id, day)
);

-- A secret salt per calendar day. Visitor hashes are keyed with it, so the same person cannot be
-- recognised across days, and once the salt is deleted (two days after the day, when the day is
-- over in every time zone) nobody can recompute a hash from an address either.
CREATE TABLE link_visitor_salts (
  day date PRIMARY KEY,
  salt text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The day's visitor hashes (HMAC of address and browser under the day's salt), kept only while
-- the day's salt exists, to tell a new visitor from a returning one. Never a raw address.
CREATE TABLE link_visitors (
  link_id uuid NOT NULL REFERENCES short_links (id) ON DELETE CASCADE,
  day date NOT NULL,
  visitor_hash text NOT NULL,
  PRIMARY KEY (link_id, day, visitor_hash)
);
CREATE INDEX link_visitors_day ON link_visitors (day);
