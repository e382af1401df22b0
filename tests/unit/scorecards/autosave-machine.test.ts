import { describe, expect, it } from 'vitest';
import { EMPTY_SCORECARD_CONTENT, type Scorecard, type ScorecardContent } from '../../../src/domain';
import { transition } from '../../../src/features/scorecards/autosave-machine';
import {
  AUTOSAVE_DELAY_MS,
  type AutosaveEffect,
  type AutosaveEvent,
  type AutosaveState,
  initialAutosave,
  RETRY_DELAYS_MS,
  statusOf,
  type SubmitOutcome,
  type WriteFailure,
} from '../../../src/features/scorecards/autosave-state';
import type { LocalDraft } from '../../../src/lib/local-drafts';

const text = (takeaways: string): ScorecardContent => ({ ...EMPTY_SCORECARD_CONTENT, takeaways });

function card(version: number, takeaways: string, status: Scorecard['status'] = 'draft'): Scorecard {
  const at = new Date(Date.UTC(2026, 2, 1, 10, 0, version)).toISOString();
  return {
    id: 'i1-sc', interviewId: 'i1', candidateId: 'c1', author: { id: 'u-dana', name: 'Dana Whitfield' }, version, status,
    ...text(takeaways), updatedAt: at, submittedAt: status === 'submitted' ? at : null,
  };
}

const offline: WriteFailure = { kind: 'network', message: 'Could not reach the server.' };
const serverError: WriteFailure = { kind: 'server', message: 'The server hit an unexpected error.' };
type Request = { content: ScorecardContent; baseVersion: number | null };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The machine alone, with what its effects would do around it: the copy on this device, the timer, requests. */
class Harness {
  state: AutosaveState;
  effects: AutosaveEffect[] = [];
  device: Request | null;
  timer: number | null = null;
  saves: Request[] = [];
  pendingSave: Request | null = null;
  pendingSubmit: Request | null = null;
  announced: { message: string; assertive: boolean }[] = [];
  outcomes: SubmitOutcome[] = [];

  constructor(server: Scorecard | null = null, local: LocalDraft | null = null) {
    this.device = local && { content: local.content, baseVersion: local.baseVersion };
    this.state = initialAutosave(local, server, ['data']);
    this.send({ type: 'mounted' });
  }

  send(event: AutosaveEvent): AutosaveEffect[] {
    const { state, effects } = transition(deepFreeze(this.state), event); // pure: a frozen state is never written
    this.state = state;
    this.effects = effects;
    for (const effect of effects) {
      if (effect.type === 'scheduleSave') this.timer = effect.ms;
      else if (effect.type === 'cancelTimer') this.timer = null;
      else if (effect.type === 'writeLocalDraft') this.device = { content: effect.content, baseVersion: effect.baseVersion };
      else if (effect.type === 'clearLocalDraft') this.device = null;
      else if (effect.type === 'announce') this.announced.push({ message: effect.message, assertive: effect.assertive });
      else if (effect.type === 'submitEnded') this.outcomes.push(effect.outcome);
      else if (effect.type === 'sendSave') this.saves.push((this.pendingSave = { content: effect.content, baseVersion: effect.baseVersion }));
      else if (effect.type === 'sendSubmit') this.pendingSubmit = { content: effect.content, baseVersion: effect.baseVersion };
    }
    return effects;
  }
  type(takeaways: string) {
    return this.send({ type: 'edited', content: text(takeaways) });
  }
  fire() {
    expect(this.timer, 'a timer is running').not.toBeNull();
    this.timer = null;
    return this.send({ type: 'timerFired' });
  }
  saved(scorecard: Scorecard) {
    this.pendingSave = null;
    return this.send({ type: 'saveSucceeded', scorecard });
  }
  failed(failure: WriteFailure) {
    this.pendingSave = null;
    return this.send({ type: 'saveFailed', failure });
  }
  get status() {
    return statusOf(this.state);
  }
}

