/** Bulk actions: one Idempotency-Key per request, each item with its version, answered item by item. */
import { describe, expect, it } from 'vitest';
import { type BulkResult, BulkResultSchema, CandidateListSchema, CandidateSchema, type CandidateSummary } from '../../src/domain';
import { type ApiClient, ifMatch, newKey, okBody, problemOf, read, writeHeaders } from './client';
import { ActivityListSchema, blindInterview, newCandidateDraft, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

const REJECT = { action: 'reject', reason: 'Does not meet required qualifications', note: 'Bulk: thin on data work.', unmetQualifications: ['data'] };
const itemsOf = (candidates: readonly Pick<CandidateSummary, 'id' | 'version'>[]) => candidates.map((c) => ({ candidateId: c.id, version: c.version }));

async function list(client: ApiClient): Promise<CandidateSummary[]> {
  return (await read(client, '/candidates', CandidateListSchema)).items;
}

/** `count` active candidates the recruiter may reject (not in Offer), adding new ones when the seed has too few. */
async function activeCandidates(recruiter: ApiClient, count: number): Promise<CandidateSummary[]> {
  const found = (await list(recruiter)).filter((c) => c.status === 'active' && c.stage !== 'offer').slice(0, count);
  while (found.length < count) {
    const created = okBody(await recruiter.post('/candidates', newCandidateDraft(), newKey()), CandidateSchema, 201);
    found.push({ ...created, met: [], partial: [], scorecards: null, needsDecision: false, lastActivityAt: created.appliedAt });
  }
  return found;
}

function outcomes(result: BulkResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of result.results) counts[`${r.outcome} ${r.status}`] = (counts[`${r.outcome} ${r.status}`] ?? 0) + 1;
  return counts;
}

