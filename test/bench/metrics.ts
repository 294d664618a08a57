/**
 * Metric history at scale (issue 7, A1/A6): 10,000,000 post snapshot rows on PostgreSQL,
 * generated with set-based SQL, rollups built from them, then the dashboard's metric figures
 * (`metricFigures`, rollups only) timed against the same answers computed from the raw snapshots.
 * The two must agree; the ratio says what the rollups buy. `METRICS_BENCH_ROWS` sets the scale
 * (e.g. 100000 for a quick check); `npm run bench -- metrics`.
 */
import { metricFigures, type MetricFigures } from '../../src/app/measurement/metric-figures.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.js';
import { periodInstants } from '../../src/core/metrics/dashboard-period.js';
import type { DashboardPeriod } from '../../src/core/metrics/dashboard.js';
import { engagementsOf } from '../../src/core/metrics/formulas.js';
import { migrate } from '../../src/db/migrate.js';
import { rebuildRollups } from '../../src/db/repositories/metrics.js';
import { percentile } from './inbox-list.js';
import { createFreshDatabase } from './support/postgres.js';
import { row, skippedRow, type Benchmark, type BenchResult } from './types.js';

const DEFAULT_ROWS = 10_000_000;
/** When a post is measured, in minutes after publishing: 7 in the first day, then daily to day 90. */
const SNAPSHOT_MINUTES = [15, 30, 60, 120, 240, 480, 1440, ...Array.from({ length: 89 }, (_, index) => (index + 2) * 1440)];
const YEAR_MINUTES = 365 * 1440;

/**
 * The snapshots a post has on average: posts are spread evenly over the year before NOW (the
 * newest an hour old), and one published less than 90 days ago has had only some of its 96.
 */
function meanSnapshotsPerPost(): number {
  const samples = 10_000;
  let total = 0;
  for (let sample = 0; sample < samples; sample += 1) {
    const ageMinutes = 60 + (sample / samples) * YEAR_MINUTES;
    total += SNAPSHOT_MINUTES.filter((minutes) => minutes <= ageMinutes).length;
  }
  return total / samples;
}
/** Posts per workspace over a year (about 14 a day): the dashboard reads one workspace among many. */
const POSTS_PER_WORKSPACE = 5_000;
const ACCOUNTS_PER_WORKSPACE = 5;
const NOW = '2026-11-30T12:00:00Z';
const ZONE = 'Europe/Warsaw';
const PERIOD: DashboardPeriod = { from: '2026-11-01', to: '2026-11-30', timezone: ZONE };
const ROLLUP_RUNS = 50;
const RAW_RUNS = 10;

function rowsWanted(): number {
  const raw = process.env.METRICS_BENCH_ROWS;
  const value = raw === undefined ? DEFAULT_ROWS : Number(raw);
  if (!Number.isInteger(value) || value < 1_000) throw new Error('METRICS_BENCH_ROWS must be a whole number of at least 1000');
  return value;
}

/** Deterministic ids, so the statements need no temporary tables (a pool may switch connections). */
const uuidOf = (expression: string) => `md5(${expression})::uuid`;

