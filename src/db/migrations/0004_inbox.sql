-- The unified inbox (issue 6): conversations and their items from every connected account, what
-- the team does with them (replies, notes, assignment), the workspace's response-time settings,
-- and the events, in-app notifications and signed webhooks that carry alerts out.

-- A thread the team works as one: the comments under one of the account's posts, the messages
-- with one person, or one mention. `thread_key` names it on the network.
CREATE TABLE inbox_conversations (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  network text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('post', 'direct', 'mention')),
  thread_key text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The person on the other side (for a post thread: whoever wrote last).
  contact_external_id text,
  contact_handle text,
  contact_name text,
  contact_followers integer,
  -- Of the latest inbound item; the list filters on them.
  language text,
  sentiment text CHECK (sentiment IN ('positive', 'neutral', 'negative')),
  priority integer NOT NULL DEFAULT 0,
  priority_reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  item_count integer NOT NULL DEFAULT 0,
  last_item_at timestamptz,
  -- The oldest inbound item nobody has answered yet; null when everything is answered.
  waiting_since timestamptz,
  first_inbound_at timestamptz,
  first_response_at timestamptz,
  first_response_by uuid REFERENCES users (id) ON DELETE SET NULL,
  resolved_at timestamptz,
  -- When the response-time alert for the current wait was sent, so it is sent once.
  alerted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (account_id, kind, thread_key)
);
-- The list always orders by priority DESC, last_item_at DESC, id DESC and reads one page, so each
-- index below ends in exactly that order: PostgreSQL walks it and stops after a page, with no sort
-- of everything that matches (issue 6 benchmark: p95 ≤ 50 ms with a million items; figures in
-- test/bench/inbox.ts). The id column completes the order, so keyset paging starts inside the index.
-- By status (the usual view):
CREATE INDEX inbox_conversations_list ON inbox_conversations (workspace_id, status, priority DESC, last_item_at DESC, id DESC);
-- Without a status filter:
CREATE INDEX inbox_conversations_order ON inbox_conversations (workspace_id, priority DESC, last_item_at DESC, id DESC);
-- One account's conversations:
CREATE INDEX inbox_conversations_account_order ON inbox_conversations (account_id, priority DESC, last_item_at DESC, id DESC);
-- "Assigned to me" across statuses:
CREATE INDEX inbox_conversations_assignee ON inbox_conversations (workspace_id, assignee_id, priority DESC, last_item_at DESC, id DESC);
-- The unanswered queue: only conversations that wait are in it, so it stays small.
CREATE INDEX inbox_conversations_unanswered ON inbox_conversations (workspace_id, priority DESC, last_item_at DESC, id DESC)
  WHERE waiting_since IS NOT NULL;
CREATE INDEX inbox_conversations_waiting ON inbox_conversations (workspace_id, waiting_since) WHERE waiting_since IS NOT NULL;
CREATE INDEX inbox_conversations_updated ON inbox_conversations (workspace_id, updated_at);

-- One comment, mention, message or review, or one of the team's replies (direction outbound).
CREATE TABLE inbox_items (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES inbox_conversations (id) ON DELETE CASCADE,
  external_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('comment', 'mention', 'direct_message', 'review', 'reply')),
  direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  text text NOT NULL,
  author_external_id text NOT NULL,
  author_handle text NOT NULL,
  author_name text,
  author_url text,
  author_followers integer,
  url text,
  in_reply_to_id text,
  root_post_id text,
  language text,
  sentiment text CHECK (sentiment IN ('positive', 'neutral', 'negative')),
  sentiment_score real,
  priority integer NOT NULL DEFAULT 0,
  priority_reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  edited_at timestamptz,
  deleted_at timestamptz,
  -- For outbound items: the team member who wrote it.
  sent_by uuid REFERENCES users (id) ON DELETE SET NULL,
  UNIQUE (account_id, external_id)
);
CREATE INDEX inbox_items_conversation ON inbox_items (conversation_id, occurred_at);
CREATE INDEX inbox_items_author ON inbox_items (workspace_id, author_external_id);
-- Ingestion re-checks each account's recent inbound items for edits and deletions on every poll.
-- Plain, not partial: without statistics PostgreSQL chose a partial index for the aggregate query
-- and read every inbound item (measured: 3 s per stored page).
CREATE INDEX inbox_items_recent ON inbox_items (account_id, occurred_at DESC);

-- Where polling an account's inbound items stands, and when to poll it next.
CREATE TABLE inbox_cursors (
  account_id uuid PRIMARY KEY REFERENCES connected_accounts (id) ON DELETE CASCADE,
  cursor text,
  next_poll_at timestamptz NOT NULL DEFAULT now(),
  last_polled_at timestamptz,
  consecutive_failures integer NOT NULL DEFAULT 0,
  last_error text
);

-- A reply being sent: the idempotency key makes a retry the same reply, never a second one.
CREATE TABLE inbox_replies (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES inbox_conversations (id) ON DELETE CASCADE,
  in_reply_to_item_id uuid NOT NULL REFERENCES inbox_items (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  text text NOT NULL,
  idempotency_key text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'needs_check')),
  failure_kind text,
  failure_message text,
  attempts integer NOT NULL DEFAULT 0,
  item_id uuid REFERENCES inbox_items (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX inbox_replies_conversation ON inbox_replies (conversation_id, created_at);

CREATE TABLE inbox_notes (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES inbox_conversations (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inbox_notes_conversation ON inbox_notes (conversation_id, created_at);

CREATE TABLE saved_replies (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  title text NOT NULL,
  body text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, title)
);

-- Response-time settings; without a row the workspace answers around the clock, target from the strategy.
CREATE TABLE inbox_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  -- {"mon": [["09:00","17:00"]], ...} in the workspace's time zone; null means always open.
  business_hours jsonb,
  response_target_minutes integer CHECK (response_target_minutes > 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Events for webhooks, written in the same transaction as the change they report (outbox).
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_events_workspace ON outbox_events (workspace_id, created_at);

CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  url text NOT NULL,
  -- Standard Webhooks secret (whsec_…), sealed like network credentials.
  secret_sealed text NOT NULL,
  event_types text[] NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY,
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id uuid NOT NULL REFERENCES outbox_events (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  response_status integer,
  last_error text,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- Every attempt of a webhook delivery, so the delivery log shows each try's answer or error,
-- not only the last one (webhook_deliveries keeps the summary the scheduler works from).
CREATE TABLE webhook_attempts (
  id uuid PRIMARY KEY,
  delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  attempted_at timestamptz NOT NULL,
  response_status integer,
  error text,
  duration_ms integer NOT NULL,
  UNIQUE (delivery_id, attempt)
);

-- In-app notifications, one row per person so each reads their own.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, workspace_id, created_at DESC);
