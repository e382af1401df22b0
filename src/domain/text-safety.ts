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

/** The first string (or key) in a JSON value that is not safe text, with its dot path. */
export function findUnsafeText(value: unknown, path: string[] = []): { path: string; message: string } | null {
  if (typeof value === 'string') {
    const message = unsafeTextMessage(value);
    return message ? { path: path.join('.'), message } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnsafeText(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const keyMessage = unsafeTextMessage(key);
      if (keyMessage) return { path: [...path, key].join('.'), message: keyMessage };
      const found = findUnsafeText(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Letters, digits, punctuation or symbols: whitespace and invisible characters alone are not text. */
// Combining marks and variation selectors alone are invisible: listing them in the class is the point.
// eslint-disable-next-line no-misleading-character-class
const VISIBLE = /[^\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