export async function generate(handle: DatabaseHandle, rows: number): Promise<{ workspaces: number; posts: number; snapshots: number }> {
  // Half a percent more posts than the mean asks for, so the rows reach the number asked for.
  const posts = Math.ceil((rows / meanSnapshotsPerPost()) * 1.005);
  const workspaces = Math.max(1, Math.ceil(posts / POSTS_PER_WORKSPACE));
  const perWorkspace = Math.ceil(posts / workspaces);
  const ws = uuidOf(`'ws-' || w`);
  const account = uuidOf(`'acc-' || w || '-' || (p % ${ACCOUNTS_PER_WORKSPACE})`);
  await handle.exec(`
    INSERT INTO workspaces (id, name, timezone) SELECT ${ws}, 'Bench ' || w, '${ZONE}' FROM generate_series(1, ${workspaces}) AS w;
    INSERT INTO connected_accounts (id, workspace_id, network, external_id, handle, credentials_sealed)
    SELECT ${uuidOf(`'acc-' || w || '-' || a`)}, ${ws}, (ARRAY['sandbox','bluesky','mastodon'])[1 + a % 3], 'acc' || w || '-' || a, 'acc' || w || '-' || a, 'x'
    FROM generate_series(1, ${workspaces}) AS w, generate_series(0, ${ACCOUNTS_PER_WORKSPACE - 1}) AS a;`);
  // Posts evenly over the year before NOW (newest first), a third with media, every other one a question.
  await handle.exec(`
    INSERT INTO posts (id, workspace_id, status, content, campaign, created_at, updated_at)
    SELECT ${uuidOf(`'post-' || w || '-' || p`)}, ${ws}, 'published',
      jsonb_build_object('parts', jsonb_build_array(jsonb_build_object('text', CASE WHEN p % 2 = 0 THEN 'What do you bake ' || p || '?' ELSE 'We bake bread ' || p || '.' END,
        'mediaIds', CASE WHEN p % 3 = 0 THEN jsonb_build_array(${uuidOf(`'media-' || p`)}::text) ELSE '[]'::jsonb END)), 'poll', null, 'firstComment', null, 'contentWarning', null),
      CASE WHEN p % 4 = 0 THEN 'winter' END, now(), now()
    FROM generate_series(1, ${workspaces}) AS w, generate_series(0, ${perWorkspace - 1}) AS p;
    INSERT INTO post_targets (id, post_id, workspace_id, account_id, status, idempotency_key, external_id, url, published_at)
    SELECT ${uuidOf(`'target-' || w || '-' || p`)}, ${uuidOf(`'post-' || w || '-' || p`)}, ${ws}, ${account}, 'published', 'bench-' || w || '-' || p, 'ext-' || w || '-' || p, NULL,
      '${NOW}'::timestamptz - (p * interval '365 days' / ${perWorkspace}) - interval '1 hour'
    FROM generate_series(1, ${workspaces}) AS w, generate_series(0, ${perWorkspace - 1}) AS p;
    INSERT INTO metric_post_schedules (target_id, workspace_id, post_id, account_id, network, campaign, external_id, published_at, next_snapshot_at, snapshots_taken)
    SELECT t.id, t.workspace_id, t.post_id, t.account_id, a.network, p.campaign, t.external_id, t.published_at, NULL, 0
    FROM post_targets t JOIN posts p ON p.id = t.post_id JOIN connected_accounts a ON a.id = t.account_id WHERE t.idempotency_key LIKE 'bench-%';`);
  // Counters grow towards a per-post ceiling (the first hours fastest), as the sandbox model does.
  await handle.exec(`
    INSERT INTO metric_post_snapshots (target_id, taken_at, workspace_id, impressions, reach, views, likes, replies, reposts, quotes, bookmarks, clicks)
    SELECT m.target_id, m.published_at + o.minutes * interval '1 minute', m.workspace_id,
      g.impressions, (g.impressions * 0.7)::bigint, NULL, (g.impressions * 0.03)::bigint, (g.impressions * 0.004)::bigint,
      (g.impressions * 0.006)::bigint, (g.impressions * 0.001)::bigint, (g.impressions * 0.002)::bigint, NULL
    FROM metric_post_schedules m
    CROSS JOIN (SELECT unnest(ARRAY[${SNAPSHOT_MINUTES.join(', ')}]) AS minutes) AS o
    CROSS JOIN LATERAL (SELECT floor((500 + 5000 * (abs(hashtext(m.target_id::text)) % 1000) / 1000.0) * (1 - exp(-o.minutes / 720.0)))::bigint AS impressions) AS g
    WHERE m.published_at + o.minutes * interval '1 minute' <= '${NOW}'::timestamptz;
    INSERT INTO metric_account_snapshots (account_id, taken_at, workspace_id, followers, following, posts)
    SELECT a.id, '${NOW}'::timestamptz - d * interval '1 day', a.workspace_id, 1000 + (365 - d) * 5 + abs(hashtext(a.id::text || d)) % 7, 200, 365 - d
    FROM connected_accounts a, generate_series(0, 364) AS d;`);
  const [count] = await handle.query<{ n: string }>('SELECT count(*)::text AS n FROM metric_post_snapshots');
  return { workspaces, posts: workspaces * perWorkspace, snapshots: Number(count?.n ?? 0) };
}

