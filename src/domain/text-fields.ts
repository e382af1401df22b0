/**
 * The building blocks of every text field and list in a request schema: a maximum length always, visible
 * characters when the text is required, lists bounded and without repeats. (Control characters and lone
 * surrogates are refused for every string of every body by the HTTP layer, with `findUnsafeText`.)
 */
import * as z from 'zod/mini';
import { hasVisibleText } from './text-safety';

/** Maximum lengths, in UTF-16 code units (what a text field counts). */
export const TEXT_LIMITS = {
  /** RFC 5321: the longest address a mail server accepts. */
  email: 254,
  /** What browsers and proxies reliably carry. */
  url: 2048,
  name: 120,
  phone: 40,
  linkLabel: 80,
  evidence: 2000,
  statusNote: 2000,
  note: 5000,
  password: 1024,
} as const;

/** Trimmed text with at least one visible character (not only spaces or zero-width ones), at most `max`. */
export function requiredText(max: number, messages: { empty: string; tooLong: string }) {
  return z.string().check(z.trim(), z.refine(hasVisibleText, messages.empty), z.maxLength(max, messages.tooLong));
}

/** Trimmed text that may be empty, at most `max`. */
export function optionalText(max: number, tooLong: string) {
  return z.string().check(z.trim(), z.maxLength(max, tooLong));
}

/** An email address of at most 254 characters. */
export function emailAddress(invalid: string) {
  return z.email(invalid).check(z.maxLength(TEXT_LIMITS.email, `Email addresses have at most ${TEXT_LIMITS.email} characters.`));
}

/** An http(s) address of at most 2,048 characters: anything else (javascript:, data:) is refused. */
export function webAddress(invalid: string) {
  return z.httpUrl(invalid).check(z.maxLength(TEXT_LIMITS.url, 'Keep web addresses under 2,048 characters.'));
}

/**
 * A list of at most `max` items, each at most once. A repeat is refused at its own position (`path` inside
 * the item, e.g. `['url']`), so a form can show the message beside the row that repeats an earlier one.
 */
export function uniqueList<T>(
  item: z.ZodMiniType<T>,
  max: number,
  messages: { tooMany: string; repeated: string },
  keyOf: (value: T) => string = (value) => JSON.stringify(value),
  path: readonly PropertyKey[] = [],
) {
  return z.array(item).check(
    z.maxLength(max, messages.tooMany),
    z.superRefine((items: T[], context) => {
      const seen = new Set<string>();
      items.forEach((value, index) => {
        const key = keyOf(value);
        if (seen.has(key)) context.issues.push({ code: 'custom', message: messages.repeated, input: value, path: [index, ...path] });
        seen.add(key);
      });
    }),
  );
}
