/**
 * A bar chart drawn by Chart.js (only the pieces bars need are registered, so the insights chunk stays
 * small; this module is imported only by the lazy insights screen). Colors are Okabe–Ito, safe for
 * color-blind readers, and each series also has its own fill pattern (solid, hatched, dotted) and a value
 * label on every bar, so nothing is told by color alone. The figure's table carries the same numbers.
 */
import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, type Plugin, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTheme } from '../../lib/theme';
import { type ChartData, formatValue } from './chart-data';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Palette {
  /** Okabe & Ito (2008): blue, orange, reddish purple. */
  series: readonly string[];
  /** Each series' outline and pattern strokes: darker where the hue alone is under 3:1 on the surface. */
  edges: readonly string[];
  text: string;
  grid: string;
}

/** The theme's chart colours, read from the CSS custom properties (src/styles/themes.css) at drawing time. */
function readPalette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    series: [token('--chart-1', '#0072b2'), token('--chart-2', '#e69f00'), token('--chart-3', '#cc79a7')],
    edges: [token('--chart-1-edge', '#0072b2'), token('--chart-2-edge', '#a86400'), token('--chart-3-edge', '#ad5a8a')],
    text: token('--chart-text', '#161a23'),
    grid: token('--chart-grid', '#e2e5eb'),
  };
}

/** Solid for the first series, diagonal hatching for the second, dots for the third. */
function fillFor(index: number, colors: readonly string[], edges: readonly string[]): string | CanvasPattern {
  const color = colors[index % colors.length]!;
  const edge = edges[index % edges.length]!;
  if (index === 0) return color;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.globalAlpha = 0.35;
  ctx.fillRect(0, 0, 8, 8);
  ctx.globalAlpha = 1;
  if (index === 1) {
    ctx.strokeStyle = edge;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  } else {
    ctx.fillStyle = edge;
    ctx.beginPath();
    ctx.arc(4, 4, 2, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** Writes each bar's value at its end. */
const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const unit = (chart.options.plugins as { valueLabels?: { unit: ChartData['unit'] } }).valueLabels?.unit ?? 'count';
    ctx.save();
    ctx.fillStyle = (chart.options.plugins as { valueLabels?: { color: string } }).valueLabels?.color ?? '#161a23';
    ctx.font = '600 11px system-ui, sans-serif';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((bar, index) => {
        const value = dataset.data[index] as number | null;
        const text = formatValue(value, unit);
        ctx.fillText(text, bar.x + 4, bar.y);
      });
    });
    ctx.restore();
  },
};

function configFor(data: ChartData, palette: Palette): ChartConfiguration<'bar', (number | null)[], string> {
  const { text, grid, series: colors, edges } = palette;
  const valueAxis = {
    beginAtZero: true,
    grace: '8%',
    ticks: { color: text, precision: 0 },
    grid: { color: grid },
    ...(data.unit === 'percent' ? { max: 100 } : {}),
  };
  const categoryAxis = { ticks: { color: text, font: { weight: 600 } }, grid: { display: false } };
  return {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: fillFor(index, colors, edges),
        borderColor: edges[index % edges.length],
        borderWidth: 1.5,
        maxBarThickness: 40,
      })),
    },
    options: {
      // Horizontal bars: category names read without rotation, and each value label has room at its bar's end.
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: 44, top: 4 } },
      scales: { x: valueAxis, y: categoryAxis },
      plugins: {
        legend: { display: data.series.length > 1, labels: { color: text, boxWidth: 18 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(item.raw as number | null, data.unit)}` } },
        ...({ valueLabels: { unit: data.unit, color: text } } as object),
      },
    },
    plugins: [valueLabels],
  };
}

/** The chart itself; `label` names it for screen readers, whose full alternative is the figure's table. */
export function BarChart({ data, label }: { data: ChartData; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Redrawn when the theme changes: the canvas cannot follow CSS by itself.
  const theme = useTheme();
  useEffect(() => {
    const element = canvas.current;
    // No 2D context (jsdom, or a browser without canvas): the table alternative stands alone.
    if (!element?.getContext('2d')) return undefined;
    const chart = new Chart(element, configFor(data, readPalette()));
    chart.canvas.dataset.theme = theme;
    return () => chart.destroy();
  }, [data, theme]);
  return (
    // Tall enough for every bar to carry its label.
    <div className="insights-chart" style={{ height: `${Math.max(160, data.labels.length * data.series.length * 20 + 70)}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
