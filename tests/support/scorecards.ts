import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { MemoryDatabase } from '../../server/stores/memory/memory-database';
import type { Interview, Scorecard, User } from '../../src/domain';
import { CandidateScorecards } from '../../src/features/scorecards';
import { renderApp, testQueryClient } from './render-app';

/**
 * An interview of `interviewerId` with no scorecard yet, on a candidate where someone else has already
 * submitted one (the situation blind review exists for).
 */
export function blindInterview(db: MemoryDatabase, interviewerId: string): Interview {
  const found = db.interviews.find(
    (i) =>
      i.interviewerId === interviewerId &&
      !db.scorecardFor(i.id) &&
      db.scorecardsOf(i.candidateId).some((s) => s.status === 'submitted' && s.author.id !== interviewerId),
  );
  if (!found) throw new Error(`No interview of ${interviewerId} without a scorecard, on a candidate with others' submitted scorecards`);
  return found;
}

/** An interview of `interviewerId` whose scorecard is a draft. */
export function draftInterview(db: MemoryDatabase, interviewerId: string): { interview: Interview; draft: Scorecard } {
  for (const interview of db.interviews) {
    if (interview.interviewerId !== interviewerId) continue;
    const draft = db.scorecardFor(interview.id);
    if (draft?.status === 'draft') return { interview, draft };
  }
  throw new Error(`No draft of ${interviewerId}`);
}

export function submittedInterview(db: MemoryDatabase, interviewerId: string): { interview: Interview; scorecard: Scorecard } {
  for (const interview of db.interviews) {
    if (interview.interviewerId !== interviewerId) continue;
    const scorecard = db.scorecardFor(interview.id);
    if (scorecard?.status === 'submitted') return { interview, scorecard };
  }
  throw new Error(`No submitted scorecard of ${interviewerId}`);
}

/** A colleague (or another tab) saves the scorecard on the server: the version goes up by one. */
export function saveBehindTheUi(db: MemoryDatabase, scorecard: Scorecard, change: Partial<Scorecard>): Scorecard {
  const { version: _version, ...rest } = { ...scorecard, ...change, updatedAt: new Date().toISOString() };
  return db.saveScorecard(rest);
}

/** Opens the scorecard form of an interview and waits for the candidate's name as the page heading. */
export async function openScorecard(db: MemoryDatabase, interview: Interview) {
  const view = renderApp(`/interviews/${interview.id}`);
  await screen.findByRole('heading', { level: 1, name: db.candidate(interview.candidateId)!.name });
  return view;
}

export function takeawaysBox(): HTMLElement {
  return screen.getByRole('textbox', { name: /Key takeaways/ });
}

export function saveStatus(): HTMLElement {
  return screen.getByTestId('save-status');
}

/** The candidate's scorecards panel, alone, as a given person sees it (for roles whose page composes it). */
export function renderScorecardsPanel(viewer: User, candidateId: string) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter([{ path: '/', element: createElement(CandidateScorecards, { candidateId, viewer }) }]);
  const view = render(createElement(QueryClientProvider, { client: queryClient }, createElement(RouterProvider, { router })));
  return { ...view, user: userEvent.setup() };
}

export function panel(): HTMLElement {
  return screen.getByRole('region', { name: /scorecards/i });
}

export function panelWithin() {
  return within(panel());
}
