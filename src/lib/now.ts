import { useEffect, useState } from 'react';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/**
 * "Now", refreshed every `intervalMs`, for relative times and day counts: pick the coarsest interval
 * the label needs (a day count hourly, "3 min ago" every minute), so the rows and cards showing it do
 * not re-render every second.
 */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A past moment relative to now; a timestamp a little ahead (clock skew, a write just now) reads as now. */
export function sinceNow(iso: string, now: number): Date {
  return new Date(Math.max(now, Date.parse(iso)));
}
