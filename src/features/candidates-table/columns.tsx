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
  /** A CSS grid track. */
  width: string;
  cell: (candidate: CandidateSummary, now: number) => React.ReactNode;
}

const STALE_AFTER_DAYS = 14;

/** The data columns, in order; the selection checkbox comes first, outside this list. */
export const COLUMNS: readonly TableColumn[] = [
  {
    id: 'name',
    header: 'Name',
    width: '200px',
    // Out of the Tab order: the row takes focus (roving), and Enter on it opens the candidate.
    cell: (c) => (
      <Link to={`/candidates/${encodeURIComponent(c.id)}`} tabIndex={-1} className="ctable__name">
        {c.name}
      </Link>
    ),
  },
  { id: 'title', header: 'Current title', width: '210px', cell: (c) => c.headline },
  { id: 'company', header: 'Company', width: '150px', cell: (c) => c.company },
  { id: 'stage', header: 'Stage', width: '90px', cell: (c) => STAGE_LABELS[c.stage] },
  {
    id: 'status',
    header: 'Status',
    width: '104px',
    cell: (c) => (c.status === 'active' ? STATUS_LABELS.active : <span className={`badge badge--${c.status}`}>{STATUS_LABELS[c.status]}</span>),
  },
  {
    id: 'days',
    header: 'In stage',
    width: '96px',
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
  { id: 'source', header: 'Source', width: '110px', cell: (c) => SOURCE_LABELS[c.source] },
  { id: 'met', header: 'Coverage', width: '260px', cell: (c) => <QualificationCoverage met={c.met} partial={c.partial} /> },
  {
    id: 'scorecards',
    header: 'Scorecards',
    width: '140px',
    cell: (c) => (c.scorecards ? <ScorecardTallyText tally={c.scorecards} /> : <span className="muted">None shown</span>),
  },
  {
    id: 'activity',
    header: 'Last activity',
    width: '130px',
    cell: (c, now) =>
      c.lastActivityAt ? (
        <time dateTime={c.lastActivityAt} title={formatDateTime(c.lastActivityAt)}>
          {formatRelative(c.lastActivityAt, new Date(now))}
        </time>
      ) : (
        <span className="muted">None</span>
      ),
  },
];

export const SELECT_WIDTH = '44px';
export const GRID_TEMPLATE = [SELECT_WIDTH, ...COLUMNS.map((c) => c.width)].join(' ');
