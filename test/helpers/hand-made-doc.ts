// Hand-made Docs with every layer, for store and CLI tests that must not depend on what the
// NLP stages find today. Spans are located by searching the text, so the fixtures read naturally.

import { createDoc, type Doc, type Entity, type EntityType, type Mention, type Quote, type Relation, type Span, type Value } from '../../src/nlp/doc.js';
import { segment } from '../../src/nlp/stages/tokenize.js';

export function at(text: string, needle: string, nth = 0): Span {
  let from = 0;
  for (let i = 0; ; i++) {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
    if (i === nth) return { start, end: start + needle.length };
    from = start + 1;
  }
}

type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  /** Surface forms of further named mentions: [text, nth occurrence]. */
  mentions?: Array<[string, number]>;
  roles?: Array<[string, string]>;
}

export function handMadeDoc(
  text: string,
  spec: {
    published?: string;
    source?: string;
    title?: string;
    entities?: EntitySpec[];
    values?: Array<DistOmit<Value, 'start' | 'end' | 'sentence'> & { text: string }>;
    relations?: Array<Partial<Relation> & Pick<Relation, 'type' | 'subject' | 'object'> & { evidence: string }>;
    quotes?: Array<{ id: string; text: string; speaker: string | null; speakerText?: string; anonymous?: string; cue?: string; about?: string[]; direct?: boolean; stance?: Quote['stance'] }>;
  },
): Doc {
  const base = createDoc(text, { published: spec.published ?? null, source: spec.source ?? null, title: spec.title ?? null });
  const { sentences, tokens } = segment(text);
  const sentenceOf = (s: Span) => sentences.findIndex((x) => x.start <= s.start && s.end <= x.end);
  const mentions: Mention[] = [];
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const forms: Array<[string, number]> = [[e.name, 0], ...(e.mentions ?? [])];
    const idx = forms.map(([t, n]) => {
      const sp = at(text, t, n);
      mentions.push({ ...sp, type: e.type, sentence: sentenceOf(sp) });
      return mentions.length - 1;
    });
    return {
      id: e.id,
      type: e.type,
      name: at(text, e.name),
      mentions: idx,
      aliases: [],
      roles: (e.roles ?? []).map(([label, t]) => {
        const sp = at(text, t);
        return { ...sp, label, sentence: sentenceOf(sp) };
      }),
    };
  });
  const values: Value[] = (spec.values ?? []).map((v) => {
    const sp = at(text, v.text);
    const { text: _t, ...rest } = v;
    return { ...rest, ...sp, sentence: sentenceOf(sp) } as Value;
  });
  const relations: Relation[] = (spec.relations ?? []).map((r) => ({
    role: null, amount: null, date: null, purpose: null, medium: null, confidence: 0.9, trigger: null,
    ...r,
    sentence: sentenceOf(at(text, r.evidence)),
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const part = at(text, q.text);
    const speakerMention = q.speakerText ? at(text, q.speakerText, 1) : null;
    return {
      id: q.id,
      direct: q.direct ?? true,
      parts: [part],
      speaker: q.speaker,
      speakerMention,
      anonymous: q.anonymous ? at(text, q.anonymous) : null,
      cue: q.cue ? at(text, q.cue) : null,
      medium: null,
      about: q.about ?? [],
      date: null,
      stance: q.stance ?? [],
      sentence: sentenceOf(part),
    };
  });
  return { ...base, sentences, tokens, mentions, entities, values, relations, quotes };
}

/** Two fictional articles sharing actors, for the store and the CLI. */
export function fictionalPair(): Doc[] {
  const a = 'Halvorsen Robotics sued Brightwater Analytics on Monday. "Brightwater took our work," said Ingrid Halvorsen, the CEO of Halvorsen Robotics. Pelican Ventures invested $40 million in Brightwater Analytics.';
  const b = 'Pelican Ventures agreed to invest $120 million in Tidewell Energy. Tidewell CEO Mara Quillfeather welcomed it. Fernhollow Mayor Jonas Quillfeather said, "This plant means jobs." Quillfeather, the mayor, spoke on Tuesday.';
  return [
    handMadeDoc(a, {
      published: '2025-01-27',
      source: 'a.txt',
      title: 'Halvorsen sues Brightwater',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Halvorsen Robotics', mentions: [['Halvorsen Robotics', 1]] },
        { id: 'e2', type: 'ORG', name: 'Brightwater Analytics', mentions: [['Brightwater', 1], ['Brightwater Analytics', 1]] },
        { id: 'e3', type: 'PERSON', name: 'Ingrid Halvorsen', roles: [['CEO', 'CEO']] },
        { id: 'e4', type: 'ORG', name: 'Pelican Ventures' },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$40 million', value: 40_000_000, currency: 'USD', bound: 'exact' }, { id: 'v2', type: 'DATE', text: 'Monday', value: '2025-01-27' }],
      relations: [
        { type: 'sues', subject: 'e1', object: 'e2', date: 'v2', evidence: 'sued' },
        { type: 'position', subject: 'e3', object: 'e1', role: 'CEO', evidence: 'the CEO of' },
        { type: 'funds', subject: 'e4', object: 'e2', amount: 'v1', evidence: 'invested' },
      ],
      quotes: [{ id: 'q1', text: 'Brightwater took our work,', speaker: 'e3', cue: 'said', about: ['e2'] }],
    }),
    handMadeDoc(b, {
      published: '2025-01-28',
      source: 'b.txt',
      title: 'Tidewell raises money',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Pelican Ventures' },
        { id: 'e2', type: 'ORG', name: 'Tidewell Energy', mentions: [['Tidewell', 1]] },
        { id: 'e3', type: 'PERSON', name: 'Mara Quillfeather', roles: [['CEO', 'CEO']] },
        { id: 'e4', type: 'PERSON', name: 'Jonas Quillfeather', mentions: [['Quillfeather', 2]], roles: [['mayor', 'Mayor']] },
        { id: 'e5', type: 'GPE', name: 'Fernhollow' },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$120 million', value: 120_000_000, currency: 'USD', bound: 'exact' }],
      relations: [
        { type: 'funds', subject: 'e1', object: 'e2', amount: 'v1', evidence: 'agreed to invest' },
        { type: 'position', subject: 'e3', object: 'e2', role: 'CEO', evidence: 'welcomed' },
        { type: 'position', subject: 'e4', object: 'e5', role: 'mayor', evidence: 'Fernhollow Mayor' },
      ],
      quotes: [{ id: 'q1', text: 'This plant means jobs.', speaker: 'e4', cue: 'said', about: ['e2'] }],
    }),
  ];
}
