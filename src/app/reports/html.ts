/**
 * The dashboard report as one self-contained HTML file (A7): inline CSS, charts as inline SVG, no
 * script and no external request, so it opens offline, in a mail client's preview, or years later,
 * and a shared link cannot call anything back.
 */
import type { Dashboard } from '../../core/metrics/dashboard.js';
import type { Locale } from '../../core/validation.js';
import { SHARE_PAGE_WORDS, type SharePageProblem } from './messages.js';
import { buildReportModel, type ReportFigure, type ReportModel, type ReportTable } from './model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; margin: 0; background: #f9fafb; line-height: 1.45; }
main { max-width: 980px; margin: 0 auto; padding: 32px 24px 48px; background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 12px; }
h2 { font-size: 1.25rem; margin: 32px 0 12px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 20px 0 4px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; color: #4b5563; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.notice { background: #eff6ff; border-left: 4px solid #2563eb; padding: 8px 12px; margin: 16px 0; }
.warning { background: #fef2f2; border-left: 4px solid #dc2626; padding: 8px 12px; margin: 16px 0; font-weight: 600; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 12px; }
.tile { border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px; }
.tile .name { font-size: .85rem; color: #4b5563; }
.tile .value { font-size: 1.5rem; font-weight: 700; margin: 4px 0; }
.tile .status { display: inline-block; font-size: .75rem; font-weight: 600; border-radius: 999px; padding: 1px 8px; background: #f3f4f6; }
.tile .status.met { background: #dcfce7; color: #166534; }
.tile .status.behind { background: #fee2e2; color: #991b1b; }
.tile .meta, .definition { font-size: .78rem; color: #6b7280; margin: 4px 0 0; }
figure { margin: 8px 0 24px; page-break-inside: avoid; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: #4b5563; }
table { border-collapse: collapse; width: 100%; font-size: .82rem; margin: 8px 0 16px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f3f4f6; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 8px 16px; }
.figures div { padding: 6px 0; }
.figures .value { font-weight: 700; font-size: 1.1rem; }
dl.glossary dt { font-weight: 600; margin-top: 8px; }
dl.glossary dd { margin: 0; }
footer { margin-top: 32px; font-size: .78rem; color: #6b7280; }
@media print { body { background: #fff; } main { padding: 0; } }
`;

function figureHtml(figure: ReportFigure): string {
  return `<div><div>${escapeHtml(figure.label)}</div><div class="value">${escapeHtml(figure.value)}</div>${
    figure.definition ? `<p class="definition">${escapeHtml(figure.definition)}</p>` : ''
  }</div>`;
}

function tableHtml(table: ReportTable): string {
  const heading = `<h2>${escapeHtml(table.heading)}</h2>`;
  if (table.rows.length === 0) return `${heading}<p>${escapeHtml(table.empty)}</p>`;
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `${heading}<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Writes the model as HTML. */
export function reportModelToHtml(model: ReportModel): string {
  const tiles = model.tiles
    .map(
      (tile) => `<div class="tile"><div class="name">${escapeHtml(tile.label)}</div><div class="value">${escapeHtml(tile.value)}</div>` +
        `<span class="status ${tile.status}">${escapeHtml(tile.statusText)}</span>` +
        `<p class="meta">${escapeHtml(model.words.previous)}: ${escapeHtml(tile.previous)} · ${escapeHtml(model.words.target)}: ${escapeHtml(tile.target)}</p>` +
        (tile.definition ? `<p class="definition">${escapeHtml(tile.definition)}</p>` : '') +
        '</div>',
    )
    .join('\n');
  const charts = model.charts
    .map((chart) =>
      chart.svg
        ? `<figure role="img" aria-label="${escapeHtml(`${chart.title}. ${chart.description}`)}"><h3>${escapeHtml(chart.title)}</h3>${chart.svg}<figcaption>${escapeHtml(chart.description)}</figcaption></figure>`
        : `<h3>${escapeHtml(chart.title)}</h3><p>${escapeHtml(model.chartEmpty)}</p>`,
    )
    .join('\n');
  const [postsTable, accountsTable, channelsTable] = model.tables;
  const groups = model.figureGroups.map((group) => `<h2>${escapeHtml(group.heading)}</h2><div class="figures">${group.figures.map(figureHtml).join('')}</div>`).join('\n');
  const glossary = model.definitions
    .map((definition) => `<dt>${escapeHtml(definition.name)}</dt><dd>${escapeHtml(definition.definition)} <code>${escapeHtml(definition.formula)}</code></dd>`)
    .join('\n');
  return `<!doctype html>
<html lang="${model.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(model.title)}</h1>
<dl class="facts">${model.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join('')}</dl>
${model.notice ? `<p class="notice">${escapeHtml(model.notice)}</p>` : ''}
${model.warning ? `<p class="warning" role="alert">${escapeHtml(model.warning)}</p>` : ''}
<h2>${escapeHtml(model.words.kpis)}</h2>
<div class="tiles">${tiles}</div>
<h2>${escapeHtml(model.words.charts)}</h2>
${charts}
${postsTable ? tableHtml(postsTable) : ''}
${accountsTable ? tableHtml(accountsTable) : ''}
${groups}
${channelsTable ? tableHtml(channelsTable) : ''}
<h2>${escapeHtml(model.words.definitions)}</h2>
<dl class="glossary">${glossary}</dl>
<footer>${escapeHtml(model.words.footer)}</footer>
</main>
</body>
</html>
`;
}

/** The dashboard as one self-contained HTML document in `locale`. */
export function renderReportHtml(dashboard: Dashboard, locale: Locale, options: { workspaceName: string; now?: Date } = { workspaceName: '' }): string {
  return reportModelToHtml(buildReportModel(dashboard, locale, { workspaceName: options.workspaceName, now: options.now ?? new Date() }));
}

/** The small page a share link answers with when it leads to no report (expired, revoked, unknown). */
export function renderSharePageProblem(problem: SharePageProblem, locale: Locale): string {
  const words = SHARE_PAGE_WORDS[locale][problem];
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(words.title)}</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2937;display:grid;place-items:center;min-height:90vh;margin:0}main{max-width:32rem;padding:24px}h1{font-size:1.4rem}</style>
</head>
<body><main><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.text)}</p></main></body>
</html>
`;
}
