import { screen, within } from '@testing-library/react';
import type { MemoryDatabase } from '../../server/stores/memory/memory-database';
import { type Candidate, type QualificationId, qualificationById } from '../../src/domain';
import { renderApp } from './render-app';

/** The first candidate (in id order) matching `predicate`, whose name no one else has. */
export function pickCandidate(db: MemoryDatabase, predicate: (candidate: Candidate) => boolean): Candidate {
  const all = [...db.allCandidates()];
  const found = all.find((c) => predicate(c) && all.filter((o) => o.name === c.name).length === 1);
  if (!found) throw new Error('No candidate in the seed matches the test’s needs');
  return found;
}

/** Opens a candidate's page and waits for their name as the page heading. */
export async function openCandidate(candidate: Pick<Candidate, 'id' | 'name'>) {
  const view = renderApp(`/candidates/${candidate.id}`);
  await screen.findByRole('heading', { level: 1, name: candidate.name });
  return view;
}

/** One qualification's row of the checklist. */
export function qualificationRow(id: QualificationId): HTMLElement {
  const list = screen.getByRole('region', { name: 'Qualifications' });
  return within(list).getByRole('listitem', { name: new RegExp(`${escape(qualificationById(id).label)}$`) });
}

export function timeline(): HTMLElement {
  return screen.getByRole('list', { name: 'Activity, newest first' });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A colleague changes a candidate on the server, after the page loaded (bumps the version). */
export function changeBehindTheUi(db: MemoryDatabase, id: string, change: (candidate: Candidate) => Partial<Omit<Candidate, 'version'>>): Candidate {
  return db.updateCandidate(id, ({ version: _version, ...rest }) => ({ ...rest, ...change({ ...rest, version: 0 }) }));
}
