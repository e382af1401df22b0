import { describe, expect, it } from 'vitest';
import { formatDays, formatRelative, initials, pluralize } from '../../../src/lib/format';

describe('format', () => {
  it('initials: the first two words, by code point, never a broken surrogate', () => {
    expect(initials('Amara Okafor')).toBe('AO');
    expect(initials('  jean   paul   sartre ')).toBe('JP');
    expect(initials('Émile')).toBe('É');
    // An astral first letter must come out whole, not as half a surrogate pair.
    expect(initials('𝒜da Lovelace')).toBe('𝒜L');
    expect(initials('')).toBe('');
  });

  it('relative times: minutes, then hours, then days, long and short', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(formatRelative('2026-12-01T11:41:00Z', now)).toBe('19 minutes ago');
    expect(formatRelative('2026-12-01T11:41:00Z', now, 'short')).toBe('19 min. ago');
    expect(formatRelative('2026-12-01T02:00:00Z', now)).toBe('10 hours ago');
    expect(formatRelative('2026-11-30T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('2026-11-21T12:00:00Z', now)).toBe('10 days ago');
  });

  it('counts: singular, plural and thousands', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(0)).toBe('0 days');
    expect(pluralize(1, 'candidate')).toBe('1 candidate');
    expect(pluralize(10_000, 'candidate')).toBe('10,000 candidates');
    expect(pluralize(2, 'person', 'people')).toBe('2 people');
  });
});
