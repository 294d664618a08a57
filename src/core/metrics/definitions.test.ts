import { describe, expect, test } from 'vitest';
import { METRIC_IDS, METRIC_LOCALES, metricDefinition, metricDefinitions } from './definitions.js';

describe('metric definitions', () => {
  test('every metric has a name, a definition and a formula in every language', () => {
    for (const locale of METRIC_LOCALES) {
      expect(Object.keys(metricDefinitions(locale)).sort()).toEqual([...METRIC_IDS].sort());
      for (const metric of METRIC_IDS) {
        const wording = metricDefinition(locale, metric);
        expect(wording.name.length, `${locale} ${metric}`).toBeGreaterThan(3);
        expect(wording.definition.length, `${locale} ${metric}`).toBeGreaterThan(20);
        expect(wording.formula, `${locale} ${metric}`).toMatch(/[÷Σ]/);
      }
    }
  });
  test('the other languages are translated, not English copies', () => {
    for (const locale of ['id', 'ru', 'pl'] as const) {
      for (const metric of METRIC_IDS) expect(metricDefinition(locale, metric).definition).not.toBe(metricDefinition('en', metric).definition);
    }
  });
});
