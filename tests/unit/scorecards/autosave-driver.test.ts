import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SCORECARD_CONTENT, type Scorecard, type ScorecardContent } from '../../../src/domain';
import { initialAutosave } from '../../../src/features/scorecards/autosave-state';
import { type AutosaveIo, AutosaveDriver, classifyWriteError } from '../../../src/features/scorecards/useScorecardAutosave';
import { ApiError, NetworkError } from '../../../src/lib/api-errors';

const text = (takeaways: string): ScorecardContent => ({ ...EMPTY_SCORECARD_CONTENT, takeaways });
function card(version: number, takeaways: string, status: Scorecard['status'] = 'draft'): Scorecard {
  return {
    id: 'i1-sc', interviewId: 'i1', candidateId: 'c1', author: { id: 'u-dana', name: 'Dana Whitfield' }, version, status,
    ...text(takeaways), updatedAt: '2026-03-01T10:00:00.000Z', submittedAt: status === 'submitted' ? '2026-03-01T10:00:00.000Z' : null,
  };
}
const problem = (status: number, extra: Record<string, unknown> = {}) => new ApiError({ type: 'about:blank', title: 'Refused', status, detail: `Refused with ${status}.`, ...extra });

describe('what a failed write means to the autosave', () => {
  it('tells apart offline, server errors, refusals, conflicts and a final scorecard', async () => {
    expect(await classifyWriteError(new NetworkError(new TypeError('fetch failed')))).toMatchObject({ kind: 'network' });
    expect(await classifyWriteError(problem(503))).toEqual({ kind: 'server', message: 'Refused with 503.' });
    expect(await classifyWriteError(problem(409))).toEqual({ kind: 'final' });
    expect(await classifyWriteError(problem(422, { errors: { takeaways: ['Too long.'] } }))).toEqual({ kind: 'invalid', message: 'Refused with 422.', fieldErrors: { takeaways: ['Too long.'] } });
    expect(await classifyWriteError(problem(412, { current: card(3, 'Theirs') }))).toEqual({ kind: 'conflict', theirs: card(3, 'Theirs') });
    expect(await classifyWriteError(problem(412, { current: { not: 'a scorecard' } }))).toEqual({ kind: 'refused', message: 'Refused with 412.' });
    expect(await classifyWriteError(problem(403))).toEqual({ kind: 'refused', message: 'Refused with 403.' });
  });

  it('reads the scorecard created elsewhere after a 428 (the first save sent no version)', async () => {
    expect(await classifyWriteError(problem(428), async () => card(1, 'Created in another tab'))).toEqual({ kind: 'conflict', theirs: card(1, 'Created in another tab') });
    expect(await classifyWriteError(problem(428), async () => null)).toMatchObject({ kind: 'refused' });
    expect(await classifyWriteError(problem(428), () => Promise.reject(new NetworkError(null)))).toMatchObject({ kind: 'network' });
  });
});

describe('the autosave driver (runs the machine’s effects)', () => {
  afterEach(() => vi.useRealTimers());

  function connected(server: Scorecard | null) {
    const io = {
      save: vi.fn<AutosaveIo['save']>(),
      submit: vi.fn<AutosaveIo['submit']>(),
      readCurrent: vi.fn<AutosaveIo['readCurrent']>(),
      writeLocal: vi.fn<AutosaveIo['writeLocal']>(),
      clearLocal: vi.fn<AutosaveIo['clearLocal']>(),
      store: vi.fn<AutosaveIo['store']>(),
      refetch: vi.fn<AutosaveIo['refetch']>(),
      announce: vi.fn<AutosaveIo['announce']>(),
    };
    const driver = new AutosaveDriver(initialAutosave(null, server, ['data']));
    driver.connect(io);
    driver.dispatch({ type: 'mounted' });
    return { driver, io };
  }

  it('sends one save when typing pauses, and keeps the text on this device until it lands', async () => {
    vi.useFakeTimers();
    const { driver, io } = connected(card(1, 'A'));
    io.save.mockResolvedValue(card(2, 'ABC'));
    for (const typed of ['AB', 'ABC']) driver.dispatch({ type: 'edited', content: text(typed) });
    expect(io.writeLocal).toHaveBeenLastCalledWith(text('ABC'), 1);
    await vi.advanceTimersByTimeAsync(799);
    expect(io.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(io.save).toHaveBeenCalledTimes(1);
    expect(io.save).toHaveBeenCalledWith(text('ABC'), 1);
    await vi.waitFor(() => expect(io.clearLocal).toHaveBeenCalled());
    expect(io.store).toHaveBeenCalledWith(card(2, 'ABC'), false);
    expect(driver.getState()).toMatchObject({ baseVersion: 2, sending: null });
  });

  it('submits through `submit()` and resolves with how it ended', async () => {
    const { driver, io } = connected(card(1, 'A'));
    io.submit.mockResolvedValue(card(2, 'A', 'submitted'));
    await expect(driver.submit()).resolves.toEqual({ kind: 'submitted' });
    expect(io.submit).toHaveBeenCalledWith(text('A'), 1);

    const other = connected(card(1, 'A'));
    other.io.submit.mockRejectedValue(problem(422, { errors: { recommendation: ['Choose one.'] } }));
    await expect(other.driver.submit()).resolves.toEqual({ kind: 'invalid', message: 'Refused with 422.', fieldErrors: { recommendation: ['Choose one.'] } });
  });
});
