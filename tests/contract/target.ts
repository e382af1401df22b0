/**
 * What a backend gives the contract suite. The suite talks to `baseUrl` through `fetch` only, so the same
 * tests run against the in-browser mock (mock-target.ts) and the Node server with PostgreSQL: a backend
 * passes when its answers are the contract's, whatever it is made of.
 */
import type { ApiClient } from './client';

/** The seeded people (server/seed/seed-data.ts SEEDED_USERS) the suite signs in as. */
export const PERSONAS = {
  recruiter: 'u-priya',
  coordinator: 'u-jordan',
  hiringManager: 'u-marcus',
  interviewers: ['u-dana', 'u-tomas', 'u-mei', 'u-sam', 'u-ingrid'],
} as const;

export type PersonaId =
  | typeof PERSONAS.recruiter
  | typeof PERSONAS.coordinator
  | typeof PERSONAS.hiringManager
  | (typeof PERSONAS.interviewers)[number];

/** A signed-in client: it carries its own session cookie, and nothing else makes it signed in. */
export type Session = ApiClient & { readonly persona: PersonaId };

/** The seed every `reset()` restores: the same ids, versions and scorecards every time. */
export const CONTRACT_SEED = { seed: 20_261_123, size: 60 } as const;

export interface ContractTarget {
  name: string;
  /** Absolute, without a trailing slash, e.g. `http://127.0.0.1:1234/api`. */
  baseUrl: string;
  /**
   * How people sign in here: `persona` (the in-browser demo: `POST /session {userId}`, and `GET /users`
   * lists the personas) or `password` (the server: `POST /session {email, password}`, no `GET /users`).
   */
  signInKind: 'persona' | 'password';
  /**
   * Whether writes from another origin are refused (403). The server checks `Origin` (CSRF); the in-browser
   * mock does not, as its requests never leave the page. The suite tests it where it is claimed.
   */
  refusesCrossOriginWrites: boolean;
  /** The body of `POST /session` that signs this persona in (the matrix and bad-input tables send it). */
  signInBody(persona: PersonaId): Record<string, unknown>;
  /** A new session for this persona, through `POST /session` (see `signInWith` in client.ts). */
  signIn(persona: PersonaId): Promise<Session>;
  /**
   * Fresh seeded data (CONTRACT_SEED) before each test: every earlier write, idempotency key and session is
   * gone, and ids and versions are exactly as after the previous reset (the suite discovers its fixtures
   * once and relies on that).
   */
  reset(): Promise<void>;
}
