import fc from 'fast-check';
import { candidateSummary } from '../../support/summaries';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_STATUSES, QUALIFICATION_IDS, SOURCES, STAGES } from '../../../src/domain';
import {
  type BoardFilters,
  candidateMatcher,
  EMPTY_FILTERS,
  groupIntoColumns,
  hasActiveFilters,
  parseBoardFilters,
  writeBoardFilters,
} from '../../../src/features/pipeline/board-filters';

const summary = candidateSummary;

function filters(overrides: Partial<BoardFilters> = {}): BoardFilters {
  return { ...EMPTY_FILTERS, ...overrides };
}

describe('parseBoardFilters', () => {
  it('reads every filter from the URL', () => {
    const parsed = parseBoardFilters(
      new URLSearchParams('q=go%20dev&source=referral,linkedin&status=rejected,fired,hired&met=data,async&minMet=5&missing=security&closed=1'),
    );
    expect(parsed).toEqual({
      query: 'go dev',
      sources: ['referral', 'linkedin'],
      statuses: ['rejected', 'hired'],
      met: ['data', 'async'],
      minMet: 5,
      missing: 'security',
      showClosed: true,
    });
  });

  it('gives the empty filters for an empty URL', () => {
    expect(parseBoardFilters(new URLSearchParams())).toEqual(EMPTY_FILTERS);
  });

  it('drops unknown sources and qualifications, trims, and de-duplicates', () => {
    const parsed = parseBoardFilters(
      new URLSearchParams('source=referral,fax, referral ,,linkedin,referral&met=data,telepathy,data&closed=yes'),
    );
    expect(parsed.sources).toEqual(['referral', 'linkedin']);
    expect(parsed.met).toEqual(['data']);
    expect(parsed.showClosed).toBe(false);
  });

  it('accepts "meets at least" from 1 to 8 only, as a whole number', () => {
    const minMet = (value: string) => parseBoardFilters(new URLSearchParams({ minMet: value })).minMet;
    expect(minMet('1')).toBe(1);
    expect(minMet('8')).toBe(8);
    expect(minMet(' 3 ')).toBe(3);
    for (const bad of ['0', '9', '-1', '3.5', 'abc', '', '1e1', '99999999999']) expect(minMet(bad)).toBe(0);
  });

  it('reads one "missing" qualification and drops an unknown one', () => {
    expect(parseBoardFilters(new URLSearchParams('missing=async')).missing).toBe('async');
    expect(parseBoardFilters(new URLSearchParams('missing=telepathy')).missing).toBeNull();
    expect(parseBoardFilters(new URLSearchParams('missing=data,async')).missing).toBeNull();
  });

  it('caps a very long query', () => {
    expect(parseBoardFilters(new URLSearchParams({ q: 'x'.repeat(5000) })).query.length).toBeLessThanOrEqual(200);
  });
});

describe('writeBoardFilters', () => {
  it('keeps unrelated params and removes emptied filters', () => {
    const before = new URLSearchParams('mock-size=500&q=old&source=agency&closed=1');
    const after = writeBoardFilters(before, filters({ met: ['security'] }));
    expect(after.get('mock-size')).toBe('500');
    expect(after.has('q')).toBe(false);
    expect(after.has('source')).toBe(false);
    expect(after.has('closed')).toBe(false);
    expect(after.get('met')).toBe('security');
    // The input is not mutated.
    expect(before.get('q')).toBe('old');
  });

  it('round-trips any valid filters through the URL, leaving other params alone', () => {
    const validFilters = fc.record({
      query: fc.string({ unit: 'grapheme', maxLength: 60 }).filter((q) => q.length <= 200),
      sources: fc.uniqueArray(fc.constantFrom(...SOURCES)),
      statuses: fc.uniqueArray(fc.constantFrom(...CANDIDATE_STATUSES)),
      met: fc.uniqueArray(fc.constantFrom(...QUALIFICATION_IDS)),
      minMet: fc.integer({ min: 0, max: QUALIFICATION_IDS.length }),
      missing: fc.option(fc.constantFrom(...QUALIFICATION_IDS), { nil: null }),
      showClosed: fc.boolean(),
    });
    fc.assert(
      fc.property(validFilters, fc.string({ maxLength: 10 }), (f, other) => {
        const base = new URLSearchParams({ 'mock-size': other });
        const written = writeBoardFilters(base, f);
        expect(parseBoardFilters(written)).toEqual(f);
        expect(written.get('mock-size')).toBe(other);
        // Through a real URL string too, as a shared link would travel.
        expect(parseBoardFilters(new URLSearchParams(written.toString()))).toEqual(f);
      }),
    );
  });
});

