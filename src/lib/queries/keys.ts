/**
 * Every query key of the app, general to specific, so invalidating a prefix reaches everything under it:
 * `candidates.detail(id)` also covers that candidate's activity; `scorecards.all` covers my interviews,
 * every interview and every candidate's scorecards. The `queryOptions` factories beside this file build on
 * these keys; writes name them in their `meta.invalidates`, live updates in `keysAffectedBy`. Kept apart
 * from the factories so that what only needs a key (the entry's live updates) loads no fetchers.
 */
export const queryKeys = {
  // Spelled out rather than built from the parent's key: smaller once minified, and the unit test checks
  // that each key starts with its parent's.
  session: {
    all: ['session'] as const,
    current: () => ['session', 'current'] as const,
    directory: () => ['session', 'directory'] as const,
  },
  candidates: {
    all: ['candidates'] as const,
    list: () => ['candidates', 'list'] as const,
    detail: (id: string) => ['candidates', 'detail', id] as const,
    activity: (id: string) => ['candidates', 'detail', id, 'activity'] as const,
    lookups: () => ['candidates', 'lookup'] as const,
    lookup: (email: string) => ['candidates', 'lookup', email] as const,
  },
  scorecards: {
    all: ['scorecards'] as const,
    mine: () => ['scorecards', 'mine'] as const,
    interview: (id: string) => ['scorecards', 'interview', id] as const,
    candidate: (id: string) => ['scorecards', 'candidate', id] as const,
  },
  review: {
    all: ['review'] as const,
    queue: () => ['review', 'queue'] as const,
  },
  role: {
    all: ['role'] as const,
    detail: () => ['role', 'detail'] as const,
    stats: () => ['role', 'stats'] as const,
  },
  insights: {
    all: ['insights'] as const,
    /** One view: period, the heatmap's stage and page (a plain object: TanStack hashes it by value). */
    view: <View extends object>(view: View) => ['insights', view] as const,
  },
  mockSettings: {
    all: ['mock-settings'] as const,
  },
};

/** The API path of a candidate. */
export const candidatePath = (id: string) => `/candidates/${encodeURIComponent(id)}`;
/** The API path of an interview. */
export const interviewPath = (id: string) => `/interviews/${encodeURIComponent(id)}`;
