import { type User, USER_ROLES, type UserRole } from '../../domain';

export function groupByRole(users: readonly User[]): [UserRole, User[]][] {
  return USER_ROLES.map((role) => [role, users.filter((u) => u.role === role)] as [UserRole, User[]]).filter(
    ([, members]) => members.length > 0,
  );
}

export const ROLE_BLURBS: Record<UserRole, string> = {
  recruiter: 'Sees the whole pipeline and moves candidates up to Onsite.',
  hiring_manager: 'Reviews scorecards and decides: offer, reject or hire.',
  interviewer: 'Sees only the candidates they interview; writes scorecards.',
};