describe('scorecard autosave machine: typing and saving', () => {
  it('coalesces typing into one save once typing pauses; the first save creates (no version), later ones send it', () => {
    const h = new Harness();
    expect(h.status).toEqual({ kind: 'new' });
    expect(h.type('S')).toEqual([
      { type: 'writeLocalDraft', content: text('S'), baseVersion: null },
      { type: 'scheduleSave', ms: AUTOSAVE_DELAY_MS },
    ]);
    h.type('St');
    h.type('Strong');
    expect(h.saves).toEqual([]);
    expect(h.status).toEqual({ kind: 'pending' });
    expect(h.device?.content).toEqual(text('Strong'));

    h.fire();
    expect(h.saves).toEqual([{ content: text('Strong'), baseVersion: null }]);
    expect(h.status).toEqual({ kind: 'saving' });
    h.saved(card(1, 'Strong'));
    expect(h.effects).toContainEqual({ type: 'storeScorecard', scorecard: card(1, 'Strong'), created: true });
    expect(h.status).toEqual({ kind: 'saved', at: card(1, 'Strong').updatedAt });
    expect(h.device).toBeNull();
    expect(h.timer).toBeNull();

    h.type('Strong on data');
    h.fire();
    expect(h.saves[1]).toEqual({ content: text('Strong on data'), baseVersion: 1 });
    h.saved(card(2, 'Strong on data'));
    expect(h.effects).toContainEqual({ type: 'storeScorecard', scorecard: card(2, 'Strong on data'), created: false });
  });

  it('saves what is typed while a save is in flight right after it, on top of the new version', () => {
    const h = new Harness(card(1, 'A'));
    h.type('AB');
    h.fire();
    h.type('ABC');
    h.fire(); // the pause comes while "AB" is still on its way: nothing is sent in parallel
    expect(h.saves).toHaveLength(1);
    expect(h.device).toEqual({ content: text('ABC'), baseVersion: 1 });

    h.saved(card(2, 'AB'));
    expect(h.status).toEqual({ kind: 'pending' });
    expect(h.device).toEqual({ content: text('ABC'), baseVersion: 2 });
    expect(h.timer).toBe(0);
    h.fire();
    expect(h.saves[1]).toEqual({ content: text('ABC'), baseVersion: 2 });
    h.saved(card(3, 'ABC'));
    expect(h.status.kind).toBe('saved');
    expect(h.device).toBeNull();
  });

  it('leaves the pause running when typing goes on past the answer', () => {
    const h = new Harness(card(1, 'A'));
    h.type('AB');
    h.fire();
    h.type('ABC');
    h.saved(card(2, 'AB'));
    expect(h.effects.some((e) => e.type === 'scheduleSave' || e.type === 'sendSave')).toBe(false);
    expect(h.timer).toBe(AUTOSAVE_DELAY_MS);
  });

  it('restores text kept on this device that the server never got, and sends it at once', () => {
    const h = new Harness(card(2, 'On the server'), { content: text('Typed offline'), savedAt: '2026-03-01T09:00:00.000Z', baseVersion: 2 });
    expect(h.state.restoredAt).toBe('2026-03-01T09:00:00.000Z');
    expect(h.state.content).toEqual(text('Typed offline'));
    expect(h.timer).toBe(0);
    h.fire();
    expect(h.saves).toEqual([{ content: text('Typed offline'), baseVersion: 2 }]);
  });

  it('leaving the page sends what waits for the pause, and then schedules nothing', () => {
    const h = new Harness(card(1, 'A'));
    h.type('AB');
    h.send({ type: 'unmounted' });
    expect(h.saves).toEqual([{ content: text('AB'), baseVersion: 1 }]);
    h.failed(offline);
    expect(h.timer).toBeNull();
    expect(h.device?.content).toEqual(text('AB')); // restored next time
  });
});