export function defineBulkSuite(getTarget: () => ContractTarget): void {
  describe('bulk actions', () => {
    it('rejects 50 where 2 changed meanwhile: 48 done, 2 conflicts with the current state; one entry each', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const manager = await target.signIn(PERSONAS.hiringManager);
      const selection = await activeCandidates(recruiter, 50);
      // Another client changes two of them first.
      const changed = [selection[3]!, selection[40]!];
      for (const c of changed) {
        okBody(await manager.put(`/candidates/${c.id}/assessments/data`, { status: 'met', evidence: 'Ledger design.' }, ifMatch(c.version)), CandidateSchema);
      }
      const result = okBody(await recruiter.post('/candidates/bulk/status', { items: itemsOf(selection), ...REJECT }, newKey()), BulkResultSchema);
      expect(result).toMatchObject({ done: 48, failed: 2 });
      expect(result.results.map((r) => r.candidateId)).toEqual(selection.map((c) => c.id));
      for (const r of result.results) {
        const wasChanged = changed.some((c) => c.id === r.candidateId);
        const before = selection.find((c) => c.id === r.candidateId)!;
        if (wasChanged) expect(r).toMatchObject({ outcome: 'conflict', status: 412, candidate: { status: 'active', version: before.version + 1 } });
        else expect(r).toMatchObject({ outcome: 'done', status: 200, candidate: { status: 'rejected', version: before.version + 1 } });
      }
      let entries = 0;
      for (const c of selection) {
        const { items } = await read(recruiter, `/candidates/${c.id}/activity`, ActivityListSchema);
        entries += items.filter((e) => e.type === 'status_changed' && e.to === 'rejected' && e.note === REJECT.note).length;
      }
      expect(entries).toBe(48);
    });

    it('replays a retried request (same key, same body) and applies nothing twice; another body with the key is 422', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const selection = (await list(recruiter)).filter((c) => c.status === 'active' && c.stage === 'applied').slice(0, 3);
      expect(selection.length).toBeGreaterThan(0);
      const key = newKey();
      const body = { items: itemsOf(selection), toStage: 'screen' };
      const first = await recruiter.post('/candidates/bulk/moves', body, key);
      const firstResult = okBody(first, BulkResultSchema);
      expect(firstResult.done).toBe(selection.length);
      const again = await recruiter.post('/candidates/bulk/moves', body, key);
      expect(okBody(again, BulkResultSchema)).toEqual(firstResult);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      const now = await list(recruiter);
      for (const c of selection) expect(now.find((n) => n.id === c.id)).toMatchObject({ stage: 'screen', version: c.version + 1 });
      const { items } = await read(recruiter, `/candidates/${selection[0]!.id}/activity`, ActivityListSchema);
      expect(items.filter((e) => e.type === 'stage_changed' && e.to === 'screen')).toHaveLength(1);
      problemOf(await recruiter.post('/candidates/bulk/moves', { ...body, toStage: 'onsite' }, key), 422);
    });

    it('refuses a recruiter’s move into Offer item by item (403) and changes nothing', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const onsite = (await list(recruiter)).filter((c) => c.status === 'active' && c.stage === 'onsite');
      expect(onsite.length).toBeGreaterThan(0);
      const result = okBody(await recruiter.post('/candidates/bulk/moves', { items: itemsOf(onsite), toStage: 'offer' }, newKey()), BulkResultSchema);
      expect(result).toMatchObject({ done: 0, failed: onsite.length });
      expect(outcomes(result)).toEqual({ 'forbidden 403': onsite.length });
      const single = problemOf(await recruiter.post(`/candidates/${onsite[0]!.id}/moves`, { toStage: 'offer' }, writeHeaders(onsite[0]!.version)), 403);
      expect(result.results[0]!.detail).toBe(single.detail);
      const now = await list(recruiter);
      for (const c of onsite) expect(now.find((n) => n.id === c.id)).toMatchObject({ stage: 'onsite', version: c.version });
    });

    it('answers an interviewer’s bulk move and note as one by one: 403 for their candidates, 404 for the others', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const interview = blindInterview(facts);
      const interviewer = await target.signIn(interview.interviewerId as PersonaId);
      const own = facts.candidates.find((c) => c.id === interview.candidateId)!;
      const other = facts.candidates.find((c) => !facts.interviews.some((i) => i.candidateId === c.id && i.interviewerId === interview.interviewerId))!;
      const moves = okBody(await interviewer.post('/candidates/bulk/moves', { items: itemsOf([own, other]), toStage: 'screen' }, newKey()), BulkResultSchema);
      expect(moves.results).toMatchObject([
        { candidateId: own.id, outcome: 'forbidden', status: 403 },
        { candidateId: other.id, outcome: 'not_found', status: 404 },
      ]);
      expect(moves.results.every((r) => r.candidate === undefined)).toBe(true);
      problemOf(await interviewer.post(`/candidates/${own.id}/moves`, { toStage: 'screen' }, writeHeaders(own.version)), 403);
      problemOf(await interviewer.post(`/candidates/${other.id}/moves`, { toStage: 'screen' }, writeHeaders(other.version)), 404);
      const notes = okBody(await interviewer.post('/candidates/bulk/notes', { items: [{ candidateId: own.id }, { candidateId: other.id }], text: 'Hi' }, newKey()), BulkResultSchema);
      expect(notes.results.map((r) => r.status)).toEqual([403, 404]);
    });

    it('adds a note to each selected candidate', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const selection = (await list(recruiter)).slice(0, 3);
      const body = { items: selection.map((c) => ({ candidateId: c.id })), text: 'Sourcing sync: follow up next week.' };
      const result = okBody(await recruiter.post('/candidates/bulk/notes', body, newKey()), BulkResultSchema);
      expect(result).toMatchObject({ done: 3, failed: 0 });
      for (const c of selection) {
        const { items } = await read(recruiter, `/candidates/${c.id}/activity`, ActivityListSchema);
        expect(items[0]).toMatchObject({ type: 'note_added', text: body.text, actor: { id: PERSONAS.recruiter } });
      }
    });

    it('restores a rejected selection; an active one is not possible (422)', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const selection = await activeCandidates(recruiter, 3);
      const rejected = okBody(await recruiter.post('/candidates/bulk/status', { items: itemsOf(selection), ...REJECT }, newKey()), BulkResultSchema);
      expect(rejected.done).toBe(3);
      const now = rejected.results.map((r) => r.candidate!);
      const stillActive = (await list(recruiter)).find((c) => c.status === 'active' && !selection.some((s) => s.id === c.id))!;
      const restored = okBody(
        await recruiter.post('/candidates/bulk/status', { items: itemsOf([...now, stillActive]), action: 'restore' }, newKey()),
        BulkResultSchema,
      );
      expect(restored).toMatchObject({ done: 3, failed: 1 });
      expect(restored.results.slice(0, 3).map((r) => r.candidate?.status)).toEqual(['active', 'active', 'active']);
      expect(restored.results[3]).toMatchObject({ candidateId: stillActive.id, outcome: 'invalid', status: 422 });
    });

    it('refuses the whole request when it is not valid: no key, duplicates, too many, withdraw or hire', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const [a] = await list(recruiter);
      const item = { candidateId: a!.id, version: a!.version };
      problemOf(await recruiter.post('/candidates/bulk/moves', { items: [item], toStage: 'screen' }), 400);
      problemOf(await recruiter.post('/candidates/bulk/moves', { items: [item, item], toStage: 'screen' }, newKey()), 422);
      problemOf(await recruiter.post('/candidates/bulk/moves', { items: [], toStage: 'screen' }, newKey()), 422);
      const many = Array.from({ length: 501 }, (_, i) => ({ candidateId: `c-${i}`, version: 1 }));
      problemOf(await recruiter.post('/candidates/bulk/moves', { items: many, toStage: 'screen' }, newKey()), 422);
      problemOf(await recruiter.post('/candidates/bulk/status', { items: [item], action: 'withdraw', reason: 'Other', note: 'x' }, newKey()), 422);
      problemOf(await recruiter.post('/candidates/bulk/status', { items: [item], action: 'hire', note: '' }, newKey()), 422);
      problemOf(await recruiter.post('/candidates/bulk/notes', { items: [{ candidateId: a!.id }], text: '   ' }, newKey()), 422);
    });
  });
}
