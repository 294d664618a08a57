/**
 * Renders a chart option to an SVG string on the server with ECharts' server-side rendering, so a
 * report carries its charts as inline SVG: no script, no external request, readable offline and
 * printable. Only the chart types and components the dashboard uses are registered.
 */
import type { EChartsOption } from 'echarts';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export const REPORT_CHART_SIZE = { width: 720, height: 320 } as const;

/** The chart as one `<svg>` element. */
export function renderChartSvg(option: EChartsOption, size: { width: number; height: number } = REPORT_CHART_SIZE): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    // Paper does not move: no animation, and the tooltip has no one to follow.
    chart.setOption({ ...option, animation: false, tooltip: { show: false } });
    return chart.renderToSVGString();
  } finally {
    // A chart that is not disposed keeps timers alive and the process would not exit.
    chart.dispose();
  }
}
