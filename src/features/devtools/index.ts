import { lazy } from 'react';

/** Lazy, so neither the panel nor its dialog primitive land in the entry chunk. */
export const DevPanel = lazy(() => import('./DevPanel'));
