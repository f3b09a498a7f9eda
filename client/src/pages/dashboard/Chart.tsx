import { useEffect, useRef } from 'react';
import { BarChart, type BarChartOptions } from 'chartist';
import 'chartist/dist/index.css';

export interface ChartSeries {
  name: string;
  values: number[];
}

/**
 * A bar chart drawn by Chartist (SVG): grouped or stacked series over labelled categories, with a
 * legend. The chart is updated in place when the data change (the dashboard refreshes itself).
 *
 * @example <Bars labels={['web', 'app']} series={[{ name: 'Carts', values: [4, 2] }]} />
 */
export function Bars({
  labels,
  series,
  stacked = false,
  horizontal = false,
  format = (n: number) => String(n),
  height = 220,
  label,
}: {
  labels: string[];
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  format?: (n: number) => string;
  height?: number;
  /** What the chart shows, for screen readers (the numbers are also in a table beside it). */
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<BarChart | null>(null);
  const data = { labels, series: series.map((s) => s.values) };

  useEffect(() => {
    if (!host.current) return;
    const options = chartOptions({ labels, series, stacked, horizontal, format, height, width: host.current.clientWidth });
    if (!chart.current) chart.current = new BarChart(host.current, data, options);
    else chart.current.update(data, options);
  });
  useEffect(() => () => {
    chart.current?.detach();
    chart.current = null;
  }, []);

  return (
    <figure className="chart" data-testid="chart">
      <div ref={host} className={`chart__canvas${horizontal ? ' chart__canvas--horizontal' : ''}`} role="img" aria-label={label} />
      {series.length > 1 && (
        <figcaption className="chart__legend">
          {series.map((s, i) => (
            <span key={s.name} className={`chart__key chart__key--${'abcdefghijklmno'[i]}`}>
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}

/** About how wide one character of a category label is, in CSS pixels (labels are 0.66rem). */
const LABEL_CHAR_PX = 6.5;

/**
 * Chartist's options for a chart `width` pixels wide. Category names that would run into each
 * other (a phone) are laid out differently: a few categories turn the bars sideways, so their
 * names stand one per line; a long series (days) names every second, third… category only.
 *
 * @example chartOptions({ labels: ['Web', 'Conseiller'], series, width: 300, ... }).horizontalBars
 */
function chartOptions({ labels, series, stacked, horizontal, format, height, width }: { labels: string[]; series: ChartSeries[]; stacked: boolean; horizontal: boolean; format: (n: number) => string; height: number; width: number }): BarChartOptions {
  const slot = (width - 56 - 20) / Math.max(1, labels.length);
  const widest = Math.max(0, ...labels.map((l) => l.length)) * LABEL_CHAR_PX + 6;
  const crowded = !horizontal && width > 0 && widest > slot;
  const sideways = horizontal || (crowded && labels.length <= 8);
  const every = crowded && !sideways ? Math.ceil(widest / slot) : 1;
  return {
    height,
    stackBars: stacked,
    horizontalBars: sideways,
    seriesBarDistance: series.length > 1 && !stacked ? (sideways && !horizontal ? 8 : 14) : 0,
    // Horizontal bars print amounts under the last grid line: room for the widest one.
    chartPadding: { top: 12, right: sideways ? 36 : 16, bottom: 4, left: sideways ? 8 : 4 },
    axisX: sideways
      ? { labelInterpolationFnc: (v: unknown) => format(Number(v)), onlyInteger: !stacked }
      : { showGrid: false, labelInterpolationFnc: (v: unknown, i: number) => (i % every === 0 ? v : null) },
    axisY: sideways ? { offset: 110, showGrid: false } : { labelInterpolationFnc: (v: unknown) => format(Number(v)), onlyInteger: true, offset: 56 },
  } as BarChartOptions;
}
