import { describe, expect, it } from 'vitest';
import { DeviceSessionHolder, type SessionIdStorage } from '../../../mocks/device-session';

/** One browser's storage, shared by its tabs (localStorage in the demo). */
function sharedStorage(): SessionIdStorage {
  let value: string | null = null;
  return { load: () => value, save: (next) => (value = next) };
}

describe('DeviceSessionHolder: the demo’s stand-in for a session cookie', () => {
  it('is shared by the tabs of one browser: a sign-out in one tab applies to the others at once', () => {
    const storage = sharedStorage();
    const tabA = new DeviceSessionHolder(storage);
    const tabB = new DeviceSessionHolder(storage);
    tabA.set('session-1');
    expect(tabB.id).toBe('session-1');
    tabA.set(null);
    expect(tabB.id).toBeNull();
  });

  it('a sign-in in another tab replaces this tab’s session, as a new cookie would', () => {
    const storage = sharedStorage();
    const tabA = new DeviceSessionHolder(storage);
    const tabB = new DeviceSessionHolder(storage);
    tabA.set('session-priya');
    tabB.set('session-marcus');
    expect(tabA.id).toBe('session-marcus');
  });
});