describe('scorecard autosave machine: failures', () => {
  it('keeps the text on this device when offline, says so once, and retries with back-off', () => {
    const h = new Harness(card(3, 'Before'));
    h.type('Offline words');
    h.fire();
    h.failed(offline);
    expect(h.status).toEqual({ kind: 'retrying', offline: true, message: offline.message });
    expect(h.device).toEqual({ content: text('Offline words'), baseVersion: 3 });
    expect(h.timer).toBe(RETRY_DELAYS_MS[0]);
    expect(h.announced).toEqual([{ message: expect.stringMatching(/^Offline: your scorecard is kept on this device/), assertive: true }]);

    for (const wait of [2_000, 5_000, 10_000, 20_000, 30_000, 30_000]) {
      h.fire();
      expect(h.saves.at(-1)).toEqual({ content: text('Offline words'), baseVersion: 3 });
      h.failed(offline);
      expect(h.timer).toBe(wait);
    }
    expect(h.announced).toHaveLength(1);

    // Typing meanwhile keeps "retrying" and the copy here up to date.
    h.type('Offline words, more');
    expect(h.status.kind).toBe('retrying');
    expect(h.device?.content).toEqual(text('Offline words, more'));

    // The connection is back: saved at once.
    h.send({ type: 'wentOnline' });
    expect(h.saves.at(-1)).toEqual({ content: text('Offline words, more'), baseVersion: 3 });
    h.saved(card(4, 'Offline words, more'));
    expect(h.status.kind).toBe('saved');
    expect(h.device).toBeNull();
    expect(h.announced.at(-1)).toEqual({ message: 'Draft saved.', assertive: false });
  });

  it('says "retrying" (not offline) for a server error, and "Retry now" sends at once', () => {
    const h = new Harness();
    h.type('Kept');
    h.fire();
    h.failed(serverError);
    expect(h.status).toEqual({ kind: 'retrying', offline: false, message: serverError.message });
    expect(h.announced[0]?.message).toMatch(/^Draft not saved; retrying/);
    h.send({ type: 'saveRequested' });
    expect(h.effects).toEqual([{ type: 'cancelTimer' }, { type: 'sendSave', content: text('Kept'), baseVersion: null }]);
    expect(h.status.kind).toBe('retrying'); // until it lands
    h.send({ type: 'wentOnline' }); // a save is in flight: nothing in parallel
    expect(h.saves).toHaveLength(2);
  });

  it('keeps a draft the server refuses (422), shows why, and does not send it again until it changes', () => {
    const h = new Harness(card(1, 'A'));
    h.type('Too long');
    h.fire();
    h.failed({ kind: 'invalid', message: 'Check the fields.', fieldErrors: { takeaways: ['Keep this under 5,000 characters.'] } });
    expect(h.status).toEqual({ kind: 'failed', message: 'Check the fields.', fieldErrors: { takeaways: ['Keep this under 5,000 characters.'] } });
    expect(h.timer).toBeNull();
    expect(h.device?.content).toEqual(text('Too long'));
    h.type('Shorter');
    expect(h.status.kind).toBe('pending');
    h.fire();
    expect(h.saves.at(-1)).toEqual({ content: text('Shorter'), baseVersion: 1 });
  });

  it('stops autosaving once the server says the scorecard was submitted (409)', () => {
    const h = new Harness(card(1, 'A'));
    h.type('AB');
    h.fire();
    h.failed({ kind: 'final' });
    expect(h.status).toEqual({ kind: 'submitted' });
    expect(h.effects).toContainEqual({ type: 'refetchInterview' });
    expect(h.type('ABC')).toEqual([]);
  });
});

