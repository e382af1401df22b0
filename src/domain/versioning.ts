/** `If-Match` carries a resource version as a strong entity tag: `"3"`. */
export function toEntityTag(version: number): string {
  return `"${version}"`;
}

/**
 * What an `If-Match` header asks for, compared strongly (RFC 9110 §13.1.1): a weak tag never matches any
 * version, and anything that is not one quoted version counts as no version at all.
 */
export type IfMatch = { kind: 'missing' } | { kind: 'weak' } | { kind: 'version'; version: number };

export function readIfMatch(header: string | null): IfMatch {
  if (header === null) return { kind: 'missing' };
  const value = header.trim();
  if (/^W\/"\d{1,16}"$/.test(value)) return { kind: 'weak' };
  const match = /^"(\d{1,16})"$/.exec(value);
  return match ? { kind: 'version', version: Number(match[1]) } : { kind: 'missing' };
}
