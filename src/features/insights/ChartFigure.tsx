import { useId, useState } from 'react';
import { BarChart } from './BarChart';
import { type ChartData, csvRows, type TableData } from './chart-data';

/** The CSV writer (csv-stringify) loads with the first download, not with the screen. */
async function saveChartCsv(filename: string, table: TableData) {
  const { downloadCsv } = await import('../../lib/csv');
  downloadCsv(filename, table.header, csvRows(table));
}

interface ChartFigureProps {
  caption: string;
  /** Describes the chart for screen readers, e.g. "Bar chart: candidates who reached each stage". */
  chartLabel: string;
  /** Memoized by the caller: a new object redraws the chart. */
  chart: ChartData;
  table: TableData;
  /** Name of the downloaded file, without the extension. */
  filename: string;
}

const show = (cell: string | number | null) => (cell === null ? '—' : typeof cell === 'number' ? cell.toLocaleString('en-US') : cell);

/** One chart with its caption, a table alternative (shown on request) and a CSV download of the same rows. */
export function ChartFigure({ caption, chartLabel, chart, table, filename }: ChartFigureProps) {
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  return (
    <figure className="insights-figure">
      <figcaption className="insights-figure__caption">
        <span>{caption}</span>
        <span className="insights-figure__actions">
          <button type="button" className="button button--small" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown((shown) => !shown)}>
            {tableShown ? 'Hide table' : 'Show as table'}
          </button>
          <button type="button" className="button button--small" onClick={() => void saveChartCsv(`${filename}.csv`, table)}>
            Download CSV<span className="visually-hidden"> ({caption})</span>
          </button>
        </span>
      </figcaption>
      <BarChart data={chart} label={chartLabel} />
      {/* Focusable, so a table wider than the panel can be scrolled by keyboard. */}
      <div id={tableId} className="insights-table-wrap" hidden={!tableShown} role="region" aria-label={`${caption}: table`} tabIndex={tableShown ? 0 : -1}>
        {tableShown ? (
          <table className="insights-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {table.header.map((heading) => (
                  <th key={heading} scope="col">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {show(cell)}
                      </th>
                    ) : (
                      <td key={index}>{show(cell)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </figure>
  );
}
