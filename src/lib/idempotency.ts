import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from './api-client';

/**
 * One Idempotency-Key per attempt-set: the same request body sent again (a retry after a failure or a
 * lost answer) reuses its key, so the server applies it at most once; a changed body gets a new key
 * (the server refuses a reused key with a different body). Call `forget` after a success, so that a later,
 * deliberate repeat (a second note with the same words) is a new request.
 */
export function useIdempotencyKey(): { keyFor: (body: unknown) => string; forget: () => void } {
  const current = useRef<{ fingerprint: string; key: string } | null>(null);
  const keyFor = useCallback((body: unknown) => {
    const fingerprint = JSON.stringify(body);
    if (current.current?.fingerprint !== fingerprint) current.current = { fingerprint, key: newIdempotencyKey() };
    return current.current.key;
  }, []);
  const forget = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, forget };
}
