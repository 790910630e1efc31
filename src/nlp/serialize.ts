// The JSON of SPEC section 5, written from a Doc. Every string in it is sliced from the text by a
// span, so `text.slice(start, end) === text` holds for every offset written.

import type { Doc, EntityType, MoneyBound, RelationType, Span, Stance } from './doc.js';

export interface SpecSpan {
  start: number;
  end: number;
  text: string;
}

export interface SpecEvidence extends SpecSpan {
  sentence: number;
}

export interface SpecMention extends SpecSpan {
  sentence: number;
}

export interface SpecEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: SpecMention[];
}

export type SpecValue =
  | { id: string; type: 'MONEY'; text: string; value: number; currency: string; bound: MoneyBound; start: number; end: number }
  | { id: string; type: 'DATE'; text: string; value: string; start: number; end: number }
  | { id: string; type: 'PERCENT'; text: string; value: number; start: number; end: number };

export interface SpecRelation {
  type: RelationType;
  subject: string;
  object: string | null;
  role: string | null;
  amount: string | null;
  date: string | null;
  purpose: string | null;
  medium: string | null;
  confidence: number;
  evidence: SpecEvidence;
}

export interface SpecQuote {
  id: string;
  speaker: string | null;
  anonymous: string | null;
  text: string;
  speaker_mention: SpecSpan | null;
  direct: boolean;
  cue: string | null;
  medium: string | null;
  date: string | null;
  about: string[];
  stance: Stance[];
  start: number;
  end: number;
  evidence: SpecEvidence;
}

export interface SpecDocument {
  document: { id: string; source: string | null; title: string | null; published: string | null; text_length: number };
  entities: SpecEntity[];
  values: SpecValue[];
  relations: SpecRelation[];
  quotes: SpecQuote[];
}

/** Joins the fragments of one statement as SPEC section 4 says. */
export const FRAGMENT_JOINER = ' ... ';

export function toSpecJson(doc: Doc): SpecDocument {
  const text = doc.text;
  const sentences = doc.sentences ?? [];
  const slice = (s: Span) => text.slice(s.start, s.end);
  const spanOf = (s: Span): SpecSpan => ({ start: s.start, end: s.end, text: slice(s) });
  const evidence = (i: number): SpecEvidence => {
    const s = sentences[i] ?? { start: 0, end: 0 };
    return { sentence: i, ...spanOf(s) };
  };
  const mentions = doc.mentions ?? [];
  const references = doc.references ?? [];
  const valuesById = new Map((doc.values ?? []).map((v) => [v.id, v]));

  const entities: SpecEntity[] = (doc.entities ?? []).map((e) => {
    const name = slice(e.name);
    const named = e.mentions.map((i) => mentions[i]!).filter(Boolean);
    const refs = references.filter((r) => r.entity === e.id);
    const aliasTexts = [
      ...named.map(slice),
      ...e.aliases.map(slice),
      ...refs.filter((r) => r.kind === 'description').map(slice),
    ];
    const aliases = [...new Set(aliasTexts.filter((a) => a !== name))];
    const specMentions: SpecMention[] = [...named, ...refs]
      .map((m) => ({ start: m.start, end: m.end, text: slice(m), sentence: m.sentence }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    return { id: e.id, type: e.type, name, aliases, roles: [...new Set(e.roles.map((r) => r.label))], mentions: specMentions };
  });

  const values: SpecValue[] = (doc.values ?? []).map((v) => {
    const base = { id: v.id, text: slice(v), start: v.start, end: v.end };
    if (v.type === 'MONEY') return { ...base, type: 'MONEY', value: v.value, currency: v.currency, bound: v.bound };
    if (v.type === 'DATE') return { ...base, type: 'DATE', value: v.value };
    return { ...base, type: 'PERCENT', value: v.value };
  });

  const relations: SpecRelation[] = (doc.relations ?? []).map((r) => {
    const dateValue = r.date ? valuesById.get(r.date) : undefined;
    return {
      type: r.type,
      subject: r.subject,
      object: r.object,
      role: r.role,
      amount: r.amount,
      date: dateValue && dateValue.type === 'DATE' ? dateValue.value : r.date,
      purpose: r.purpose ? slice(r.purpose) : null,
      medium: r.medium,
      confidence: Math.round(r.confidence * 1000) / 1000,
      evidence: evidence(r.sentence),
    };
  });

  const quotes: SpecQuote[] = (doc.quotes ?? []).map((q) => {
    const start = Math.min(...q.parts.map((p) => p.start));
    const end = Math.max(...q.parts.map((p) => p.end));
    return {
      id: q.id,
      speaker: q.speaker,
      anonymous: q.anonymous ? slice(q.anonymous) : null,
      text: q.parts.map(slice).join(FRAGMENT_JOINER),
      speaker_mention: q.speakerMention ? spanOf(q.speakerMention) : null,
      direct: q.direct,
      cue: q.cue ? slice(q.cue) : null,
      medium: q.medium ? slice(q.medium) : null,
      date: q.date,
      about: q.about,
      stance: q.stance,
      start,
      end,
      evidence: evidence(q.sentence),
    };
  });

  return {
    document: { id: doc.id, source: doc.meta.source, title: doc.meta.title, published: doc.meta.published, text_length: text.length },
    entities,
    values,
    relations,
    quotes,
  };
}
