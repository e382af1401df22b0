import { canAddCandidates, type UserRole } from '../../domain';

export interface Screen {
  label: string;
  to: string;
  /** Other words people search a screen by. */
  keywords: string;
}

/**
 * The screens the palette can go to, only those this role may see (the same rules as the navigation:
 * review and insights are for recruiters and the hiring manager, adding candidates as `canAddCandidates`).
 */
export function screensFor(role: UserRole, boardHref: string): Screen[] {
  const team = role !== 'interviewer';
  return [
    { label: 'Pipeline', to: boardHref, keywords: 'board stages kanban home' },
    { label: 'Candidates table', to: '/candidates', keywords: 'list table all people' },
    { label: 'My interviews', to: '/interviews', keywords: 'scorecards interviews agenda' },
    ...(team ? [{ label: 'Review queue', to: '/review', keywords: 'review decide decisions scorecards onsite' }] : []),
    ...(team ? [{ label: 'Insights', to: '/insights', keywords: 'funnel charts stats reports' }] : []),
    { label: 'Role', to: '/role', keywords: 'job qualifications position' },
    ...(canAddCandidates(role) ? [{ label: 'Add candidate', to: '/candidates/new', keywords: 'new create add person' }] : []),
  ];
}
