// Tag sets and the transitions a greedy decoder may take. Span tasks (chunks, entities) use BILOU:
// B(egin), I(nside), L(ast), U(nit), O(utside), which Ratinov and Roth (2009) found better than BIO
// for a greedy tagger because the last token of a name gets its own evidence.

export interface TagScheme {
  readonly tags: readonly string[];
  /** allowed[prev * n + cur] is 1 when cur may follow prev; prev = n stands for the sentence start. */
  readonly allowed: Uint8Array;
  /** final[t] is 1 when t may end a sentence. */
  readonly final: Uint8Array;
  /** True when tag 0 is O, outside any span. */
  readonly outside: boolean;
}

/** Any tag may follow any tag (part-of-speech). */
export function plainScheme(tags: readonly string[]): TagScheme {
  const n = tags.length;
  return { tags, allowed: new Uint8Array((n + 1) * n).fill(1), final: new Uint8Array(n).fill(1), outside: false };
}

/**
 * BILOU tags over span types: O, then B-X, I-X, L-X, U-X for each type X. Strict: a span must close
 * with L-X. Lenient: a B-X or I-X may also be followed by anything that may start a span or by O,
 * which ends the span there; a greedy decoder that guessed I-X too early ("Vladimir Putin" then
 * "Tuesday") is then not forced to extend the span over the next word.
 */
export function bilouScheme(types: readonly string[], lenient = false): TagScheme {
  const tags = ['O'];
  for (const t of types) tags.push(`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`);
  const n = tags.length;
  const allowed = new Uint8Array((n + 1) * n);
  const final = new Uint8Array(n);
  const parse = (tag: string) => (tag === 'O' ? { p: 'O', t: '' } : { p: tag[0]!, t: tag.slice(2) });
  for (let prev = 0; prev <= n; prev++) {
    const a = prev === n ? { p: 'O', t: '' } : parse(tags[prev]!);
    const open = a.p === 'B' || a.p === 'I';
    for (let cur = 0; cur < n; cur++) {
      const b = parse(tags[cur]!);
      const continues = b.p === 'I' || b.p === 'L';
      allowed[prev * n + cur] = open ? (continues ? (b.t === a.t ? 1 : 0) : lenient ? 1 : 0) : continues ? 0 : 1;
    }
  }
  tags.forEach((tag, i) => (final[i] = lenient || tag === 'O' || tag.startsWith('L-') || tag.startsWith('U-') ? 1 : 0));
  return { tags, allowed, final, outside: true };
}

export interface TagSpan {
  /** Token index of the first token. */
  start: number;
  /** Token index after the last token. */
  end: number;
  type: string;
}

/** Spans from BILOU tag names (tolerant of I without B, as a decoder never produces but input files may). */
export function bilouSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const p = tag[0];
    const type = tag.slice(2);
    if (open && (p === 'O' || p === 'B' || p === 'U' || type !== open.type)) {
      out.push(open);
      open = null;
    }
    if (p === 'U') out.push({ start: i, end: i + 1, type });
    else if (p === 'B' || ((p === 'I' || p === 'L') && !open)) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
    if (open && p === 'L') {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

/** BILOU tag names for spans over n tokens. */
export function spansToBilou(n: number, spans: readonly TagSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
    else {
      tags[s.start] = `B-${s.type}`;
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = `I-${s.type}`;
      tags[s.end - 1] = `L-${s.type}`;
    }
  }
  return tags;
}

/**
 * Spans from IOB1 or IOB2 tags, as conlleval reads them: a chunk starts at B-, or at I- after O or
 * after another type; in IOB1 a B- only separates two adjacent chunks of one type.
 */
export function iobSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O' || tag.length < 3) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    const p = tag[0];
    const type = tag.slice(2);
    if (open && p === 'I' && open.type === type) {
      open.end = i + 1;
      continue;
    }
    if (open) out.push(open);
    open = { start: i, end: i + 1, type };
  }
  if (open) out.push(open);
  return out;
}
