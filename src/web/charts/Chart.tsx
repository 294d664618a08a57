/**
 * One dashboard chart in the browser: draws a `ChartSpec` (src/core/charts) with ECharts, keeps it
 * sized to its container, and disposes of it on unmount. Only the chart types and components the
 * dashboard uses are registered, so the Analytics chunk stays small. For screen readers the chart
 * is an image with a label, and its figures follow as a table (visible on request).
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef, useState } from 'react';
import type { ChartSpec, TableCell } from '../../core/charts/options.js';
import { useI18n } from '../i18n/I18nProvider.js';

echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

function cellText(cell: TableCell, unknown: string, format: Intl.NumberFormat): string {
  if (cell === null) return unknown;
  return typeof cell === 'number' ? format.format(cell) : cell;
}

export function Chart({ spec, height = 300 }: { spec: ChartSpec; height?: number }) {
  const { t, locale } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const element = container.current;
    if (!element || spec.empty) return;
    // The words inside the chart come translated in the option; ECharts' own UI strings are not shown.
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, [spec.empty]);

  useEffect(() => {
    chart.current?.setOption(spec.option, { notMerge: true });
  }, [spec]);

  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <figure className="chart" data-testid={`chart-${spec.id}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        {spec.title}
      </h3>
      {spec.empty ? (
        <p className="empty-state">{t('analytics.chart.empty')}</p>
      ) : (
        <div ref={container} className="chart-canvas" style={{ height }} role="img" aria-label={`${spec.title}. ${spec.description}`} />
      )}
      <figcaption className="muted chart-caption">{spec.description}</figcaption>
      {spec.table.rows.length > 0 ? (
        <details className="chart-table" open={showTable} onToggle={(event) => setShowTable(event.currentTarget.open)}>
          <summary>{t('analytics.chart.table')}</summary>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{spec.title}</caption>
              <thead>
                <tr>
                  {spec.table.columns.map((column, index) => (
                    <th key={index} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {spec.table.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) => (
                      <td key={cellIndex}>{cellText(cell, t('analytics.unknown'), format)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </figure>
  );
}
