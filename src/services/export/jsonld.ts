// JSON-LD with schema.org terms: actors as Person, Organization (Corporation,
// GovernmentOrganization), Place (Country, State, City) or Product; articles as NewsArticle; every
// source of a tie as a Claim that appears in its article, plus the schema.org property that says
// the same (worksFor, founder, funder, owns...) when there is one; quotes as Quotation with creator
// and isPartOf the article; a quote that disputes (or supports) something as a Claim about it. The
// context is inline ({"@vocab": "https://schema.org/"}) so that a processor needs no network.
// (docs/decisions/0074-jsonld-shape.md)

import type { RelationType } from '../../nlp/doc.js';
import type { ExportQuote, ExportSource, ExportStanceTarget } from '../../store/store.js';
import { schemaOrgType } from './classify.js';
import { httpUrl, isoDate, publisherOf } from './common.js';
import { emptyCounts, type ExportCounts } from './counts.js';
import { TIE_MAPPINGS, TIE_WORDS } from './mapping.js';
import type { Sink } from './sink.js';

export const JSONLD_CONTEXT = { '@vocab': 'https://schema.org/' } as const;

export const ldId = {
  actor: (id: number) => `urn:dossier:actor:${id}`,
  article: (sha: string) => `urn:dossier:article:${sha}`,
  tie: (fact: string) => `urn:dossier:tie:${fact}`,
  quote: (id: number) => `urn:dossier:quote:q${id}`,
  claim: (quote: number, n: number) => `urn:dossier:quote:q${quote}:stance:${n}`,
};

const ref = (id: string) => ({ '@id': id });

/** Drops null, undefined and empty lists so the output holds only what is known. */
function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function targetId(t: ExportStanceTarget): string {
  return t.kind === 'quote' ? ldId.quote(t.id) : t.kind === 'tie' ? ldId.tie(t.fact) : ldId.actor(t.id);
}

function creator(q: ExportQuote) {
  if (q.speaker) return ref(ldId.actor(q.speaker.id));
  return q.anonymous ? { '@type': 'Person', description: q.anonymous } : null;
}

export async function writeJsonld(src: ExportSource, out: Sink): Promise<ExportCounts> {
  const n = emptyCounts();
  let first = true;
  const item = async (o: Record<string, unknown>) => {
    await out.write(`${first ? '' : ',\n'}${JSON.stringify(clean(o))}`);
    first = false;
  };
  await out.write(`{"@context": ${JSON.stringify(JSONLD_CONTEXT)},\n"@graph": [\n`);
  for (const a of src.articles()) {
    n.articles++;
    await item({
      '@id': ldId.article(a.sha), '@type': 'NewsArticle', identifier: a.sha, headline: a.title, url: httpUrl(a.url),
      datePublished: isoDate(a.published), publisher: publisherOf(a) ? { '@type': 'Organization', name: publisherOf(a) } : null,
    });
  }
  for (const node of src.nodes()) {
    n.actors++;
    await item({
      '@id': ldId.actor(node.id), '@type': schemaOrgType(node), identifier: String(node.id), name: node.name,
      alternateName: node.aliases, jobTitle: node.type === 'PERSON' ? node.roles : null,
    });
  }
  for (const e of src.edges()) {
    n.ties++;
    const words = TIE_WORDS[e.type as RelationType] ?? e.type;
    const prop = TIE_MAPPINGS[e.type as RelationType]?.schemaOrg;
    if (prop && e.object) {
      const [from, to] = prop.reverse ? [e.object, e.subject] : [e.subject, e.object];
      await item({ '@id': ldId.actor(from.id), [prop.property]: ref(ldId.actor(to.id)) });
    }
    for (const x of e.evidence) {
      n.sources++;
      await item({
        '@id': ldId.tie(x.fact), '@type': 'Claim', name: `${e.subject.name} ${words} ${e.object?.name ?? '(no one named)'}`,
        keywords: e.type, about: [ref(ldId.actor(e.subject.id)), e.object ? ref(ldId.actor(e.object.id)) : null].filter(Boolean),
        text: x.sentence.text, appearance: ref(ldId.article(x.article.sha)), datePublished: isoDate(x.article.published),
        description: [x.role, x.amount?.text, x.date, x.purpose].filter(Boolean).join('; ') || null,
      });
    }
  }
  for (const q of src.quotes()) {
    n.quotes++;
    await item({
      '@id': ldId.quote(q.id), '@type': 'Quotation', text: q.text, creator: creator(q), isPartOf: ref(ldId.article(q.article.sha)),
      about: q.about.map((a) => ref(ldId.actor(a.id))), dateCreated: isoDate(q.date), description: q.sentence.text,
    });
    for (const [i, s] of q.stance.entries()) {
      await item({
        '@id': ldId.claim(q.id, i), '@type': 'Claim', text: q.text, author: creator(q), keywords: s.kind,
        about: ref(targetId(s.target)), appearance: [ref(ldId.quote(q.id)), ref(ldId.article(q.article.sha))],
        description: `${q.speaker?.name ?? q.anonymous ?? 'someone unnamed'} ${s.kind} ${s.target.kind} ${targetId(s.target)}`,
      });
    }
  }
  await out.write('\n]}\n');
  return n;
}