interface RawAnswer {
  daily: Array<{ day: string; impressions: number; reach: number; engagements: number; likes: number; replies: number; reposts: number }>;
  posts: Map<string, { impressions: number; reach: number; engagements: number; reposts: number }>;
}

const COUNTERS = ['impressions', 'reach', 'likes', 'replies', 'reposts', 'quotes', 'bookmarks'] as const;

/** The same daily gains and per-post latest counters, straight from the raw snapshots (through their primary key). */
async function fromRawSnapshots(handle: DatabaseHandle, workspaceId: string): Promise<RawAnswer> {
  const { start, end } = periodInstants(PERIOD);
  const gains = COUNTERS.map((c) => `sum(CASE WHEN ${c} IS NULL THEN 0 ELSE ${c} - COALESCE(prev_${c}, 0) END)::float8 AS ${c}`).join(', ');
  const lags = COUNTERS.map((c) => `lag(${c}) OVER (PARTITION BY target_id ORDER BY day) AS prev_${c}`).join(', ');
  const daily = await handle.query<Record<(typeof COUNTERS)[number], number> & { day: string }>(
    `WITH latest AS (
       SELECT DISTINCT ON (s.target_id, (s.taken_at AT TIME ZONE $2)::date) s.target_id, (s.taken_at AT TIME ZONE $2)::date AS day, ${COUNTERS.map((c) => `s.${c}`).join(', ')}
       FROM metric_post_schedules m JOIN metric_post_snapshots s ON s.target_id = m.target_id AND s.taken_at < $3
       WHERE m.workspace_id = $1 ORDER BY s.target_id, (s.taken_at AT TIME ZONE $2)::date, s.taken_at DESC
     ), withPrevious AS (SELECT *, ${lags} FROM latest)
     SELECT to_char(day, 'YYYY-MM-DD') AS day, ${gains} FROM withPrevious WHERE day >= $4::date GROUP BY day ORDER BY day`,
    [workspaceId, ZONE, end.toISOString(), PERIOD.from],
  );
  const posts = await handle.query<Record<(typeof COUNTERS)[number], number | null> & { target_id: string }>(
    `SELECT m.target_id, ${COUNTERS.map((c) => `l.${c}::float8 AS ${c}`).join(', ')} FROM metric_post_schedules m
     LEFT JOIN LATERAL (SELECT * FROM metric_post_snapshots s WHERE s.target_id = m.target_id AND s.taken_at < $3 ORDER BY s.taken_at DESC LIMIT 1) AS l ON true
     WHERE m.workspace_id = $1 AND m.published_at >= $2 AND m.published_at < $3`,
    [workspaceId, start.toISOString(), end.toISOString()],
  );
  return {
    daily: daily.map((day) => ({ day: day.day, impressions: day.impressions, reach: day.reach, engagements: engagementsOf(day), likes: day.likes, replies: day.replies, reposts: day.reposts })),
    posts: new Map(posts.map((post) => [post.target_id, { impressions: post.impressions ?? 0, reach: post.reach ?? 0, engagements: engagementsOf(post), reposts: post.reposts ?? 0 }])),
  };
}

