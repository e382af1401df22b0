import { memo, type ReactNode } from 'react';

/**
 * A screen's heading: its h1, one line saying what the screen is for, and the screen's own actions
 * at the right. Every list screen (board, table, review queue, my interviews) opens with one. Memoized: the
 * board re-renders on every move, its heading never needs to.
 */
export const PageHeading = memo(function PageHeading({ title, description, actions }: { title: string; description: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-heading">
      <div>
        <h1>{title}</h1>
        <p className="muted small">{description}</p>
      </div>
      {actions ? <div className="page-heading__actions">{actions}</div> : null}
    </div>
  );
});
