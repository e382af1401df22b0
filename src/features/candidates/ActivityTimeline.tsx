import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ActivityEntry } from '../../domain';
import { SectionStatus } from '../../components/PageStatus';
import { formatDateTime, formatRelative } from '../../lib/format';
import { activityQueryOptions } from '../../lib/queries/candidates';
import { ACTIVITY_FILTERS, type ActivityGroup, describeActivity } from './activity-text';
import { NoteComposer } from './NoteComposer';
import { sinceNow } from '../../lib/now';

function ActivityItem({ entry, now }: { entry: ActivityEntry; now: number }) {
  const text = describeActivity(entry);
  return (
    <li className={`timeline__item timeline__item--${entry.type}`}>
      <span className="timeline__mark" aria-hidden="true">
        {text.mark}
      </span>
      <div className="timeline__body">
        <p className="timeline__line">
          <strong>{entry.actor.name}</strong> {text.summary}
          {text.detail ? <span className="timeline__detail"> — {text.detail}</span> : null}
        </p>
        {text.quote ? <p className="quote">{text.quote}</p> : null}
        <time className="timeline__time" dateTime={entry.at} title={formatDateTime(entry.at)}>
          {formatRelative(entry.at, sinceNow(entry.at, now))} · {formatDateTime(entry.at)}
        </time>
      </div>
    </li>
  );
}

interface ActivityTimelineProps {
  candidateId: string;
  canAddNotes: boolean;
  now: number;
}

/** Everything that happened to the candidate, newest first, as text; with a place to add a note. */
export function ActivityTimeline({ candidateId, canAddNotes, now }: ActivityTimelineProps) {
  const activity = useQuery(activityQueryOptions(candidateId));
  const [filter, setFilter] = useState<ActivityGroup | 'all'>('all');
  const items = activity.data ?? [];
  const shown = filter === 'all' ? items : items.filter((entry) => describeActivity(entry).group === filter);

  return (
    <section className="panel" aria-labelledby="activity-heading">
      <header className="panel__header">
        <h2 id="activity-heading">Activity</h2>
        <div className="chip-group" role="group" aria-label="Show">
          {ACTIVITY_FILTERS.map((option) => (
            <button
              key={option.value}
              type="button"
              className="chip"
              aria-pressed={filter === option.value}
              onClick={() => setFilter(option.value)}
            >
              {option.label}
            </button>
          ))}
        </div>
      </header>
      {canAddNotes ? <NoteComposer candidateId={candidateId} /> : null}
      <SectionStatus what="the activity" query={activity} />
      {activity.data === undefined ? null : shown.length === 0 ? (
        <p className="muted timeline__empty">{filter === 'all' ? 'Nothing has happened yet.' : 'Nothing of this kind yet.'}</p>
      ) : (
        <ol className="timeline" aria-label="Activity, newest first">
          {shown.map((entry) => (
            <ActivityItem key={entry.id} entry={entry} now={now} />
          ))}
        </ol>
      )}
    </section>
  );
}
