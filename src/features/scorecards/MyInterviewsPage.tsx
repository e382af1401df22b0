import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { INTERVIEW_KIND_LABELS, type MyInterview, qualificationById, STAGE_LABELS, STATUS_LABELS, type User } from '../../domain';
import { SectionStatus } from '../../components/PageStatus';
import { formatDateTime, pluralize } from '../../lib/format';
import { PageHeading } from '../../components/PageHeading';
import { hasLocalDraft } from '../../lib/local-drafts';
import { myInterviewsQueryOptions } from '../../lib/queries/my-interviews';
import { groupMyInterviews } from './my-interviews';
import { MINUTE_MS, useNow } from '../../lib/now';
import { formatAgo } from './time';

const SUBMITTED_PREVIEW = 6;

type GroupKind = 'missing' | 'draft' | 'submitted';

const ACTION: Record<GroupKind, string> = {
  missing: 'Write scorecard',
  draft: 'Continue draft',
  submitted: 'View scorecard',
};

function InterviewRow({ item, kind, viewer, now }: { item: MyInterview; kind: GroupKind; viewer: User; now: number }) {
  const { interview, candidate, scorecard } = item;
  const titleId = useId();
  const unsynced = kind !== 'submitted' && hasLocalDraft(viewer.id, interview.id);
  return (
    <li className={`interview-row interview-row--${kind}`} aria-labelledby={titleId}>
      <div className="interview-row__main">
        <div className="interview-row__title-line">
          <h3 id={titleId} className="interview-row__name">
            {candidate.name}
          </h3>
          {candidate.status !== 'active' ? <span className={`badge badge--${candidate.status}`}>{STATUS_LABELS[candidate.status]}</span> : null}
        </div>
        <p className="interview-row__headline">
          {candidate.headline} · {candidate.company}
        </p>
        <p className="interview-row__meta">
          <span className={`stage-chip stage-chip--${interview.stage}`}>{STAGE_LABELS[interview.stage]}</span>
          <span className="interview-row__kind">{INTERVIEW_KIND_LABELS[interview.kind]}</span>
          <span className="visually-hidden">. Focus:</span>
          <span className="focus-chips">
            {interview.focus.map((id) => (
              <span key={id} className="focus-chip">
                {qualificationById(id).label}
              </span>
            ))}
          </span>
        </p>
      </div>
      <div className="interview-row__side">
        <p className="interview-row__progress">
          {kind === 'missing' ? <span className="muted">Not started</span> : null}
          {kind === 'draft' && scorecard.updatedAt ? (
            <span title={formatDateTime(scorecard.updatedAt)}>
              <span aria-hidden="true">✎ </span>Draft saved {formatAgo(scorecard.updatedAt, now)}
            </span>
          ) : null}
          {kind === 'submitted' && scorecard.updatedAt ? (
            <span>
              <span aria-hidden="true">✓ </span>Submitted {formatDateTime(scorecard.updatedAt)}
            </span>
          ) : null}
          {unsynced ? (
            <span className="interview-row__unsynced">
              <span aria-hidden="true">⚠ </span>Unsaved changes on this device
            </span>
          ) : null}
        </p>
        <Link
          to={`/interviews/${encodeURIComponent(interview.id)}`}
          className={`button${kind === 'submitted' ? '' : ' button--primary'} button--small`}
        >
          {ACTION[kind]}
          <span className="visually-hidden">
            {' '}
            for {candidate.name}, {INTERVIEW_KIND_LABELS[interview.kind]}
          </span>
        </Link>
      </div>
    </li>
  );
}

function Group({
  title,
  kind,
  items,
  empty,
  viewer,
  now,
  limit,
}: {
  title: string;
  kind: GroupKind;
  items: MyInterview[];
  empty: string;
  viewer: User;
  now: number;
  limit?: number;
}) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = limit && !showAll ? items.slice(0, limit) : items;
  return (
    <section className={`interview-group-section interview-group-section--${kind}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="interview-group-section__title">
        {title} <span className="count-pill">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="interview-group-section__empty muted">{empty}</p>
      ) : (
        <ul className="interview-rows">
          {shown.map((item) => (
            <InterviewRow key={item.interview.id} item={item} kind={kind} viewer={viewer} now={now} />
          ))}
        </ul>
      )}
      {limit && items.length > limit ? (
        <button type="button" className="button button--ghost button--small show-more" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show fewer' : `Show all ${items.length} submitted`}
        </button>
      ) : null}
    </section>
  );
}

/** `/interviews`: the signed-in person's interviews, by what is still to write. */
export function MyInterviewsPage({ viewer }: { viewer: User }) {
  const query = useQuery(myInterviewsQueryOptions());
  const now = useNow(MINUTE_MS);
  return (
    <div className="interviews-page">
      <title>My interviews · Shortlist</title>
      <PageHeading
        title="My interviews"
        description="Write each scorecard soon after the interview, while it is fresh. Drafts save as you type; submitting is final."
      />
      <SectionStatus what="your interviews" query={query} />
      {query.data === undefined ? null : query.data.length === 0 ? (
        <p className="muted">You have no interviews for this role.</p>
      ) : (
        <MyInterviewGroups items={query.data} viewer={viewer} now={now} />
      )}
    </div>
  );
}

function MyInterviewGroups({ items, viewer, now }: { items: MyInterview[]; viewer: User; now: number }) {
  const groups = groupMyInterviews(items);
  return (
    <>
      <p className="interviews-page__summary">
        {pluralize(groups.toWrite.length, 'scorecard')} to write · {pluralize(groups.drafts.length, 'draft')} to finish ·{' '}
        {groups.submitted.length} submitted
      </p>
      <Group title="To write" kind="missing" items={groups.toWrite} empty="Nothing to write: every interview has a scorecard." viewer={viewer} now={now} />
      <Group title="Drafts" kind="draft" items={groups.drafts} empty="No drafts waiting." viewer={viewer} now={now} />
      <Group title="Submitted" kind="submitted" items={groups.submitted} empty="None submitted yet." viewer={viewer} now={now} limit={SUBMITTED_PREVIEW} />
    </>
  );
}
