/**
 * `lastActivityAt` in the board's summaries: the newest activity entry the caller may read, so the list
 * never tells an interviewer that a note was written or, while blind, that someone else submitted.
 */
import { describe, expect, it } from 'vitest';
import { ActivityEntrySchema, CandidateListSchema, type CandidateSummary, MoveResultSchema } from '../../src/domain';
import { type ApiClient, newKey, okBody, read, writeHeaders } from './client';
import { activeIn, ActivityListSchema, blindInterview, seedFacts, submitScorecard } from './fixtures';
import { type ContractTarget, PERSONAS } from './target';

const DANA = 'u-dana';

async function summaries(client: ApiClient): Promise<Map<string, CandidateSummary>> {
  const { items } = await read(client, '/candidates?closed=1', CandidateListSchema);
  return new Map(items.map((c) => [c.id, c]));
}

/** The newest `at` of the timeline as this caller reads it (null when they read none). */
async function newestReadable(client: ApiClient, candidateId: string): Promise<string | null> {
  const { items } = await read(client, `/candidates/${candidateId}/activity`, ActivityListSchema);
  let newest: string | null = null;
  for (const entry of items) if (newest === null || Date.parse(entry.at) > Date.parse(newest)) newest = entry.at;
  return newest;
}

const instant = (at: string | null | undefined) => (at ? Date.parse(at) : null);

export function defineLastActivitySuite(getTarget: () => ContractTarget): void {
  describe('last activity in the list', () => {
    it('is the newest entry of the timeline each caller may read, for every candidate they see', async () => {
      const target = getTarget();
      for (const persona of [PERSONAS.recruiter, DANA, 'u-tomas'] as const) {
        const client = await target.signIn(persona);
        const listed = await summaries(client);
        expect(listed.size).toBeGreaterThan(0);
        for (const [id, summary] of listed) {
          expect(instant(summary.lastActivityAt), `${persona} ${id}`).toBe(instant(await newestReadable(client, id)));
        }
      }
    });

    it('moves with a note for the hiring team only, and with a scorecard for a blind interviewer only once it is theirs', async () => {
      const target = getTarget();
      const interview = blindInterview(await seedFacts(target), { interviewerId: DANA });
      const id = interview.candidateId;
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const dana = await target.signIn(DANA);
      const danaBefore = (await summaries(dana)).get(id)!.lastActivityAt;

      const note = okBody(await recruiter.post(`/candidates/${id}/notes`, { text: 'Call went well.' }, newKey()), ActivityEntrySchema, 201);
      expect(instant((await summaries(recruiter)).get(id)!.lastActivityAt)).toBe(Date.parse(note.at));
      // A note is the hiring team's: the interviewer's list does not move, nor tell them one was written.
      expect((await summaries(dana)).get(id)!.lastActivityAt).toBe(danaBefore);

      const submitted = await submitScorecard(dana, interview);
      const danaAfter = (await summaries(dana)).get(id)!.lastActivityAt;
      expect(instant(danaAfter)).toBe(instant(submitted.submittedAt));
      expect(instant(danaAfter)).toBe(instant(await newestReadable(dana, id)));
    });

    it('comes back with a move, as the list then shows it', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const moved = okBody(await recruiter.post(`/candidates/${candidate.id}/moves`, { toStage: 'screen' }, writeHeaders(candidate.version)), MoveResultSchema);
      expect(moved.candidate.lastActivityAt).not.toBeNull();
      expect(instant(moved.candidate.lastActivityAt)).toBe(instant(await newestReadable(recruiter, candidate.id)));
      expect((await summaries(recruiter)).get(candidate.id)!.lastActivityAt).toBe(moved.candidate.lastActivityAt);
    });
  });
}
