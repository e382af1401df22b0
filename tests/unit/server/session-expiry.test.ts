// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../server/core';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../../server/core/session-commands';
import { MemoryDatabase } from '../../../server/stores/memory/memory-database';
import { MemoryStore } from '../../../server/stores/memory/memory-store';

/** The core over a fresh in-memory store, with a clock the test moves. */
function setup() {
  let now = new Date('2026-03-02T09:00:00.000Z').getTime();
  const store = new MemoryStore(new MemoryDatabase({ seed: 1, size: 5, now: new Date(now) }));
  const core = createCore({ store, clock: { now: () => new Date(now) } });
  return { core, store, advance: (ms: number) => (now += ms) };
}

describe('sessions', () => {
  it('stores only a hash of the session id, never the id itself', async () => {
    const { core, store } = setup();
    const { sessionId } = await core.sessions.signInAsPersona({ userId: 'u-priya' });
    const stored = [...store.db.sessions.values()];
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(sessionId);
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('expires after 8 idle hours, and slides while used', async () => {
    const { core, advance } = setup();
    const { sessionId } = await core.sessions.signInAsPersona({ userId: 'u-priya' });
    advance(SESSION_IDLE_MS - 60_000);
    expect((await core.sessions.authenticate(sessionId))?.id).toBe('u-priya');
    // Used a minute before it would have expired: the idle window starts again from here.
    advance(SESSION_IDLE_MS - 60_000);
    expect((await core.sessions.authenticate(sessionId))?.id).toBe('u-priya');
    advance(SESSION_IDLE_MS + 1);
    expect(await core.sessions.authenticate(sessionId)).toBeNull();
    // Once expired it stays gone, even if the clock were to come back.
    advance(-SESSION_IDLE_MS);
    expect(await core.sessions.authenticate(sessionId)).toBeNull();
  });

  it('expires 7 days after sign-in however often it is used', async () => {
    const { core, advance } = setup();
    const { sessionId } = await core.sessions.signInAsPersona({ userId: 'u-marcus' });
    const step = SESSION_IDLE_MS / 2;
    let elapsed = 0;
    // Used every 4 hours: never idle for long, right up to the last step before 7 days.
    while (elapsed + step <= SESSION_ABSOLUTE_MS) {
      advance(step);
      elapsed += step;
      expect(await core.sessions.authenticate(sessionId)).not.toBeNull();
    }
    advance(SESSION_ABSOLUTE_MS - elapsed + 1);
    expect(await core.sessions.authenticate(sessionId)).toBeNull();
  });

  it('ends on sign-out, and ignores unknown or absurd ids', async () => {
    const { core } = setup();
    const { sessionId } = await core.sessions.signInAsPersona({ userId: 'u-dana' });
    await core.sessions.signOut(sessionId);
    expect(await core.sessions.authenticate(sessionId)).toBeNull();
    expect(await core.sessions.authenticate('made-up')).toBeNull();
    expect(await core.sessions.authenticate('x'.repeat(10_000))).toBeNull();
    expect(await core.sessions.authenticate(null)).toBeNull();
  });
});
