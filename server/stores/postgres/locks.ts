/**
 * Advisory lock keys, as (namespace, key) pairs so they cannot clash with locks other software on the
 * same database takes.
 */
export const LOCK_NAMESPACE = 0x53_4c_53_54; // "SLST"

export const LOCKS = {
  /** Serialises migrations when several instances start at once. */
  migrate: 1,
  /** Serialises candidate id allocation (max + 1) until the creating unit of work ends. */
  candidateId: 2,
  /** Serialises event inserts until commit, so event ids grow in commit order. */
  events: 3,
  /** One dataset load at a time. */
  load: 4,
} as const;
