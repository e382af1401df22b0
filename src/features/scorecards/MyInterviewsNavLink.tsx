import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import type { MyInterview } from '../../domain';
import { myInterviewsQueryOptions } from '../../lib/queries/my-interviews';

/** Scorecards still to write or finish (not submitted). */
const countToFinish = (items: readonly MyInterview[]) => items.filter((i) => i.scorecard.progress !== 'submitted').length;

/** "My interviews" in the main navigation, with how many scorecards are still to write or finish. */
export function MyInterviewsNavLink() {
  const query = useQuery({ ...myInterviewsQueryOptions(), select: countToFinish });
  const count = query.data ?? 0;
  return (
    <NavLink to="/interviews" className="nav-link">
      My interviews
      {count > 0 ? (
        <>
          <span className="nav-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">, {count} to write</span>
        </>
      ) : null}
    </NavLink>
  );
}
