/**
 * The dashboard report as a PDF (A7), from the same model and the same SVG charts as the HTML
 * report. Text is set in DejaVu Sans from `dejavu-fonts-ttf` (as the strategy PDF does), because
 * PDF's built-in fonts cover Latin-1 only and Russian and Polish reports would lose letters; the
 * charts' own text is mapped to the same font for the same reason.
 */
import { pdfBytes } from '../pdf-fonts.js';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Dashboard } from '../../core/metrics/dashboard.js';
import type { Locale } from '../../core/validation.js';
import { buildReportModel, type ReportModel, type ReportTable } from './model.js';
import { REPORT_CHART_SIZE } from './svg.js';


const TEXT = '#1f2937';
const MUTED = '#6b7280';
const STATUS_COLOUR: Record<string, string> = { met: '#166534', behind: '#991b1b', no_target: MUTED, no_data: MUTED };

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` points still fit on this one. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.8).font('bold').fontSize(14).fillColor(TEXT).text(text, doc.page.margins.left).moveDown(0.3);
}

function table(doc: PDFKit.PDFDocument, entry: ReportTable): void {
  heading(doc, entry.heading);
  if (entry.rows.length === 0) {
    doc.font('regular').fontSize(9.5).fillColor(TEXT).text(entry.empty);
    return;
  }
  doc.font('regular').fontSize(7).fillColor(TEXT);
  doc.table({
    position: { x: doc.page.margins.left },
    maxWidth: contentWidth(doc),
    defaultStyle: { padding: 3, border: 0.5, borderColor: '#d1d5db' },
    data: [entry.columns.map((column) => ({ text: column, font: { src: 'bold' }, backgroundColor: '#f3f4f6', type: 'TH' as const })), ...entry.rows],
  });
  doc.x = doc.page.margins.left;
}

function drawModel(doc: PDFKit.PDFDocument, model: ReportModel): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font('bold').fontSize(20).fillColor(TEXT).text(model.title).moveDown(0.4);
  doc.font('regular').fontSize(9.5).fillColor(MUTED);
  for (const fact of model.facts) doc.text(`${fact.label}: ${fact.value}`);
  if (model.notice) doc.moveDown(0.5).fillColor('#1d4ed8').text(model.notice);
  if (model.warning) doc.moveDown(0.5).font('bold').fillColor('#b91c1c').text(model.warning).font('regular');

  heading(doc, model.words.kpis);
  for (const tile of model.tiles) {
    ensureSpace(doc, 48);
    doc.font('bold').fontSize(10.5).fillColor(TEXT).text(`${tile.label}: ${tile.value}`, left, doc.y, { continued: true });
    doc.font('regular').fillColor(STATUS_COLOUR[tile.status] ?? MUTED).text(`  ${tile.statusText}`);
    doc.fontSize(8.5).fillColor(MUTED).text(`${model.words.previous}: ${tile.previous} · ${model.words.target}: ${tile.target}`);
    if (tile.definition) doc.text(tile.definition, { width });
    doc.moveDown(0.4);
  }

  heading(doc, model.words.charts);
  const chartHeight = (width * REPORT_CHART_SIZE.height) / REPORT_CHART_SIZE.width;
  for (const chart of model.charts) {
    ensureSpace(doc, chart.svg ? chartHeight + 48 : 40);
    doc.font('bold').fontSize(11).fillColor(TEXT).text(chart.title, left);
    doc.font('regular').fontSize(8.5).fillColor(MUTED).text(chart.svg ? chart.description : model.chartEmpty, { width });
    if (chart.svg) {
      const y = doc.y + 4;
      SVGtoPDF(doc, chart.svg, left, y, {
        width,
        height: chartHeight,
        preserveAspectRatio: 'xMinYMin meet',
        fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
        // ECharts' SVG uses a few attributes the converter does not know; they change nothing visible.
        warningCallback: () => undefined,
      });
      doc.y = y + chartHeight + 8;
    }
    doc.x = left;
  }

  const [posts, accounts, channels] = model.tables;
  if (posts) table(doc, posts);
  if (accounts) table(doc, accounts);
  for (const group of model.figureGroups) {
    heading(doc, group.heading);
    for (const figure of group.figures) {
      ensureSpace(doc, 30);
      doc.font('bold').fontSize(10).fillColor(TEXT).text(`${figure.label}: `, left, doc.y, { continued: true }).font('regular').text(figure.value);
      if (figure.definition) doc.fontSize(8.5).fillColor(MUTED).text(figure.definition, { width });
    }
  }
  if (channels) table(doc, channels);

  heading(doc, model.words.definitions);
  for (const definition of model.definitions) {
    ensureSpace(doc, 36);
    doc.font('bold').fontSize(9.5).fillColor(TEXT).text(definition.name, left);
    doc.font('regular').fontSize(8.5).fillColor(MUTED).text(`${definition.definition} ${definition.formula}`, { width });
  }
  doc.moveDown(1).fontSize(8).fillColor(MUTED).text(model.words.footer, left, doc.y, { width });
}

/** Renders the model to PDF bytes. */
export async function reportModelToPdf(model: ReportModel, createdAt: Date): Promise<Buffer> {
  return pdfBytes({ size: 'A4', margin: 40, info: { Title: model.title, Creator: 'Chorus', CreationDate: createdAt }, lang: model.locale, pdfVersion: '1.7' }, (doc) =>
    drawModel(doc, model),
  );
}

/** The dashboard as a PDF in `locale`. */
export async function renderReportPdf(dashboard: Dashboard, locale: Locale, options: { workspaceName: string; now?: Date } = { workspaceName: '' }): Promise<Buffer> {
  const now = options.now ?? new Date();
  return reportModelToPdf(buildReportModel(dashboard, locale, { workspaceName: options.workspaceName, now }), now);
}