describe('scorecard autosave machine: saved in another tab (412)', () => {
  function conflicted() {
    const h = new Harness(card(2, 'Mine v2'));
    h.type('Written here');
    h.fire();
    const theirs = card(3, 'Written in the other tab');
    h.failed({ kind: 'conflict', theirs });
    return { h, theirs };
  }

  it('keeps what is typed, stops saving, and asks', () => {
    const { h, theirs } = conflicted();
    expect(h.status).toEqual({ kind: 'conflict', current: theirs });
    expect(h.state.content).toEqual(text('Written here'));
    expect(h.device).toEqual({ content: text('Written here'), baseVersion: 2 });
    expect(h.timer).toBeNull();
    expect(h.announced.at(-1)).toMatchObject({ assertive: true, message: expect.stringMatching(/changed in another tab/) });

    h.type('Written here, more'); // kept here, not sent
    expect(h.timer).toBeNull();
    expect(h.device?.content).toEqual(text('Written here, more'));
    h.send({ type: 'submitRequested' });
    expect(h.pendingSubmit).toBeNull();
    expect(h.outcomes).toEqual([{ kind: 'stopped' }]);
  });

  it('"Keep mine" saves what is typed on top of their version', () => {
    const { h, theirs } = conflicted();
    h.send({ type: 'conflictResolved', choice: 'keepMine' });
    expect(h.saves.at(-1)).toEqual({ content: text('Written here'), baseVersion: theirs.version });
    expect(h.device).toEqual({ content: text('Written here'), baseVersion: theirs.version });
    h.saved(card(4, 'Written here'));
    expect(h.status.kind).toBe('saved');
    expect(h.device).toBeNull();
  });

  it('"Use the saved one" replaces the text with theirs, and goes on from their version', () => {
    const { h, theirs } = conflicted();
    h.send({ type: 'conflictResolved', choice: 'useTheirs' });
    expect(h.state.content).toEqual(text('Written in the other tab'));
    expect(h.status).toEqual({ kind: 'saved', at: theirs.updatedAt });
    expect(h.device).toBeNull();
    expect(h.effects).toContainEqual({ type: 'storeScorecard', scorecard: theirs, created: false });
    h.type('Written in the other tab!');
    h.fire();
    expect(h.saves.at(-1)).toEqual({ content: text('Written in the other tab!'), baseVersion: 3 });
  });

  it('takes its own write whose answer was lost (or the same words) without asking', () => {
    const h = new Harness(card(2, 'A'));
    h.type('AB');
    h.fire();
    h.failed({ kind: 'conflict', theirs: card(3, 'AB') });
    expect(h.status.kind).toBe('saved');
    expect(h.state.baseVersion).toBe(3);
    expect(h.device).toBeNull();
  });

  it('shows a newer version from a refetch when nothing is unsaved here, and asks when something is', () => {
    const h = new Harness(card(2, 'A'));
    h.send({ type: 'serverChanged', scorecard: card(2, 'A') }); // its own version: nothing to do
    expect(h.effects).toEqual([]);
    h.send({ type: 'serverChanged', scorecard: card(3, 'From the other tab') });
    expect(h.state.content).toEqual(text('From the other tab'));
    expect(h.status.kind).toBe('saved');

    h.type('Mine');
    h.send({ type: 'serverChanged', scorecard: card(4, 'Theirs again') });
    expect(h.status).toEqual({ kind: 'conflict', current: card(4, 'Theirs again') });
    expect(h.state.content).toEqual(text('Mine'));
    expect(h.device).toEqual({ content: text('Mine'), baseVersion: 3 });
    h.send({ type: 'serverChanged', scorecard: card(5, 'And again') }); // the choice is about the newest
    expect(h.status).toEqual({ kind: 'conflict', current: card(5, 'And again') });
  });
});

