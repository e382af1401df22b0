import { describe, expect, it } from 'vitest';
import { ApiError, CODE_LOAD_FAILED, describeError, isCodeLoadError, NetworkError } from '../../../src/lib/api-errors';

describe('describeError', () => {
  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://shortlist.example/assets/ReviewRoute-abc.js'],
    ['Firefox', 'error loading dynamically imported module: https://shortlist.example/assets/ReviewRoute-abc.js'],
    ['Safari', 'Importing a module script failed.'],
  ])('turns %s’s failed lazy import into a sentence saying to reload', (_browser, message) => {
    const error = new TypeError(message);
    expect(isCodeLoadError(error)).toBe(true);
    expect(describeError(error)).toBe(CODE_LOAD_FAILED);
  });

  it('leaves other errors to say what they say', () => {
    expect(isCodeLoadError(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isCodeLoadError(new Error('Failed to fetch dynamically imported module'))).toBe(false);
    expect(describeError(new ApiError({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Already submitted.' }))).toBe('Already submitted.');
    expect(describeError('a string')).toBe('Something went wrong.');
    expect(describeError(new NetworkError(new TypeError('Failed to fetch')))).not.toBe(CODE_LOAD_FAILED);
  });
});
