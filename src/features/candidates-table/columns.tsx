import { Link } from 'react-router';
import { type CandidateSummary, daysInStage, SOURCE_LABELS, STAGE_LABELS, STATUS_LABELS } from '../../domain';
import type { SortKey } from '../../domain/board-filters';
import { QualificationCoverage } from '../../components/QualificationCoverage';
import { ScorecardTallyText } from '../../components/ScorecardTallyText';
import { formatDateTime, formatDays, formatRelative } from '../../lib/format';

export interface TableColumn {
  /** The domain's sort key: the URL's `?sort=` and the CSV export's order use the same names. */
  id: SortKey;
  header: string;
  /** The narrowest the column gets (px), and its share of any width beyond every column's minimum. */
  width: { min: number; grow: number };
  cell: (candidate: CandidateSummary, now: number) => React.ReactNode;
}

const STALE_AFTER_DAYS = 14;

/** The data columns, in order; the selection checkbox comes first, outside this list. */
export const COLUMNS: readonly TableColumn[] = [
  {
    id: 'name',
    header: 'Name',
    width: { min: 122, grow: 1.3 },
    // Out of the Tab order: the row takes focus (roving), and Enter on it opens the candidate.
    cell: (c) => (
      <Link to={`/candidates/${encodeURIComponent(c.id)}`} tabIndex={-1} className="ctable__name" title={c.name}>
        {c.name}
      </Link>
    ),
  },
  { id: 'title', header: 'Current title', width: { min: 100, grow: 1.5 }, cell: (c) => <span title={c.headline}>{c.headline}</span> },
  { id: 'company', header: 'Company', width: { min: 88, grow: 1 }, cell: (c) => <span title={c.company}>{c.company}</span> },
  { id: 'stage', header: 'Stage', width: { min: 66, grow: 0 }, cell: (c) => STAGE_LABELS[c.stage] },
  {
    id: 'status',
    header: 'Status',
    width: { min: 78, grow: 0 },
    cell: (c) => (c.status === 'active' ? STATUS_LABELS.active : <span className={`badge badge--${c.status}`}>{STATUS_LABELS[c.status]}</span>),
  },
  {
    id: 'days',
    header: 'In stage',
    width: { min: 92, grow: 0 },
    cell: (c, now) => {
      const days = daysInStage(c.stageEnteredAt, new Date(now));
      if (days < STALE_AFTER_DAYS) return formatDays(days);
      return (
        <span className="is-stale" title="Waiting two weeks or more in this stage">
          <span aria-hidden="true">⚑ </span>
          {formatDays(days)}
          <span className="visually-hidden"> (waiting two weeks or more)</span>
        </span>
      );
    },
  },
  { id: 'source', header: 'Source', width: { min: 78, grow: 0.4 }, cell: (c) => SOURCE_LABELS[c.source] },
  { id: 'met', header: 'Coverage', width: { min: 302, grow: 0 }, cell: (c) => <QualificationCoverage met={c.met} partial={c.partial} /> },
  {
    id: 'scorecards',
    header: 'Scorecards',
    width: { min: 148, grow: 0.4 },
    cell: (c) => (c.scorecards ? <ScorecardTallyText tally={c.scorecards} /> : <span className="muted">None shown</span>),
  },
  {
    id: 'activity',
    header: 'Last activity',
    width: { min: 112, grow: 0.3 },
    cell: (c, now) =>
      c.lastActivityAt ? (
        <time dateTime={c.lastActivityAt} title={formatDateTime(c.lastActivityAt)}>
          {formatRelative(c.lastActivityAt, new Date(now), 'short')}
        </time>
      ) : (
        <span className="muted">None</span>
      ),
  },
];

const SELECT_WIDTH = 36;
const track = ({ min, grow }: TableColumn['width']) => (grow > 0 ? `minmax(${min}px, ${grow}fr)` : `${min}px`);
/**
 * The grid's columns: each at its minimum, sharing what is left of the box by `grow` (the table fills a
 * 1280 px window with every column showing; a narrower one scrolls the table's own box sideways).
 */
export const GRID_TEMPLATE = [`${SELECT_WIDTH}px`, ...COLUMNS.map((c) => track(c.width))].join(' ');
/** Every row is this wide at least, so the `fr` columns line up from row to row (a row never sizes to its content). */
export const GRID_MIN_WIDTH = SELECT_WIDTH + COLUMNS.reduce((sum, c) => sum + c.width.min, 0);
