import { lazy, Suspense } from 'react';
import { useSelectionCount } from '../../lib/selection';
import type { BulkBarProps } from './BulkBar';

const loadBulkBar = () => import('./BulkBar');
const BulkBar = lazy(loadBulkBar);

/** Fetches the bar ahead of the first selection (a screen calls it once it has painted). */
export const preloadBulkBar = (): Promise<unknown> => loadBulkBar();

/**
 * The bulk actions on a selection, composed in by a screen that selects (board, candidates table). Only
 * this slot is in the first load: the bar, its dialogs and the write path arrive once something is selected.
 */
export function BulkActions(props: BulkBarProps) {
  const selected = useSelectionCount() > 0;
  return selected ? (
    <Suspense fallback={null}>
      <BulkBar {...props} />
    </Suspense>
  ) : null;
}