/** Where the two answers differ (at most a few lines), or an empty list. */
function differences(rollup: MetricFigures, raw: RawAnswer): string[] {
  const problems: string[] = [];
  const rawDays = new Map(raw.daily.map((day) => [day.day, day]));
  for (const day of rollup.daily) {
    const other = rawDays.get(day.day) ?? { impressions: 0, reach: 0, engagements: 0, likes: 0, replies: 0, reposts: 0 };
    for (const key of ['impressions', 'reach', 'engagements', 'likes', 'replies', 'reposts'] as const) if (day[key] !== other[key]) problems.push(`${day.day} ${key}: ${day[key]} vs ${other[key]}`);
  }
  if (rollup.posts.length !== raw.posts.size) problems.push(`posts: ${rollup.posts.length} vs ${raw.posts.size}`);
  for (const post of rollup.posts) {
    const other = raw.posts.get(post.targetId);
    if (!other || other.impressions !== post.impressions || other.reach !== post.reach || other.engagements !== post.engagements || other.reposts !== post.reposts) problems.push(`post ${post.targetId}`);
  }
  return problems.slice(0, 5);
}

async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ times: number[]; last: T }> {
  let last = await work(); // warm-up: plans and caches, as a running server has them
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    last = await work();
    times.push(performance.now() - started);
  }
  return { times, last };
}

export const metrics: Benchmark = {
  name: 'metrics',
  async run(): Promise<BenchResult[]> {
    const rows = rowsWanted();
    const fresh = await createFreshDatabase();
    if (!fresh.ok) return [skippedRow('metrics: dashboard p95', 'ms', fresh.reason)];
    const handle = await openDatabase({ url: fresh.database.url, poolSize: 2 });
    try {
      await migrate(handle);
      const generateStarted = performance.now();
      const size = await generate(handle, rows);
      if (size.snapshots < rows) throw new Error(`generated ${size.snapshots} snapshot rows, fewer than the ${rows} asked for`);
      const generateSeconds = (performance.now() - generateStarted) / 1000;
      const rollupStarted = performance.now();
      await rebuildRollups(handle.db);
      const rollupSeconds = (performance.now() - rollupStarted) / 1000;
      await handle.exec('ANALYZE');
      const [workspace] = await handle.query<{ id: string }>(`SELECT ${uuidOf(`'ws-' || 1`)}::text AS id`);
      const workspaceId = workspace?.id ?? '';
      const [rollupRows] = await handle.query<{ n: string }>('SELECT (SELECT count(*) FROM metric_post_daily) + (SELECT count(*) FROM metric_daily_totals) AS n');

      const rollup = await timed(ROLLUP_RUNS, () => metricFigures(handle.db, { workspaceId, period: PERIOD, denominator: 'reach' }));
      const raw = await timed(RAW_RUNS, () => fromRawSnapshots(handle, workspaceId));
      const problems = differences(rollup.last, raw.last);
      if (problems.length > 0) throw new Error(`rollups and raw snapshots disagree: ${problems.join('; ')}`);

      const rollupP95 = percentile(rollup.times, 0.95);
      const rawP95 = percentile(raw.times, 0.95);
      const setting =
        `${fresh.database.server}; ${size.snapshots.toLocaleString('en')} snapshot rows (${size.posts.toLocaleString('en')} posts in ${size.workspaces} workspaces of ` +
        `${ACCOUNTS_PER_WORKSPACE} accounts), generated in ${Math.round(generateSeconds)} s, rollups (${Number(rollupRows?.n ?? 0).toLocaleString('en')} rows) built in ${Math.round(rollupSeconds)} s; ` +
        `one workspace, 30 days`;
      return [
        row('metrics: dashboard figures p95 (rollups)', rollupP95, 'ms', `${setting}; whole metricFigures; p50 ${percentile(rollup.times, 0.5).toFixed(1)} ms over ${ROLLUP_RUNS} runs`, { atMost: 100 }),
        row('metrics: same answers from raw rows p95', rawP95, 'ms', `${setting}; daily gains + per-post latest only (less than the rollup side computes); p50 ${percentile(raw.times, 0.5).toFixed(1)} ms over ${RAW_RUNS} runs`),
        row('metrics: raw ÷ rollup p95', rawP95 / rollupP95, '×', `answers equal: ${rollup.last.daily.length} days, ${rollup.last.posts.length} posts compared`),
      ];
    } finally {
      await handle.close();
      await fresh.database.drop();
    }
  },
};
