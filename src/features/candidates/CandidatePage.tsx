import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useRef } from 'react';
import { Link } from 'react-router';
import { PageLoadError, PageLoading } from '../../components/PageStatus';
import { StaleDataBanner } from '../../components/StaleDataBanner';
import {
  type Candidate,
  canAddCandidates,
  canEditAssessments,
  daysInStage,
  qualificationById,
  SOURCE_LABELS,
  STAGE_LABELS,
  STAGES,
  stageIndex,
  STATUS_LABELS,
  type User,
} from '../../domain';
import { formatDateTime, formatDays, initials } from '../../lib/format';
import { candidateQueryOptions } from '../../lib/queries/candidates';
import { ActivityTimeline } from './ActivityTimeline';
import { CANDIDATE_STATUS_MARKS, formatYears, safeHttpUrl } from './labels';
import { QualificationChecklist, type QualificationRatingsSlot } from './QualificationChecklist';
import { StatusActions } from './StatusActions';
import { MINUTE_MS, useNow } from '../../lib/now';

export interface CandidatePageProps {
  candidateId: string;
  viewer: User;
  /** The board to go back to, with the filters it had (composed in by the app). */
  backTo: string;
  /** Slot: interview ratings of one qualification, shown beside its assessment (scorecards feature). */
  renderQualificationRatings?: QualificationRatingsSlot;
  /** Slot: the candidate's interviews and scorecards, shown in the side column (scorecards feature). */
  interviews?: ReactNode;
}

