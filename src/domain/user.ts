import * as z from 'zod/mini';
import { labelledEnum } from './labelled-enum';
import { requiredText, TEXT_LIMITS } from './text-fields';

const roles = labelledEnum({ recruiter: 'Recruiter', hiring_manager: 'Hiring manager', interviewer: 'Interviewer' });
export const USER_ROLES = roles.values;
export const UserRoleSchema = roles.schema;
export type UserRole = z.infer<typeof UserRoleSchema>;
export const USER_ROLE_LABELS = roles.labels;

export const UserIdSchema = z.string().check(z.minLength(1), z.maxLength(64));

export const UserSchema = z.object({
  id: UserIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  title: z.string(),
  role: UserRoleSchema,
});
export type User = z.infer<typeof UserSchema>;

/** Who did something, as shown beside it: enough to name them without another request. */
export const ActorSchema = z.object({ id: UserIdSchema, name: z.string() });
export type Actor = z.infer<typeof ActorSchema>;

export const SessionSchema = z.object({ user: UserSchema });
export type Session = z.infer<typeof SessionSchema>;

/** The in-browser demo's sign-in: pick a persona. */
export const SignInRequestSchema = z.object({ userId: UserIdSchema });
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** The server's sign-in: an account's email and password. */
export const PasswordSignInSchema = z.object({
  email: requiredText(TEXT_LIMITS.email, { empty: 'Enter your email address.', tooLong: 'Email addresses have at most 254 characters.' }),
  // Not trimmed and not required to be visible: a password is whatever its owner chose.
  password: z.string().check(z.minLength(1, 'Enter your password.'), z.maxLength(TEXT_LIMITS.password, 'Passwords have at most 1,024 characters.')),
});
export type PasswordSignIn = z.infer<typeof PasswordSignInSchema>;

export const UserDirectorySchema = z.object({ items: z.array(UserSchema) });
