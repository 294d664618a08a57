/**
 * The network preview's text: lines with links, hashtags and mentions picked out, and the length
 * counter. The counter shows the network's own count where the server measured it (a `too_long`
 * problem carries it) and an estimate in characters as a person sees them otherwise.
 */
import type { ContentProblem } from './types.js';

export type PreviewToken = { kind: 'text' | 'link' | 'tag' | 'mention'; text: string };

const TOKEN = /(https?:\/\/[^\s]+)|(#[\p{L}\p{N}_]+)|(@[\p{L}\p{N}_.-]+[\p{L}\p{N}_])/gu;

/** One line of text split into plain runs and the things a network shows as links. */
export function tokenizeLine(line: string): PreviewToken[] {
  const tokens: PreviewToken[] = [];
  let at = 0;
  for (const match of line.matchAll(TOKEN)) {
    const start = match.index;
    if (start > at) tokens.push({ kind: 'text', text: line.slice(at, start) });
    const kind = match[1] ? 'link' : match[2] ? 'tag' : 'mention';
    tokens.push({ kind, text: match[0] });
    at = start + match[0].length;
  }
  if (at < line.length) tokens.push({ kind: 'text', text: line.slice(at) });
  return tokens;
}

/** The text as the network shows it: one entry per line, blank lines kept. */
export function previewLines(text: string): PreviewToken[][] {
  return text.replace(/\r\n?/g, '\n').split('\n').map(tokenizeLine);
}

/** Characters as a person counts them (an emoji with modifiers is one). */
export function graphemeLength(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

export interface LengthCount {
  length: number;
  maxLength: number;
  over: boolean;
  /** True when the server counted by the network's own rules; false for the estimate. */
  exact: boolean;
}

/** The counter for one part of one account's post. */
export function lengthCount(problems: readonly ContentProblem[], accountId: string, part: number, text: string, maxLength: number): LengthCount {
  const measured = problems.find((problem) => problem.accountId === accountId && problem.code === 'too_long' && problem.part === part);
  const length = measured?.params.length;
  const max = measured?.params.maxLength;
  if (typeof length === 'number' && typeof max === 'number') return { length, maxLength: max, over: length > max, exact: true };
  const estimate = graphemeLength(text);
  return { length: estimate, maxLength, over: estimate > maxLength, exact: false };
}

/** Problems or findings about one account. */
export function issuesOf<T extends { accountId: string }>(issues: readonly T[], accountId: string): T[] {
  return issues.filter((issue) => issue.accountId === accountId);
}
