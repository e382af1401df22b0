/** Reads, each filtered by what the caller may see (server/core/visibility.ts decides it). */
import {
  type ActivityEntry,
  type CandidateList,
  type CandidateScorecards,
  canAddCandidates,
  type EmailLookup,
  type InterviewDetail,
  type MyInterview,
  QUALIFICATION_IDS,
  type ReviewQueue,
  type RoleStats,
  seesWholePipeline,
  type User,
} from '../../src/domain';
import { TEXT_LIMITS } from '../../src/domain/text-fields';
import { type CoreDeps, visibleCandidate } from './context';
import type { ListScope, ReadPort } from './ports';
import { problems } from './problems';
import { ownInterview } from './scorecard-commands';
import { activityVisibleTo, isBlind, redactCandidate, scorecardsVisibleTo, summaryFor } from './visibility';

export function scopeOf(user: User): ListScope {
  return seesWholePipeline(user.role) ? { kind: 'all' } : { kind: 'interviewer', userId: user.id };
}

async function candidateBrief(reader: ReadPort, candidateId: string) {
  const { id, name, headline, company, stage, status } = (await reader.candidate(candidateId))!;
  return { id, name, headline, company, stage, status };
}

export function queries({ store }: CoreDeps) {
  return {
    async candidates(user: User): Promise<CandidateList> {
      const rows = await store.listCandidates(scopeOf(user));
      const items = rows.map((row) => summaryFor(user, row));
      return { items, total: items.length };
    },

    async candidate(user: User, id: string) {
      return redactCandidate(user, await visibleCandidate(store, user, id));
    },

    async activity(user: User, id: string): Promise<{ items: ActivityEntry[] }> {
      const candidate = await visibleCandidate(store, user, id);
      const [entries, interviews, scorecards] = await Promise.all([store.activity(candidate.id), store.interviews(id), store.scorecards(id)]);
      const blind = isBlind(user, interviews, scorecards);
      const items = entries.filter((entry) => activityVisibleTo(user, entry, blind));
      // Newest first; entries written in the same instant keep the log's order, newest first too.
      return { items: items.map((entry, index) => ({ entry, index })).sort((a, b) => b.entry.at.localeCompare(a.entry.at) || b.index - a.index).map((x) => x.entry) };
    },

    async lookupEmail(user: User, email: string): Promise<EmailLookup> {
      if (!canAddCandidates(user.role)) throw problems.forbidden('Interviewers cannot look up candidates by email.');
      const match = email.trim() && email.length <= TEXT_LIMITS.email ? await store.candidateByEmail(email) : undefined;
      return { match: match ? { id: match.id, name: match.name } : null };
    },

    async myInterviews(user: User): Promise<{ items: MyInterview[] }> {
      const items = (await store.agenda(user.id)).map(
        ({ interview, candidate, scorecard }): MyInterview => ({
          interview,
          candidate,
          scorecard: { progress: scorecard?.status ?? 'missing', updatedAt: scorecard?.updatedAt ?? null },
        }),
      );
      return { items };
    },

    async interview(user: User, interviewId: string): Promise<InterviewDetail> {
      const interview = await ownInterview(store, user, interviewId);
      return {
        interview,
        candidate: await candidateBrief(store, interview.candidateId),
        scorecard: (await store.scorecard(interview.id)) ?? null,
      };
    },

    async candidateScorecards(user: User, id: string): Promise<CandidateScorecards> {
      const candidate = await visibleCandidate(store, user, id);
      const [interviews, scorecards] = await Promise.all([store.interviews(candidate.id), store.scorecards(candidate.id)]);
      return { interviews, ...scorecardsVisibleTo(user, interviews, scorecards) };
    },

    /** Candidates waiting for the hiring manager, longest waiting first. */
    async reviewQueue(user: User): Promise<ReviewQueue> {
      if (!seesWholePipeline(user.role)) throw problems.forbidden('The review queue is for the hiring manager and recruiters.');
      const items: ReviewQueue['items'] = [];
      for (const row of await store.listCandidates({ kind: 'all' })) {
        const summary = summaryFor(user, row);
        if (!summary.needsDecision || !summary.scorecards) continue;
        const onsite = new Set(row.interviews.filter((i) => i.stage === 'onsite').map((i) => i.id));
        const waitingSince = row.scorecards
          .filter((s) => onsite.has(s.interviewId))
          .reduce((latest, s) => (s.submittedAt && s.submittedAt > latest ? s.submittedAt : latest), summary.stageEnteredAt);
        const { id, name, headline, company, stage, status } = summary;
        items.push({ candidate: { id, name, headline, company, stage, status }, tally: summary.scorecards, waitingSince });
      }
      items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince));
      return { items };
    },

    async role(_user: User) {
      return store.role();
    },

    /** How many active candidates (visible to the caller) meet each qualification, in one pass. */
    async roleStats(user: User): Promise<RoleStats> {
      const counts = new Map(QUALIFICATION_IDS.map((id) => [id, { id, met: 0, partial: 0 }]));
      let activeTotal = 0;
      for (const row of await store.listCandidates(scopeOf(user))) {
        if (row.base.status !== 'active') continue;
        activeTotal += 1;
        for (const id of row.base.met) counts.get(id)!.met += 1;
        for (const id of row.base.partial) counts.get(id)!.partial += 1;
      }
      return { activeTotal, qualifications: [...counts.values()] };
    },
  };
}
