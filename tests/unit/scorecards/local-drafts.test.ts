import { describe, expect, it } from 'vitest';
import type { ScorecardContent } from '../../../src/domain';
import { clearLocalDraftIfSaved, readLocalDraft, sameScorecardContent, writeLocalDraft } from '../../../src/lib/local-drafts';

const content: ScorecardContent = { ratings: { data: 'yes', async: 'no' }, recommendation: 'yes', takeaways: 'Good', privateNotes: '' };
const draft = { content, savedAt: '2026-01-02T03:04:05.000Z', baseVersion: 3 };

describe('local scorecard drafts', () => {
  it('keeps a draft per person and interview', () => {
    expect(writeLocalDraft('u-dana', 'i1', draft)).toBe(true);
    expect(readLocalDraft('u-dana', 'i1')).toEqual(draft);
    expect(readLocalDraft('u-tomas', 'i1')).toBeNull();
    expect(readLocalDraft('u-dana', 'i2')).toBeNull();
  });

  it('drops entries that are not valid JSON or not a valid draft, instead of trusting them', () => {
    writeLocalDraft('u-dana', 'i1', draft);
    const [key] = Object.keys(localStorage);
    localStorage.setItem(key!, '{"v":1,"content":{"ratings":{"data":"great"}}}');
    expect(readLocalDraft('u-dana', 'i1')).toBeNull();
    expect(localStorage.getItem(key!)).toBeNull();
    localStorage.setItem(key!, 'not json');
    expect(readLocalDraft('u-dana', 'i1')).toBeNull();
  });

  it('is cleared only once the server has exactly its content', () => {
    writeLocalDraft('u-dana', 'i1', draft);
    expect(clearLocalDraftIfSaved('u-dana', 'i1', { ...content, takeaways: 'Good!' })).toBe(false);
    expect(readLocalDraft('u-dana', 'i1')).not.toBeNull();
    expect(clearLocalDraftIfSaved('u-dana', 'i1', { ...content, ratings: { async: 'no', data: 'yes' } })).toBe(true);
    expect(readLocalDraft('u-dana', 'i1')).toBeNull();
  });

  it('compares content whatever the order of ratings', () => {
    expect(sameScorecardContent(content, { ...content, ratings: { async: 'no', data: 'yes' } })).toBe(true);
    expect(sameScorecardContent(content, { ...content, recommendation: null })).toBe(false);
  });
});
