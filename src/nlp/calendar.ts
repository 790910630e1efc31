// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), for resolving relative dates.
// Plain integers keep it free of time zones and daylight saving.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses an ISO `YYYY-MM-DD`; null for anything else or an impossible date. */
export function parseIsoDay(iso: string | null | undefined): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function isoYear(y: number): string {
  return pad(y, 4);
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function isoDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isoOfDayNumber(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return isoDay(y, m, d);
}

/** Months counted from year 0, so that month arithmetic is integer arithmetic. */
export function monthNumber(y: number, m: number): number {
  return y * 12 + (m - 1);
}

export function isoOfMonthNumber(n: number): string {
  return isoMonth(Math.floor(n / 12), (n % 12) + 1);
}

/**
 * The finest ISO form that holds a whole period of days: the month when it lies in one month, the
 * year when it lies in one year, else null. A week or a quarter has no ISO form of its own here
 * (SPEC allows YYYY, YYYY-MM and YYYY-MM-DD), so "last week" becomes the month it lies in.
 */
export function isoOfPeriod(firstDay: number, lastDay: number): string | null {
  const a = fromDayNumber(firstDay);
  const b = fromDayNumber(lastDay);
  if (a.y !== b.y) return null;
  if (a.m !== b.m) return isoYear(a.y);
  return isoMonth(a.y, a.m);
}
