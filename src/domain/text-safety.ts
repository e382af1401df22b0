/**
 * Text the API accepts: no control characters (tab and line breaks excepted), no lone surrogates. Checked
 * on every string of every request body, so no field can forget it.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unsafeTextMessage(text: string): string | null {
  if (CONTROL.test(text)) return 'Remove the control characters from this text.';
  if (LONE_SURROGATE.test(text)) return 'This text contains a broken character.';
  return null;
}

/** A path segment as it can be shown and used as an error key: unsafe characters as `\uXXXX` escapes. */
function printable(segment: string): string {
  return unsafeTextMessage(segment) === null ? segment : segment.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface Visit {
  value: unknown;
  parent: Visit | null;
  segment: string;
  /** Visiting an object's entry checks its key first. */
  isKey: boolean;
}

function pathOf(visit: Visit): string {
  const segments: string[] = [];
  for (let at: Visit | null = visit; at && at.parent; at = at.parent) segments.push(printable(at.segment));
  return segments.reverse().join('.');
}

/**
 * The first string (or key) in a JSON value that is not safe text, with its dot path. Depth-first in
 * document order, without recursion: a body nested 20,000 levels deep must not exhaust the call stack.
 */
export function findUnsafeText(value: unknown): { path: string; message: string } | null {
  const stack: Visit[] = [{ value, parent: null, segment: '', isKey: false }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.isKey) {
      const keyMessage = unsafeTextMessage(visit.segment);
      if (keyMessage) return { path: pathOf(visit), message: keyMessage };
    }
    const current = visit.value;
    if (typeof current === 'string') {
      const message = unsafeTextMessage(current);
      if (message) return { path: pathOf(visit), message };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push({ value: current[i], parent: visit, segment: String(i), isKey: false });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i -= 1) stack.push({ value: entries[i]![1], parent: visit, segment: entries[i]![0], isKey: true });
    }
  }
  return null;
}

/**
 * Letters, digits, punctuation or symbols: whitespace, default-ignorable characters (zero-width ones,
 * bidi controls, variation selectors, Unicode tags, Hangul fillers) and combining marks with nothing to
 * combine with are not text; nor is the braille blank, which looks like a space.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
