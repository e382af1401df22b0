/** The demo team as the seed uses it: who recruits, who manages hiring, who interviews. */
import type { Actor, User } from '../../src/domain';
import { SEEDED_USERS } from './seed-data';

export function actorOf(user: User): Actor {
  return { id: user.id, name: user.name };
}

export function userById(id: string): User {
  const user = SEEDED_USERS.find((u) => u.id === id);
  if (!user) throw new Error(`No seeded user ${id}`);
  return user;
}

export const recruiter = actorOf(userById('u-priya'));
export const hiringManager = actorOf(userById('u-marcus'));
export const INTERVIEWER_POOL = SEEDED_USERS.filter((u) => u.role === 'interviewer');

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
