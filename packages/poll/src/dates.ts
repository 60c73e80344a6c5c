/** Opening dates of a poll, by the day (AAAA-MM-JJ strings compare in calendar order). */

/** The device's date, as `AAAA-MM-JJ` in local time. */
export function localDay(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export type Period = 'before' | 'open' | 'after';

/** `opensAt` and `closesAt` are both included: a poll closing on the 20th takes votes all that day. */
export function periodOf(
  c: { opensAt?: string | undefined; closesAt?: string | undefined },
  today: string,
): Period {
  if (c.opensAt && today < c.opensAt) return 'before';
  if (c.closesAt && today > c.closesAt) return 'after';
  return 'open';
}

/** "20 décembre 2026" (noon avoids any time-zone shift of the day). */
export function formatDay(iso: string, intl: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
