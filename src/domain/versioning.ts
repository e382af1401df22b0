/** `If-Match` carries a resource version as a strong entity tag: `"3"`. */
export function toEntityTag(version: number): string {
  return `"${version}"`;
}

/** Reads a version from an `If-Match` value; accepts `"3"`, `W/"3"` and `3`. Null when absent or malformed. */
export function parseEntityTag(header: string | null): number | null {
  if (header === null) return null;
  const match = /^(?:W\/)?(?:"(\d+)"|(\d+))$/.exec(header.trim());
  return match ? Number(match[1] ?? match[2]) : null;
}
