/** Reading a request the same way on every route: JSON bodies only, bounded, checked for unsafe characters. */
import type { Context } from 'hono';
import { findUnsafeText, PROBLEM_TYPES, readIfMatch, type IfMatch } from '../../src/domain';
import { refusal } from '../core/problems';

/** The largest request body accepted. Candidate drafts and scorecards are a few kB at most. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The deepest nesting accepted. Requests of the contract nest 3 levels at most; anything far deeper is an
 * attack on whatever walks the value next (idempotency fingerprints, cloning), so it stops here.
 */
export const MAX_DEPTH = 16;

function nestedTooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_DEPTH) return true;
    for (const inner of Object.values(current)) stack.push([inner, depth + 1]);
  }
  return false;
}

const tooLarge = () => refusal(413, PROBLEM_TYPES.tooLarge, 'Request too large', `Request bodies are limited to ${MAX_BODY_BYTES / 1024} kB.`);

/**
 * The body as text, read chunk by chunk and given up as soon as it passes the limit: a body sent without
 * Content-Length (chunked) is never held whole in memory, however long it would go on.
 */
async function readBoundedText(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Not awaited: some streams (MSW's copy of a request's body) never settle a cancel.
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The JSON body: 415 for any other content type, 413 over the limit, 400 when malformed, 422 when nested
 * too deeply or when a text holds control characters or lone surrogates (naming the field).
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const length = c.req.header('Content-Length');
  const declared = Number(length ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  // With a Content-Length (within the limit) the body is exactly that long, so it is read whole, by the
  // runtime's quicker path; without one (chunked), it is read piece by piece up to the limit.
  const text = length !== undefined && Number.isInteger(declared) ? await c.req.text() : await readBoundedText(c.req.raw);
  if (text === '') return undefined;
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) {
    throw refusal(415, PROBLEM_TYPES.unsupportedMediaType, 'JSON only', 'Send the request body as application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw refusal(400, PROBLEM_TYPES.validation, 'Malformed JSON', 'The request body is not valid JSON.');
  }
  if (nestedTooDeep(body)) {
    throw refusal(422, PROBLEM_TYPES.validation, 'Invalid request', 'The request body is nested too deeply.', {
      errors: { _: [`Requests nest at most ${MAX_DEPTH} levels deep.`] },
    });
  }
  const unsafe = findUnsafeText(body);
  if (unsafe) {
    const field = unsafe.path || '_';
    throw refusal(422, PROBLEM_TYPES.validation, 'Invalid request', `The field “${field}” is not valid: ${unsafe.message}`, {
      errors: { [field]: [unsafe.message] },
    });
  }
  return body;
}

/** What a request id sent by a client or a proxy may be: short and plain, as it is logged and sent back. */
const REQUEST_ID = /^[\w.:@/+=-]{1,64}$/;

/**
 * The request's id: the `X-Request-Id` a proxy in front (or the server around the API) gave it, when it is
 * a plain short token, otherwise a new one. Every log line about the request carries it, and the answer
 * sends it back in `X-Request-Id`.
 */
export function requestIdOf(request: Request): string {
  const given = request.headers.get('X-Request-Id');
  return given !== null && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

export function ifMatchOf(c: Context): IfMatch {
  return readIfMatch(c.req.header('If-Match') ?? null);
}

export function idempotencyKeyOf(c: Context): string | null {
  return c.req.header('Idempotency-Key') ?? null;
}