function StageProgress({ candidate, days }: { candidate: Candidate; days: number }) {
  const current = stageIndex(candidate.stage);
  return (
    <div className="stage-progress">
      <ol className="stage-progress__steps" aria-label="Stage">
        {STAGES.map((stage, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={stage} className={`stage-progress__step is-${state} stage--${stage}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="stage-progress__dot" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              {STAGE_LABELS[stage]}
            </li>
          );
        })}
      </ol>
      <p className="stage-progress__days">
        {formatDays(days)} in {STAGE_LABELS[candidate.stage]}
      </p>
    </div>
  );
}

function StatusBadge({ candidate }: { candidate: Candidate }) {
  return (
    <span className={`status-badge status-badge--${candidate.status}`}>
      <span aria-hidden="true">{CANDIDATE_STATUS_MARKS[candidate.status]}</span> {STATUS_LABELS[candidate.status]}
    </span>
  );
}

const RECORD_TITLES: Record<Candidate['status'], string> = {
  active: '',
  rejected: 'Rejection reason',
  withdrawn: 'Withdrawal reason',
  hired: 'Hired',
};

/** Why the candidate is rejected, withdrawn or hired: reason, note, unmet qualifications, who and when. */
function StatusRecord({ candidate }: { candidate: Candidate }) {
  const change = candidate.statusChange;
  if (candidate.status === 'active' || !change) return null;
  return (
    <section className={`status-record status-record--${candidate.status}`} aria-labelledby="status-record-heading">
      <h2 id="status-record-heading" className="status-record__title">
        <span className="status-record__kind">{RECORD_TITLES[candidate.status]}</span>
        <span className="status-record__reason">{change.reason}</span>
      </h2>
      <p className="status-record__by">
        {change.by.name} · <time dateTime={change.at}>{formatDateTime(change.at)}</time>
        {candidate.status === 'hired' ? null : ` · in ${STAGE_LABELS[candidate.stage]} at the time`}
      </p>
      {change.unmetQualifications.length > 0 ? (
        <div className="status-record__unmet">
          <span className="status-record__label">Qualifications not met:</span>
          <ul className="tag-list">
            {change.unmetQualifications.map((id) => (
              <li key={id} className="tag">
                <span aria-hidden="true">✕ </span>
                {qualificationById(id).label}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {change.note ? <p className="quote">{change.note}</p> : null}
    </section>
  );
}

function ProfilePanel({ candidate }: { candidate: Candidate }) {
  const hasContact = candidate.email !== undefined || candidate.phone !== undefined;
  const links = candidate.links.flatMap((link) => {
    const url = safeHttpUrl(link.url);
    return url ? [{ ...link, host: url.hostname.replace(/^www\./, ''), href: url.href }] : [];
  });
  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="panel__title">Profile</h2>
      <dl className="details">
        <div>
          <dt>Location</dt>
          <dd>{candidate.location}</dd>
        </div>
        <div>
          <dt>Experience</dt>
          <dd>{formatYears(candidate.yearsExperience)}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{SOURCE_LABELS[candidate.source]}</dd>
        </div>
        <div>
          <dt>Applied</dt>
          <dd>
            <time dateTime={candidate.appliedAt}>{formatDateTime(candidate.appliedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>In {STAGE_LABELS[candidate.stage]} since</dt>
          <dd>
            <time dateTime={candidate.stageEnteredAt}>{formatDateTime(candidate.stageEnteredAt)}</time>
          </dd>
        </div>
      </dl>
      <h3 className="panel__subtitle">Contact</h3>
      {hasContact ? (
        <dl className="details details--contact">
          {candidate.email !== undefined ? (
            <div>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${encodeURIComponent(candidate.email).replace('%40', '@')}`} className="break">
                  {candidate.email}
                </a>
              </dd>
            </div>
          ) : null}
          {candidate.phone !== undefined ? (
            <div>
              <dt>Phone</dt>
              <dd>{candidate.phone}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted small">Contact details are shared with recruiters and the hiring manager only.</p>
      )}
      <h3 className="panel__subtitle">Links</h3>
      {links.length > 0 ? (
        <ul className="link-list">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noopener noreferrer nofollow">
                {link.label || link.host}
                <span className="visually-hidden">, opens in a new tab</span>
              </a>{' '}
              <span className="muted small">{link.host}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No links.</p>
      )}
    </section>
  );
}

/**
 * A candidate's page: who they are, where they stand (stage, status and why), the qualification checklist
 * with evidence, the decisions one can take, and everything that happened, newest first.
 */
export function CandidatePage({ candidateId, viewer, backTo, renderQualificationRatings, interviews }: CandidatePageProps) {
  const query = useQuery(candidateQueryOptions(candidateId));
  const heading = useRef<HTMLHeadingElement>(null);
  // "Now" for days in stage and relative times ("3 minutes ago"), refreshed every minute.
  const now = useNow(MINUTE_MS);

  const back = (
    <Link to={backTo} className="back-link">
      <span aria-hidden="true">← </span>Back to pipeline
    </Link>
  );

  if (query.isPending) {
    return <PageLoading className="candidate-page" title="Candidate · Shortlist" back={back} message="Loading candidate…" />;
  }
  if (query.data === undefined) {
    return (
      <PageLoadError
        className="candidate-page"
        title="Candidate · Shortlist"
        back={back}
        error={query.error}
        notFound={{ heading: 'Candidate not found' }}
        failedHeading="Could not load this candidate"
        onRetry={() => void query.refetch()}
      />
    );
  }

  const candidate = query.data;
  const days = daysInStage(candidate.stageEnteredAt, new Date(now));
  return (
    <div className="candidate-page">
      <title>{`${candidate.name} · Shortlist`}</title>
      {back}
      {query.isError ? <StaleDataBanner what="this candidate" query={query} /> : null}
      <header className="candidate-header">
        <div className="candidate-header__identity">
          <span className="avatar avatar--large" aria-hidden="true">
            {initials(candidate.name)}
          </span>
          <div className="candidate-header__text">
            <div className="candidate-header__title-row">
              <h1 ref={heading} tabIndex={-1} className="candidate-header__name">
                {candidate.name}
              </h1>
              <StatusBadge candidate={candidate} />
            </div>
            <p className="candidate-header__headline">
              {candidate.headline} <span className="muted">at</span> {candidate.company}
            </p>
            <p className="candidate-header__facts">
              <span>{candidate.location}</span>
              <span>{formatYears(candidate.yearsExperience)} of experience</span>
              <span>{SOURCE_LABELS[candidate.source]}</span>
            </p>
          </div>
          <StatusActions candidate={candidate} viewerRole={viewer.role} onChanged={() => heading.current?.focus()} />
        </div>
        <StageProgress candidate={candidate} days={days} />
      </header>
      <StatusRecord candidate={candidate} />
      <div className="candidate-layout">
        <div className="candidate-layout__main">
          <QualificationChecklist
            candidate={candidate}
            canEdit={canEditAssessments(viewer.role)}
            now={now}
            renderRatings={renderQualificationRatings}
          />
          {interviews}
        </div>
        <div className="candidate-layout__side">
          <ProfilePanel candidate={candidate} />
          <ActivityTimeline candidateId={candidate.id} canAddNotes={canAddCandidates(viewer.role)} now={now} />
        </div>
      </div>
    </div>
  );
}