describe('hasActiveFilters', () => {
  it('is false for the empty filters and a blank query, true for any real filter', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters(filters({ query: '   ' }))).toBe(false);
    expect(hasActiveFilters(filters({ query: 'go' }))).toBe(true);
    expect(hasActiveFilters(filters({ sources: ['agency'] }))).toBe(true);
    expect(hasActiveFilters(filters({ met: ['data'] }))).toBe(true);
    expect(hasActiveFilters(filters({ showClosed: true }))).toBe(true);
    expect(hasActiveFilters(filters({ statuses: ['active'] }))).toBe(true);
    expect(hasActiveFilters(filters({ minMet: 3 }))).toBe(true);
    expect(hasActiveFilters(filters({ missing: 'security' }))).toBe(true);
  });
});

describe('candidateMatcher', () => {
  it('matches every word, ignoring case and accents, across name, headline and company', () => {
    const jose = summary({ name: 'José García', headline: 'Staff Engineer', company: 'Ledgerline' });
    expect(candidateMatcher(filters({ query: 'jose garcia' }))(jose)).toBe(true);
    expect(candidateMatcher(filters({ query: 'GARCÍA' }))(jose)).toBe(true);
    expect(candidateMatcher(filters({ query: '  garcia   ledgerline ' }))(jose)).toBe(true);
    expect(candidateMatcher(filters({ query: 'staff ledger' }))(jose)).toBe(true);
    expect(candidateMatcher(filters({ query: 'jose smith' }))(jose)).toBe(false);
  });

  it('folds accents in the candidate data too (Jovanović, Bergström)', () => {
    expect(candidateMatcher(filters({ query: 'jovanovic' }))(summary({ name: 'Marek Jovanović' }))).toBe(true);
    expect(candidateMatcher(filters({ query: 'bergstrom' }))(summary({ name: 'Lena Bergström' }))).toBe(true);
  });

  it('does not match words split across fields as one word', () => {
    const c = summary({ name: 'Ann Lee', headline: 'SRE', company: 'Zed' });
    expect(candidateMatcher(filters({ query: 'leesre' }))(c)).toBe(false);
  });

  it('requires every selected qualification to be met (partial does not count)', () => {
    const both = summary({ met: ['data', 'async'] });
    const one = summary({ met: ['data'], partial: ['async'] });
    const match = candidateMatcher(filters({ met: ['data', 'async'] }));
    expect(match(both)).toBe(true);
    expect(match(one)).toBe(false);
  });

  it('keeps candidates meeting at least N qualifications (partial does not count)', () => {
    const match = candidateMatcher(filters({ minMet: 3 }));
    expect(match(summary({ met: ['data', 'async', 'security'] }))).toBe(true);
    expect(match(summary({ met: ['data', 'async', 'security', 'language'] }))).toBe(true);
    expect(match(summary({ met: ['data', 'async'], partial: ['security', 'language'] }))).toBe(false);
    expect(candidateMatcher(filters({ minMet: 0 }))(summary())).toBe(true);
  });

  it('keeps candidates missing a qualification: not met, partly met or unknown', () => {
    const match = candidateMatcher(filters({ missing: 'security' }));
    expect(match(summary({ met: ['data'] }))).toBe(true);
    expect(match(summary({ met: ['data'], partial: ['security'] }))).toBe(true);
    expect(match(summary({ met: ['security'] }))).toBe(false);
  });

  it('combines the qualification filters: all of, at least N, and missing one', () => {
    const match = candidateMatcher(filters({ met: ['data'], minMet: 2, missing: 'security' }));
    expect(match(summary({ met: ['data', 'async'] }))).toBe(true);
    expect(match(summary({ met: ['data'] }))).toBe(false);
    expect(match(summary({ met: ['async', 'language'] }))).toBe(false);
    expect(match(summary({ met: ['data', 'async', 'security'] }))).toBe(false);
  });

  it('agrees with its definition for any candidate and qualification filters (property)', () => {
    const ids = fc.uniqueArray(fc.constantFrom(...QUALIFICATION_IDS));
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 0, max: 8 }), fc.option(fc.constantFrom(...QUALIFICATION_IDS), { nil: null }), (met, required, minMet, missing) => {
        const expected = required.every((id) => met.includes(id)) && met.length >= minMet && (missing === null || !met.includes(missing));
        expect(candidateMatcher(filters({ met: required, minMet, missing }))(summary({ met }))).toBe(expected);
      }),
    );
  });

  it('keeps only the selected sources', () => {
    const match = candidateMatcher(filters({ sources: ['referral', 'agency'] }));
    expect(match(summary({ source: 'referral' }))).toBe(true);
    expect(match(summary({ source: 'linkedin' }))).toBe(false);
  });

  it('shows only the chosen statuses when any is chosen, whether or not closed ones are shown', () => {
    const active = summary({ status: 'active' });
    const hired = summary({ status: 'hired' });
    const rejected = summary({ status: 'rejected' });
    for (const showClosed of [false, true]) {
      const onlyRejected = candidateMatcher(filters({ statuses: ['rejected'], showClosed }));
      expect([active, hired, rejected].filter(onlyRejected)).toEqual([rejected]);
      const activeOrHired = candidateMatcher(filters({ statuses: ['active', 'hired'], showClosed }));
      expect([active, hired, rejected].filter(activeOrHired)).toEqual([active, hired]);
    }
  });

  it('hides closed candidates unless asked to show them', () => {
    for (const status of ['hired', 'rejected', 'withdrawn'] as const) {
      const c = summary({ status, stage: 'offer' });
      expect(candidateMatcher(EMPTY_FILTERS)(c)).toBe(false);
      expect(candidateMatcher(filters({ showClosed: true }))(c)).toBe(true);
    }
    expect(candidateMatcher(EMPTY_FILTERS)(summary())).toBe(true);
  });
});

