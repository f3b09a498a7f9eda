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
  const options: BarChartOptions = {
    height,
    stackBars: stacked,
    horizontalBars: horizontal,
    seriesBarDistance: series.length > 1 && !stacked ? 14 : 0,
    // Horizontal bars print amounts under the last grid line: room for the widest one.
    chartPadding: { top: 12, right: horizontal ? 36 : 16, bottom: 4, left: horizontal ? 8 : 4 },
    axisX: horizontal ? { labelInterpolationFnc: (v: unknown) => format(Number(v)), onlyInteger: !stacked } : { showGrid: false },
    axisY: horizontal ? { offset: 110, showGrid: false } : { labelInterpolationFnc: (v: unknown) => format(Number(v)), onlyInteger: true, offset: 56 },
  } as BarChartOptions;

  useEffect(() => {
    if (!host.current) return;
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
