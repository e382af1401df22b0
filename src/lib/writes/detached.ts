import { MutationObserver, type MutationObserverOptions, type QueryClient } from '@tanstack/react-query';

/**
 * Runs a write that belongs to no component: an Undo clicked in a toast, often after the screen that
 * made the change is gone. The write's own options (not per-call callbacks, which TanStack drops once
 * the caller unmounts) store the answer and `notify`, so the outcome is always told.
 */
export function runDetached<TData, TVariables, TContext>(
  queryClient: QueryClient,
  options: MutationObserverOptions<TData, Error, TVariables, TContext>,
  variables: TVariables,
): void {
  new MutationObserver(queryClient, options).mutate(variables).catch(() => undefined);
}
