import { NavLink } from 'react-router';
import { useBoardHref } from './board-return';

/**
 * "Candidates" in the main navigation: the table with the board's filters as the person last set them
 * (the board's remembered query string), so going from the board to the table keeps them.
 */
export function CandidatesNavLink() {
  const search = useBoardHref().slice(1);
  return (
    <NavLink to={`/candidates${search}`} end className="nav-link">
      Candidates
    </NavLink>
  );
}