describe('scorecard autosave machine: submitting', () => {
  it('waits for the save in flight, submits with its version, and is final', () => {
    const h = new Harness(card(1, 'A'));
    h.type('Final words');
    h.fire();
    h.send({ type: 'submitRequested' });
    expect(h.pendingSubmit).toBeNull();
    expect(h.type('ignored while submitting')).toEqual([]);
    h.saved(card(2, 'Final words'));
    expect(h.pendingSubmit).toEqual({ content: text('Final words'), baseVersion: 2 });
    h.send({ type: 'submitSucceeded', scorecard: card(3, 'Final words', 'submitted') });
    expect(h.status).toEqual({ kind: 'submitted' });
    expect(h.outcomes).toEqual([{ kind: 'submitted' }]);
    expect(h.device).toBeNull();
    expect(h.type('after')).toEqual([]);
  });

  it('submits at once with nothing in flight, cancelling the pause; a failed save in flight still lets it submit', () => {
    const h = new Harness(card(1, 'A'));
    h.type('AB');
    expect(h.send({ type: 'submitRequested' })).toEqual([{ type: 'cancelTimer' }, { type: 'sendSubmit', content: text('AB'), baseVersion: 1 }]);

    const g = new Harness(card(1, 'A'));
    g.type('AB');
    g.fire();
    g.send({ type: 'submitRequested' });
    g.failed(offline);
    expect(g.pendingSubmit).toEqual({ content: text('AB'), baseVersion: 1 });
    expect(g.timer).toBeNull();
  });

  it('stops when the save in flight meets a conflict, and asks first', () => {
    const h = new Harness(card(1, 'A'));
    h.type('AB');
    h.fire();
    h.send({ type: 'submitRequested' });
    h.failed({ kind: 'conflict', theirs: card(2, 'Theirs') });
    expect(h.pendingSubmit).toBeNull();
    expect(h.outcomes).toEqual([{ kind: 'stopped' }]);
    expect(h.status.kind).toBe('conflict');
    expect(h.device?.content).toEqual(text('AB'));
  });

  it('returns the field errors of a refused submission, the message of a failed one, and saves again', () => {
    const h = new Harness(card(1, 'A'));
    h.type('AB');
    h.send({ type: 'submitRequested' });
    h.send({ type: 'submitFailed', failure: { kind: 'invalid', message: 'Check the fields.', fieldErrors: { takeaways: ['Write your key takeaways.'] } } });
    expect(h.outcomes.at(-1)).toEqual({ kind: 'invalid', message: 'Check the fields.', fieldErrors: { takeaways: ['Write your key takeaways.'] } });
    expect(h.announced.at(-1)).toEqual({ message: 'Not submitted: Check the fields.', assertive: true });
    expect(h.timer).toBe(AUTOSAVE_DELAY_MS); // autosave resumes
    expect(h.device?.content).toEqual(text('AB'));

    h.send({ type: 'submitRequested' });
    h.send({ type: 'submitFailed', failure: offline });
    expect(h.outcomes.at(-1)).toEqual({ kind: 'failed', message: offline.message });
    expect(h.state.mode).toBe('editing');
  });

  it('is final when the submission finds it submitted already (409), and asks on a 412', () => {
    const h = new Harness(card(1, 'A'));
    h.send({ type: 'submitRequested' });
    h.send({ type: 'submitFailed', failure: { kind: 'final' } });
    expect(h.status).toEqual({ kind: 'submitted' });
    expect(h.effects).toContainEqual({ type: 'refetchInterview' });
    expect(h.outcomes).toEqual([{ kind: 'stopped' }]);

    const g = new Harness(card(1, 'A'));
    g.type('Mine');
    g.send({ type: 'submitRequested' });
    g.send({ type: 'submitFailed', failure: { kind: 'conflict', theirs: card(2, 'Theirs') } });
    expect(g.status.kind).toBe('conflict');
    expect(g.outcomes).toEqual([{ kind: 'stopped' }]);
  });
});

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A server with If-Match: a write on another version is a conflict; a submitted scorecard is final. */
class Server {
  card: Scorecard | null = null;
  /** Every text the server ever held (and the empty form, which holds nothing to lose). */
  readonly held = new Set<string>(['']);
  write(takeaways: string, status: Scorecard['status'] = 'draft'): Scorecard {
    this.card = card((this.card?.version ?? 0) + 1, takeaways, status);
    this.held.add(takeaways);
    return this.card;
  }
  answer({ content, baseVersion }: Request, status: Scorecard['status']): { ok: Scorecard } | { failure: WriteFailure } {
    if (this.card?.status === 'submitted') return { failure: { kind: 'final' } };
    if (this.card && this.card.version !== baseVersion) return { failure: { kind: 'conflict', theirs: this.card } };
    return { ok: this.write(content.takeaways, status) };
  }
}

