// Plain-text articles (SPEC section 1): an optional `date YYYY-MM-DD` header, before the text or on
// its own line, gives the publication date and is not part of the text whose offsets are reported.

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]*\r?\n|[ \t]+|$)/;

export interface PlainText {
  text: string;
  published: string | null;
}

export function parsePlainText(raw: string): PlainText {
  const m = HEADER.exec(raw);
  if (!m || !isCalendarDate(m[1]!)) return { text: raw, published: null };
  return { text: raw.slice(m[0].length), published: m[1]! };
}

export function isCalendarDate(iso: string): boolean {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
