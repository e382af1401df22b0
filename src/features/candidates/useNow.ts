import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/** "Now" for relative times ("3 minutes ago"), refreshed every minute: enough for a number in minutes. */
export function useMinuteNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A past moment relative to now; a timestamp a little ahead (clock skew, a write just now) reads as now. */
export function sinceNow(iso: string, now: number): Date {
  return new Date(Math.max(now, Date.parse(iso)));
}
