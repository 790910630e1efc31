import { isCalendarDate } from './plain-text.js';

/**
 * A publication date from metadata as ISO YYYY-MM-DD, or null. Accepts ISO dates and date-times
 * ("2025-01-22", "2025-01-22T10:00:00Z") and what Date.parse reads (RFC 822 dates in feeds).
 * The calendar day is the one written in the string, not shifted to UTC, where the string has one.
 */
export function normalizePublished(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(s);
  if (iso) return isCalendarDate(iso[1]!) ? iso[1]! : null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
