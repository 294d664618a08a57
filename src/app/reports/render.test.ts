import { describe, expect, test } from 'vitest';
import { emptyDashboard, fixtureDashboard } from '../../core/charts/fixture.js';
import { renderReportHtml } from './html.js';
import { renderReportPdf } from './pdf.js';

const NOW = new Date('2026-11-24T08:00:00Z');

/** Every URL in the document other than the SVG and XHTML namespace names, which are identifiers, not requests. */
export function externalUrls(html: string): string[] {
  const namespaces = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/1999/xhtml']);
  return [...html.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/g)].map((match) => match[0]).filter((url) => !namespaces.has(url));
}

describe('dashboard report', () => {
  test('HTML is one self-contained document with the charts as inline SVG', () => {
    const html = renderReportHtml(fixtureDashboard(), 'en', { workspaceName: 'Acme <Gym>', now: NOW });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Social media report: Acme &lt;Gym&gt;</title>');
    expect((html.match(/<svg[\s>]/g) ?? []).length).toBe(9);
    expect(html).not.toMatch(/<script|<link |<img |@import|url\((?!#)/i);
    // The top posts' own links are data, not requests; the fixture's are in the table as text only.
    expect(externalUrls(html)).toEqual([]);
    expect(html).toContain('2026-10-25 – 2026-11-23');
    expect(html).toContain('Engagement rate by reach');
    expect(html).toContain('engagements ÷ reach × 100');
    expect(html).toContain('Behind target');
  });

  test('text from posts cannot become markup, in the tables or in the charts', () => {
    const dashboard = fixtureDashboard();
    const first = dashboard.topPosts[0];
    if (!first) throw new Error('fixture has posts');
    dashboard.topPosts[0] = { ...first, excerpt: '<script>alert(1)</script> & "quotes"' };
    const html = renderReportHtml(dashboard, 'en', { workspaceName: 'Acme', now: NOW });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  test('the language is the one asked for, and an empty workspace says so', () => {
    const ru = renderReportHtml(fixtureDashboard(), 'ru', { workspaceName: 'Спортзал', now: NOW });
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('Отчёт по социальным сетям: Спортзал');
    expect(ru).toContain('Понедельник');
    const empty = renderReportHtml(emptyDashboard(), 'pl', { workspaceName: 'Nowa', now: NOW });
    expect(empty).toContain('W tym okresie nie opublikowano żadnych postów.');
    expect(empty).toContain('Brak danych dla tego wykresu w tym okresie.');
  });

  test('PDF has pages, the title and the charts as vector drawings', async () => {
    const pdf = await renderReportPdf(fixtureDashboard(), 'pl', { workspaceName: 'Siłownia Żółw', now: NOW });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    const pages = Number(/\/Type \/Pages\n\/Count (\d+)/.exec(text)?.[1] ?? 0);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain('/FontFile2');
    expect(pdf.length).toBeGreaterThan(30_000);
  }, 30_000);
});
