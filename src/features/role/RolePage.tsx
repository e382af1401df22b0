import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { RoleStats } from '../../domain';
import { describeError } from '../../lib/api-errors';
import { pluralize } from '../../lib/format';
import { roleQueryOptions, roleStatsQueryOptions } from '../../lib/queries/role';

type QualificationStats = RoleStats['qualifications'][number];

function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10;
}

/** Met (solid) and partly met (hatched) as a share of active candidates; the words say the same. */
function CoverageBar({ stats, total }: { stats: QualificationStats; total: number }) {
  return (
    <div className="role-coverage">
      <div className="role-coverage__bar" aria-hidden="true">
        <span className="role-coverage__met" style={{ width: `${percent(stats.met, total)}%` }} />
        <span className="role-coverage__partial" style={{ width: `${percent(stats.partial, total)}%` }} />
      </div>
      <p className="role-coverage__text">
        <span className="role-coverage__key role-coverage__key--met">
          <span aria-hidden="true">✓ </span>
          <strong>{stats.met}</strong> of {total} meet
        </span>
        <span className="role-coverage__key role-coverage__key--partial">
          <span aria-hidden="true">◐ </span>
          <strong>{stats.partial}</strong> partly
        </span>
        <span className="role-coverage__share">{Math.round(percent(stats.met, total))}%</span>
      </p>
    </div>
  );
}

/** The job: summary, responsibilities and qualifications, each with how many active candidates meet it. */
export function RolePage() {
  const role = useQuery(roleQueryOptions());
  const stats = useQuery(roleStatsQueryOptions());

  if (role.isPending) {
    return (
      <div className="role-page">
        <p role="status" className="muted">
          Loading the role…
        </p>
      </div>
    );
  }
  if (role.isError) {
    return (
      <div className="role-page">
        <div role="alert" className="error-panel error-panel--left">
          <h1>Could not load the role</h1>
          <p>{describeError(role.error)}</p>
          <button type="button" className="button" onClick={() => void role.refetch()}>
            Try again
          </button>
        </div>
      </div>
    );
  }

  const job = role.data;
  const byId = new Map(stats.data?.qualifications.map((q) => [q.id, q]));
  const total = stats.data?.activeTotal ?? 0;
  return (
    <div className="role-page">
      <header className="role-header">
        <p className="role-header__eyebrow">Open role</p>
        <h1>{job.title}</h1>
        <p className="role-header__meta">
          <span>{job.team}</span>
          <span>{job.location}</span>
          {stats.data ? <span>{pluralize(total, 'active candidate')}</span> : null}
        </p>
      </header>
      <div className="role-layout">
        <section className="panel" aria-labelledby="role-about">
          <h2 id="role-about" className="panel__title">About the role</h2>
          <p className="role-summary">{job.summary}</p>
          <h3 className="panel__subtitle">Responsibilities</h3>
          <ul className="role-list">
            {job.responsibilities.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="role-qualifications">
          <header className="panel__header">
            <h2 id="role-qualifications">Qualifications</h2>
            <p className="panel__summary">
              {stats.data ? `Across ${pluralize(total, 'active candidate')}` : stats.isError ? null : 'Counting candidates…'}
            </p>
          </header>
          {stats.isError ? (
            <div role="alert" className="inline-error">
              <p>Could not count candidates: {describeError(stats.error)}</p>
              <button type="button" className="button button--small" onClick={() => void stats.refetch()}>
                Try again
              </button>
            </div>
          ) : null}
          <ol className="role-qualifications">
            {job.qualifications.map((qualification, index) => {
              const counts = byId.get(qualification.id);
              return (
                <li key={qualification.id} className="role-qualification" aria-labelledby={`role-q-${qualification.id}`}>
                  <div className="role-qualification__text">
                    <h3 id={`role-q-${qualification.id}`} className="role-qualification__title">
                      <span className="checklist__number" aria-hidden="true">{index + 1}</span>
                      {qualification.label}
                    </h3>
                    <p className="role-qualification__description">{qualification.description}</p>
                  </div>
                  <div className="role-qualification__stats">
                    {counts ? <CoverageBar stats={counts} total={total} /> : null}
                    <p className="role-qualification__links">
                      On the board:{' '}
                      <Link to={`/?met=${encodeURIComponent(qualification.id)}`} aria-label={`who meets it (${qualification.label})`}>
                        who meets it
                      </Link>
                      {' · '}
                      <Link to={`/?missing=${encodeURIComponent(qualification.id)}`} aria-label={`who doesn’t (${qualification.label})`}>
                        who doesn’t
                      </Link>
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </div>
  );
}
