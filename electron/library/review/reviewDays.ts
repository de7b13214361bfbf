/** Review days are the user's local calendar days: a review done at 23:00 and one at 07:00 the next morning are two days. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

export function startOfDay(time: Date): Date {
  return new Date(time.getFullYear(), time.getMonth(), time.getDate());
}

export function startOfNextDay(time: Date): Date {
  return new Date(time.getFullYear(), time.getMonth(), time.getDate() + 1);
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days in a row with a review, ending today, or yesterday when today's is not done yet (the streak still stands). */
export function streak(days: ReadonlySet<string>, today: Date): number {
  let day = startOfDay(today);
  if (!days.has(localDay(day))) day = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1);
  let n = 0;
  while (days.has(localDay(day))) {
    n++;
    day = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1);
  }
  return n;
}
