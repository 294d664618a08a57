/**
 * The strategy document (S4) as a list of plain blocks: goals, KPIs, chosen platforms with the
 * advisor's reasons, the content plan, roles and the sources of the facts. The Markdown and the
 * PDF renderers draw the same blocks, so both exports say the same thing.
 */
import { kpisFor } from '../../../core/strategy/goals.js';
import type { Source } from '../../../core/strategy/facts/types.js';
import type { Reason } from '../../../core/strategy/reasons.js';
import { wordChannel, wordConclusion, wordReason } from '../../../core/strategy/wording/index.js';
import type { Locale } from '../../../core/validation.js';
import type { StrategyVersion } from '../strategy.js';
import { DOCUMENT_LABELS, type Labels } from './labels.js';

/** A run of text; with a URL it is a link. `strong` marks a label at the start of a list item. */
export interface Span {
  text: string;
  url?: string;
  strong?: boolean;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] };

export interface StrategyDocument {
  title: string;
  locale: Locale;
  blocks: Block[];
}

export interface DocumentInput {
  workspaceName: string;
  timezone: string;
  strategy: StrategyVersion;
  /** Names of the people roles are given to, by user id. */
  memberNames: ReadonlyMap<string, string>;
  locale: Locale;
}

// In parentheses, so a Markdown renderer does not read a leading "+" as a nested list.
const POLARITY_MARK: Record<Reason['polarity'], string> = { for: '(+)', against: '(−)', caveat: '(!)' };

const plain = (text: string): Span[] => [{ text }];
const labelled = (label: string, text: string): Span[] => [{ text: `${label}: `, strong: true }, { text }];
const reasonItem =
  (locale: Locale) =>
  (reason: Reason): Span[] =>
    plain(`${POLARITY_MARK[reason.polarity]} ${wordReason(reason, locale)}`);
const humanize = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('_', ' ');

function goalBlocks(strategy: StrategyVersion, t: Labels, locale: Locale): Block[] {
  const number = new Intl.NumberFormat(locale);
  const kpiItems = strategy.goals.flatMap((chosen) =>
    kpisFor(chosen.goal).map((kpi) => {
      const target = chosen.targets.find((entry) => entry.kpi === kpi.id);
      const value = target ? t.target(number.format(target.target), t.periods[target.period]) : t.noTarget;
      return labelled(`${humanize(kpi.id)} (${t.goalNames[chosen.goal]})`, value);
    }),
  );
  return [
    { kind: 'heading', text: t.goals },
    { kind: 'list', items: strategy.goals.map((chosen) => plain(t.goalNames[chosen.goal])) },
    { kind: 'heading', text: t.kpis },
    { kind: 'list', items: kpiItems },
  ];
}

function platformBlocks(strategy: StrategyVersion, t: Labels, locale: Locale): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: t.platforms }];
  if (!strategy.channels.length) blocks.push({ kind: 'paragraph', spans: plain(t.noPlatforms) });
  for (const choice of strategy.channels) {
    const ranked = strategy.advice.ranking.find((entry) => entry.channel === choice.channel);
    const score = ranked ? ` (${t.score(ranked.score, t.verdicts[ranked.verdict])})` : '';
    blocks.push({ kind: 'subheading', text: `${wordChannel(choice.channel, locale)}${score}` });
    if (choice.note) blocks.push({ kind: 'paragraph', spans: plain(choice.note) });
    if (ranked?.reasons.length) blocks.push({ kind: 'list', items: ranked.reasons.map(reasonItem(locale)) });
  }
  const { conclusion } = strategy.advice;
  blocks.push(
    { kind: 'heading', text: t.conclusion },
    { kind: 'paragraph', spans: plain(wordConclusion(conclusion, locale)) },
  );
  if (conclusion.reasons.length) blocks.push({ kind: 'list', items: conclusion.reasons.map(reasonItem(locale)) });
  return blocks;
}

function planBlocks(strategy: StrategyVersion, t: Labels, input: DocumentInput): Block[] {
  const { cadence, mix, responseTimeTargetMinutes } = strategy.contentPlan;
  const roleItems = strategy.roles.map((role) => {
    const who = role.userId === null ? t.unassigned : (input.memberNames.get(role.userId) ?? t.unassigned);
    const hours = role.hoursPerWeek === undefined ? '' : ` (${t.hoursPerWeek(role.hoursPerWeek)})`;
    return labelled(t.roleNames[role.role], `${who}${hours}`);
  });
  return [
    { kind: 'heading', text: t.contentPlan },
    { kind: 'list', items: cadence.map((entry) => labelled(wordChannel(entry.channel, input.locale), t.postsPerWeek(entry.postsPerWeek))) },
    {
      kind: 'list',
      items: [
        plain(t.promotionalMax(mix.promotionalMaxPercent)),
        plain(t.dialogueMin(mix.dialogueMinPercent)),
        plain(t.withImageMin(mix.withImageMinPercent)),
        plain(t.responseTime(responseTimeTargetMinutes)),
      ],
    },
    { kind: 'heading', text: t.roles },
    ...(roleItems.length ? [{ kind: 'list' as const, items: roleItems }] : [{ kind: 'paragraph' as const, spans: plain(t.unassigned) }]),
  ];
}

/** Every source behind the reasons shown, once each, in the order they first appear. */
function sourceBlocks(strategy: StrategyVersion, t: Labels): Block[] {
  const chosen = new Set(strategy.channels.map((choice) => choice.channel));
  const reasons = [
    ...strategy.advice.ranking.filter((entry) => chosen.has(entry.channel)).flatMap((entry) => entry.reasons),
    ...strategy.advice.conclusion.reasons,
  ];
  const sources = new Map<string, Source>();
  for (const fact of reasons.flatMap((reason) => reason.facts)) sources.set(fact.source.url, fact.source);
  const items = [...sources.values()].map((source): Span[] =>
    /^https?:\/\//.test(source.url) ? [{ text: source.title, url: source.url }] : plain(`${source.title} (${source.url})`),
  );
  return [
    { kind: 'heading', text: t.sources },
    ...(items.length ? [{ kind: 'list' as const, items }] : []),
    { kind: 'paragraph', spans: plain(t.factsVersion(strategy.advice.factsVersion)) },
  ];
}

export function buildStrategyDocument(input: DocumentInput): StrategyDocument {
  const { strategy, locale } = input;
  const t = DOCUMENT_LABELS[locale];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: input.timezone }).format(strategy.createdAt);
  const title = t.title(input.workspaceName);
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'paragraph', spans: plain(t.version(strategy.version, date, strategy.createdBy?.name ?? null)) },
    ...goalBlocks(strategy, t, locale),
    ...platformBlocks(strategy, t, locale),
    ...planBlocks(strategy, t, input),
    ...(strategy.notes ? [{ kind: 'heading' as const, text: t.notes }, { kind: 'paragraph' as const, spans: plain(strategy.notes) }] : []),
    ...sourceBlocks(strategy, t),
  ];
  return { title, locale, blocks };
}
