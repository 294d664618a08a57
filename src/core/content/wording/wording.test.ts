import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../strategy/wording/index.js';
import { LOCALES } from '../../validation.js';
import { coach } from '../coach.js';
import { contextOf, draftOf, everythingWrong, postAt } from '../testing.js';
import { FINDING_CODES, RULE_IDS, type Finding } from '../types.js';
import { en } from './en.js';
import { COACH_WORDINGS, wordFinding, wordRule, type CoachWording } from './index.js';

/** Every message of a wording as [path, text], so languages can be compared entry by entry. */
function messages(wording: CoachWording): [string, string][] {
  return Object.entries(wording).flatMap(([table, entries]: [string, Record<string, string>]) =>
    Object.entries(entries).map(([code, text]): [string, string] => [`${table}.${code}`, text]),
  );
}

const english = new Map(messages(en));

/** Findings of every code, from real rules rather than hand-made params. */
function realFindings(): Finding[] {
  const { draft, context } = everythingWrong();
  const withinMix = coach(draftOf({ media: [] }), contextOf({ posts: [1, 2, 3, 4, 5].map((day) => postAt(-day, 'Roasting day?')) }));
  return [...coach(draft, context), ...withinMix];
}

describe('content coach wording', () => {
  it.each(LOCALES)('%s has the same messages as English, none empty, with the same placeholders', (locale) => {
    const entries = messages(COACH_WORDINGS[locale]);
    expect(entries.map(([path]) => path).sort()).toEqual([...english.keys()].sort());
    expect(entries.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
    const mismatched = entries.filter(([path, text]) => placeholdersOf(text).join() !== placeholdersOf(english.get(path) ?? '').join());
    expect(mismatched.map(([path]) => path)).toEqual([]);
  });

  it('words every finding code and rule', () => {
    expect(Object.keys(en.findings).sort()).toEqual([...FINDING_CODES].sort());
    expect(Object.keys(en.rules).sort()).toEqual([...RULE_IDS].sort());
  });

  it('has a placeholder for each param a rule gives, and no other', () => {
    const findings = realFindings();
    expect([...new Set(findings.map((finding) => finding.code))].sort()).toEqual([...FINDING_CODES].sort());
    for (const finding of findings) expect(placeholdersOf(en.findings[finding.code]), finding.code).toEqual(Object.keys(finding.params).sort());
  });

  it.each(LOCALES)('fills every placeholder of real findings in %s', (locale) => {
    for (const finding of realFindings()) expect(wordFinding(finding, locale), finding.code).not.toMatch(/[{}]/);
    for (const rule of RULE_IDS) expect(wordRule(rule, locale)).not.toBe('');
  });

  it('words weekdays, hours and numbers in the language', () => {
    const quiet = { code: 'quiet_hour', params: { weekday: 2, hour: 3, activityPercent: 10, suggestedWeekday: 0, suggestedHour: 19 } } as const;
    // ICU versions differ in the space before "AM" and in a leading zero, which is not what is tested here.
    const spaced = (text: string) => text.replace(/\s/gu, ' ');
    expect(spaced(wordFinding(quiet, 'en'))).toBe('Few of your followers are active at this time (Tuesday, 3:00 AM): about 10% of an average hour. Try Sunday, 7:00 PM.');
    expect(wordFinding(quiet, 'ru')).toMatch(/\(вторник, 0?3:00\).*воскресенье, 19:00/u);
    expect(wordFinding(quiet, 'pl')).toMatch(/\(wtorek, 0?3:00\).*niedziela, 19:00/u);
    expect(wordFinding(quiet, 'id')).toMatch(/\(Selasa, 0?3[.:]00\).*Minggu, 19[.:]00/u);
    expect(wordFinding({ code: 'over_limit', params: { length: 1200, limit: 500, over: 700 } }, 'pl')).toBe(
      'Długość tekstu: 1200, o 700 więcej niż limit sieci (500). Sieć go odrzuci.',
    );
  });
});