describe('scorecard autosave machine: nothing typed is lost', () => {
  it('on any path: random typing, pauses, failures, other tabs, refetches, conflicts and submissions', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const pick = random(seed);
      const server = new Server();
      if (pick() < 0.5) server.write('Started earlier');
      const h = new Harness(server.card);
      let typed = h.state.content.takeaways;
      const answer = (flaky: boolean) => {
        const roll = pick();
        if (h.pendingSave) {
          const result = flaky && roll < 0.3 ? { failure: roll < 0.15 ? offline : serverError } : server.answer(h.pendingSave, 'draft');
          if ('ok' in result) h.saved(result.ok);
          else h.failed(result.failure);
        } else if (h.pendingSubmit) {
          const result = flaky && roll < 0.2 ? { failure: offline } : server.answer(h.pendingSubmit, 'submitted');
          h.pendingSubmit = null;
          h.send('ok' in result ? { type: 'submitSucceeded', scorecard: result.ok } : { type: 'submitFailed', failure: result.failure });
        }
      };

      const check = (step: string, before: string, choseTheirs: boolean) => {
        const now = h.state.content.takeaways;
        // What is typed is on this device, or the server has had it.
        expect(h.device?.content.takeaways === now || server.held.has(now), `seed ${seed}, ${step}`).toBe(true);
        // Text is replaced only by typing, by choosing theirs, or by a newer version when nothing here was unsaved.
        if (now !== before && now !== typed) {
          expect(choseTheirs || server.held.has(before), `seed ${seed}, ${step}: replaced unsaved text`).toBe(true);
          typed = now;
        }
      };

      for (let i = 0; i < 80; i += 1) {
        const before = h.state.content.takeaways;
        const roll = pick();
        let choseTheirs = false;
        if (roll < 0.35 && (h.state.mode === 'editing' || h.state.mode === 'conflict')) {
          typed = `${before}${'abc'[Math.floor(pick() * 3)]}`;
          h.type(typed);
        } else if (roll < 0.55 && h.timer !== null) h.fire();
        else if (roll < 0.75) answer(true);
        else if (roll < 0.8 && server.card?.status !== 'submitted') server.write(`Other tab ${i}`);
        else if (roll < 0.85 && server.card) h.send({ type: 'serverChanged', scorecard: server.card });
        else if (roll < 0.88) h.send({ type: 'wentOnline' });
        else if (roll < 0.95 && h.state.mode === 'conflict') {
          choseTheirs = pick() < 0.3;
          h.send({ type: 'conflictResolved', choice: choseTheirs ? 'useTheirs' : 'keepMine' });
        } else if (roll >= 0.98 && h.state.mode === 'editing') h.send({ type: 'submitRequested' });
        check(`step ${i}`, before, choseTheirs);
      }

      // Calm: the connection holds, live updates arrive, and the person keeps their version of any conflict.
      for (let i = 0; i < 100; i += 1) {
        const before = h.state.content.takeaways;
        if (h.state.mode === 'conflict') h.send({ type: 'conflictResolved', choice: 'keepMine' });
        else if (h.pendingSave || h.pendingSubmit) answer(false);
        else if (h.timer !== null) h.fire();
        else if (server.card && server.card.version > (h.state.baseVersion ?? 0) && h.state.mode === 'editing') h.send({ type: 'serverChanged', scorecard: server.card });
        else break;
        check(`calm ${i}`, before, false);
      }
      expect(h.state.content.takeaways, `seed ${seed}`).toBe(typed);
      expect(server.card?.takeaways ?? '', `seed ${seed}: the server has what was typed last`).toBe(typed);
      expect(h.device, `seed ${seed}: nothing left only on this device`).toBeNull();
      expect(['saved', 'new', 'submitted'], `seed ${seed}`).toContain(h.status.kind);
    }
  });
});
