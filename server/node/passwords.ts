/** Password hashing with argon2id (OWASP's first choice); parameters are stored in each hash. */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../core/ports';

/** argon2id, 19 MiB, 2 passes: OWASP's minimum, about 40–80 ms per hash on this kind of machine. */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A readable random password: 4 groups of 5 from an alphabet without look-alikes (≈ 98 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

export async function createPasswordHasher(): Promise<PasswordHasher> {
  const decoyHash = await hashPassword(generatePassword());
  return {
    decoyHash,
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
