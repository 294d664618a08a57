-- Orders, attribution and money (A4, A5): orders sent by a shop (API, thank-you-page script or
-- CSV), credited at write time to the social touch that brought them; spend on social per
-- network, campaign and month; other channels' figures per month; vouchers; and the settings.

-- Per workspace: the attribution window, the currency money figures are shown in, and the public
-- "shop tag" the thank-you-page script sends orders with (it can only record orders).
CREATE TABLE attribution_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  window_days integer NOT NULL DEFAULT 30 CHECK (window_days BETWEEN 1 AND 365),
  currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  shop_tag text UNIQUE,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Voucher codes handed out on social, and where an order using one is credited.
CREATE TABLE vouchers (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  code text NOT NULL,
  network text NOT NULL,
  campaign text,
  post_id uuid REFERENCES posts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, code)
);

-- One row per order of the shop. The customer is known by a hash only. The touch is what the
-- shop sent; the attribution columns are filled when the order is written, so figures never
-- re-run attribution (a later change of the window applies to later orders). `link_id` has no
-- foreign key: the order's credit stays history even when its link is removed.
CREATE TABLE orders (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  order_id text NOT NULL,
  ordered_at timestamptz NOT NULL,
  amount numeric(18, 4) NOT NULL CHECK (amount >= 0),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  customer_hash text,
  source text NOT NULL CHECK (source IN ('api', 'script', 'csv')),
  touch_kind text CHECK (touch_kind IN ('link', 'utm', 'voucher')),
  touch_value text,
  touch_utm jsonb,
  touched_at timestamptz,
  attribution text NOT NULL CHECK (attribution IN ('attributed', 'not_attributed')),
  attribution_reason text,
  window_days integer NOT NULL,
  link_id uuid,
  target_id uuid REFERENCES post_targets (id) ON DELETE SET NULL,
  post_id uuid REFERENCES posts (id) ON DELETE SET NULL,
  account_id uuid REFERENCES connected_accounts (id) ON DELETE SET NULL,
  network text,
  campaign text,
  voucher text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, order_id)
);
CREATE INDEX orders_workspace_time ON orders (workspace_id, ordered_at);
CREATE INDEX orders_customer ON orders (workspace_id, customer_hash, ordered_at) WHERE customer_hash IS NOT NULL;

-- Answers to `POST /api/orders` by idempotency key: a retry with the same key and body gets the
-- first answer; the same key with another body is refused.
CREATE TABLE order_requests (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  idempotency_key text NOT NULL,
  request_hash text NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, idempotency_key)
);

-- Money spent on social per month: ads and tools as amounts, work as hours × hourly rate.
CREATE TABLE spend_entries (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  network text,
  campaign text,
  kind text NOT NULL CHECK (kind IN ('ads', 'tools', 'hours')),
  amount numeric(18, 4) CHECK (amount >= 0),
  hours numeric(10, 2) CHECK (hours >= 0),
  hourly_rate numeric(18, 4) CHECK (hourly_rate >= 0),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX spend_entries_month ON spend_entries (workspace_id, month);

-- Other channels' figures (SEO, search ads, e-mail, others) per month, entered or imported.
CREATE TABLE channel_figures (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  channel text NOT NULL,
  spend numeric(18, 4) NOT NULL CHECK (spend >= 0),
  orders integer NOT NULL CHECK (orders >= 0),
  revenue numeric(18, 4) NOT NULL CHECK (revenue >= 0),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, month, channel)
);
