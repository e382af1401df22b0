import { Link } from 'react-router';
import { type AssessmentStatus, type Insights, QUALIFICATIONS, STAGE_LABELS, STAGES, type Stage, STATUS_LABELS } from '../../domain';
import { pluralize } from '../../lib/format';
import { useGridNavigation } from './useGridNavigation';

const MARKS: Record<AssessmentStatus, { glyph: string; text: string }> = {
  met: { glyph: '✓', text: 'Met' },
  partial: { glyph: '~', text: 'Partly' },
  not_met: { glyph: '✗', text: 'Not met' },
  unknown: { glyph: '?', text: 'Unknown' },
};

/** Fixed columns before the qualifications: the candidate (row header), stage, coverage. */
const LEAD_COLUMNS = 3;

interface HeatmapProps {
  heatmap: Insights['heatmap'];
  definition: string;
  stage: Stage | null;
  onStageChange: (stage: Stage | null) => void;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}

export function Heatmap({ heatmap, definition, stage, onStageChange, page, pageSize, onPageChange }: HeatmapProps) {
  const { rows, total, offset } = heatmap;
  const cols = LEAD_COLUMNS + QUALIFICATIONS.length;
  const grid = useGridNavigation(rows.length, cols);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const focusable = (row: number, col: number) => ({ 'data-grid-cell': `${row}:${col}`, tabIndex: grid.tabIndexOf(row, col) });
  const cell = (row: number, col: number) => ({ role: 'gridcell', ...focusable(row, col) });

  return (
    <section className="panel insights-section" aria-labelledby="insights-heatmap">
      <header className="panel__header">
        <h2 id="insights-heatmap" className="panel__title">Qualification heatmap</h2>
        <label className="insights-select">
          <span>Stage</span>
          <select value={stage ?? ''} onChange={(event) => onStageChange(event.target.value === '' ? null : (event.target.value as Stage))}>
            <option value="">All stages</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="insights-definition">{definition}</p>
      <ul className="heatmap-legend" aria-label="Legend">
        {Object.entries(MARKS).map(([status, mark]) => (
          <li key={status} className={`heatmap-mark heatmap-mark--${status}`}>
            <span aria-hidden="true">{mark.glyph}</span> {mark.text}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="muted">No candidates {stage ? `in ${STAGE_LABELS[stage]}` : 'yet'}.</p>
      ) : (
        <div className="heatmap-scroll">
          <table role="grid" className="heatmap" aria-labelledby="insights-heatmap" aria-rowcount={total + 1} onKeyDown={grid.onKeyDown} onFocus={grid.onFocus}>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">Candidate</th>
                <th scope="col">Stage</th>
                <th scope="col">Met</th>
                {QUALIFICATIONS.map((q) => (
                  <th key={q.id} scope="col" className="heatmap__qualification">
                    <span aria-hidden="true" title={q.label}>
                      {q.short}
                    </span>
                    <span className="visually-hidden">{q.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.candidateId} aria-rowindex={offset + index + 2}>
                  <th scope="row" className="heatmap__name">
                    <Link to={`/candidates/${encodeURIComponent(row.candidateId)}`} {...focusable(index, 0)}>
                      {row.name}
                    </Link>
                  </th>
                  <td {...cell(index, 1)}>
                    {STAGE_LABELS[row.stage]}
                    {row.status === 'active' ? null : <span className="muted"> · {STATUS_LABELS[row.status]}</span>}
                  </td>
                  <td {...cell(index, 2)}>
                    {row.coverage}/{QUALIFICATIONS.length}
                  </td>
                  {QUALIFICATIONS.map((q, qIndex) => {
                    const mark = MARKS[row.cells[q.id] ?? 'unknown'];
                    return (
                      <td key={q.id} className={`heatmap-mark heatmap-mark--${row.cells[q.id] ?? 'unknown'}`} {...cell(index, LEAD_COLUMNS + qIndex)}>
                        <span aria-hidden="true">{mark.glyph}</span> {mark.text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="insights-pager" aria-label="Heatmap pages">
        <button type="button" className="button button--small" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          Previous
        </button>
        <span>
          {total === 0 ? 'No candidates' : `${offset + 1}–${offset + rows.length} of ${pluralize(total, 'candidate')}`} · page {Math.min(page, pages)} of {pages}
        </span>
        <button type="button" className="button button--small" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
          Next
        </button>
      </nav>
    </section>
  );
}
