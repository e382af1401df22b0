import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import type { User } from '../../domain';
import { reviewQueueQueryOptions } from '../../lib/queries/review';

const countOf = (items: readonly unknown[]) => items.length;

/** "Review" in the main navigation for the hiring manager and recruiters, with how many are waiting. */
export function ReviewNavLink({ viewer }: { viewer: User }) {
  const canReview = viewer.role !== 'interviewer';
  const query = useQuery({ ...reviewQueueQueryOptions(), select: countOf, enabled: canReview });
  if (!canReview) return null;
  const count = query.data ?? 0;
  return (
    <NavLink to="/review" className="nav-link">
      Review
      {count > 0 ? (
        <>
          <span className="nav-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">, {count} waiting for a decision</span>
        </>
      ) : null}
    </NavLink>
  );
}
