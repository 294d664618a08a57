/** A horizontal bar chart in plain SVG: one labelled bar per row, scaled to the largest value. */
export interface Bar {
  label: string;
  value: number | null;
  /** What is written after the bar, e.g. "42 min". */
  text: string;
}

const ROW_HEIGHT = 22;
const LABEL_WIDTH = 130;
const BAR_AREA = 200;
const TEXT_WIDTH = 90;

export function BarChart({ bars, title, testId }: { bars: readonly Bar[]; title: string; testId: string }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const width = LABEL_WIDTH + BAR_AREA + TEXT_WIDTH;
  const height = bars.length * ROW_HEIGHT;
  return (
    <svg className="inbox-chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" data-testid={testId}>
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * ROW_HEIGHT;
        const length = bar.value === null ? 0 : Math.max(2, (bar.value / largest) * BAR_AREA);
        return (
          <g key={`${bar.label}-${index}`} data-testid={`${testId}-bar`}>
            <text x={LABEL_WIDTH - 6} y={y + ROW_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" className="inbox-chart-label">
              {bar.label.length > 18 ? `${bar.label.slice(0, 17)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={length} height={ROW_HEIGHT - 8} rx={3} className="inbox-chart-bar" />
            <text x={LABEL_WIDTH + length + 6} y={y + ROW_HEIGHT / 2} dominantBaseline="middle" className="inbox-chart-text">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
