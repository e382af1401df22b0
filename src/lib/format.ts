const relative = {
  long: new Intl.RelativeTimeFormat('en', { numeric: 'auto' }),
  /** "17 min. ago", "10 hr. ago": for a table column. */
  short: new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' }),
};
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatRelative(iso: string, now: Date = new Date(), style: keyof typeof relative = 'long'): string {
  const format = relative[style];
  const minutes = Math.round((Date.parse(iso) - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/** Up to two initials for an avatar, by code point (a name may start with an emoji or a letter outside the BMP). */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => Array.from(part)[0]?.toUpperCase() ?? '')
    .join('');
}
