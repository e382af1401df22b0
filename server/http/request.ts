/** Reading a request the same way on every route: JSON bodies only, bounded, checked for unsafe characters. */
import type { Context } from 'hono';
import { findUnsafeText, PROBLEM_TYPES, readIfMatch, type IfMatch } from '../../src/domain';
import { refusal } from '../core/problems';

/** The largest request body accepted. Candidate drafts and scorecards are a few kB at most. */
export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => refusal(413, PROBLEM_TYPES.tooLarge, 'Request too large', `Request bodies are limited to ${MAX_BODY_BYTES / 1024} kB.`);

/**
 * The JSON body: 415 for any other content type, 413 over the limit, 400 when malformed, 422 when a text
 * holds control characters or lone surrogates (with the field's path).
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await c.req.text();
  if (text === '') return undefined;
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) {
    throw refusal(415, PROBLEM_TYPES.unsupportedMediaType, 'JSON only', 'Send the request body as application/json.');
  }
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw refusal(400, PROBLEM_TYPES.validation, 'Malformed JSON', 'The request body is not valid JSON.');
  }
  const unsafe = findUnsafeText(body);
  if (unsafe) {
    throw refusal(422, PROBLEM_TYPES.validation, 'Invalid request', 'Some fields are not valid.', {
      errors: { [unsafe.path || '_']: [unsafe.message] },
    });
  }
  return body;
}

export function ifMatchOf(c: Context): IfMatch {
  return readIfMatch(c.req.header('If-Match') ?? null);
}

export function idempotencyKeyOf(c: Context): string | null {
  return c.req.header('Idempotency-Key') ?? null;
}
