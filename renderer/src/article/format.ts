const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 Sep 2025" from "2025-09-03"; dates are calendar days, so they are read and shown in UTC. */
export function formatDate(iso: string | null): string | null {
  return iso ? DATE.format(new Date(`${iso}T00:00:00Z`)) : null;
}

export function byline(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' · ');
}