describe('groupIntoColumns', () => {
  it('puts each matching candidate in its own stage column, newest arrival first', () => {
    const old = summary({ stage: 'screen', stageEnteredAt: '2025-01-01T00:00:00.000Z' });
    const newest = summary({ stage: 'screen', stageEnteredAt: '2025-03-01T00:00:00.000Z' });
    const middle = summary({ stage: 'screen', stageEnteredAt: '2025-02-01T00:00:00.000Z' });
    const offer = summary({ stage: 'offer' });
    const rejected = summary({ stage: 'applied', status: 'rejected' });
    const columns = groupIntoColumns([old, offer, newest, rejected, middle], EMPTY_FILTERS);
    expect(columns.screen.map((c) => c.id)).toEqual([newest.id, middle.id, old.id]);
    expect(columns.offer).toEqual([offer]);
    expect(columns.applied).toEqual([]);
    expect(columns.onsite).toEqual([]);
  });

  it('is a partition of the matching candidates, each column sorted newest first', () => {
    const arbitrarySummary = fc.record({
      stage: fc.constantFrom(...STAGES),
      status: fc.constantFrom(...CANDIDATE_STATUSES),
      at: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
    });
    fc.assert(
      fc.property(fc.array(arbitrarySummary, { maxLength: 40 }), fc.boolean(), (specs, showClosed) => {
        const all = specs.map((s) => summary({ stage: s.stage, status: s.status, stageEnteredAt: new Date(s.at).toISOString() }));
        const f = filters({ showClosed });
        const columns = groupIntoColumns(all, f);
        const placed = STAGES.flatMap((stage) => columns[stage]);
        expect(placed).toHaveLength(all.filter(candidateMatcher(f)).length);
        for (const stage of STAGES) {
          const column = columns[stage];
          for (const c of column) expect(c.stage).toBe(stage);
          for (let i = 1; i < column.length; i += 1) {
            expect(Date.parse(column[i - 1]!.stageEnteredAt)).toBeGreaterThanOrEqual(Date.parse(column[i]!.stageEnteredAt));
          }
        }
      }),
    );
  });
});
