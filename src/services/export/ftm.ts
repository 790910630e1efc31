// FollowTheMoney (JSON Lines of {"id", "schema", "properties"}), for Aleph, OpenSanctions and
// the `ftm` tools. Actors become Person, Company, Organization, PublicBody, Address or Asset; each
// source of a tie becomes one edge entity (Directorship, Employment, Membership, Payment,
// Ownership, Family, Associate, else UnknownLink) carrying its sentence, and a Note whose proof is
// the Article it was read in; quotes become Notes too; Mentions tie actors to articles.
// (docs/exports.md, docs/decisions/0072-ftm-provenance.md)

import { basename } from 'node:path';
import type { RelationType } from '../../nlp/doc.js';
import type { ExportArticle, ExportEdge, ExportEvidence, ExportSource } from '../../store/store.js';
import { ftmActorSchema, ftmEdgeSchema, isA, placeOf } from './classify.js';
import { articleName, httpUrl, isoDate, publisherOf } from './common.js';
import { emptyCounts, type ExportCounts } from './counts.js';
import { FTM_EDGES, TIE_WORDS } from './mapping.js';
import type { Sink } from './sink.js';

type Props = Record<string, string[]>;

export const ftmId = {
  actor: (id: number) => `dossier-actor-${id}`,
  article: (sha: string) => `dossier-article-${sha}`,
  tie: (fact: string) => `dossier-tie-${fact}`,
  source: (fact: string) => `dossier-source-${fact}`,
  quote: (id: number) => `dossier-quote-q${id}`,
  mention: (id: number) => `dossier-mention-${id}`,
};

/** Drops empty values; FtM values are lists of strings. */
function props(entries: Record<string, Array<string | null | undefined> | string | null | undefined>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(entries)) {
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '');
    if (list.length) out[k] = [...new Set(list)];
  }
  return out;
}

const line = (id: string, schema: string, properties: Props) => `${JSON.stringify({ id, schema, properties })}\n`;

function provenance(a: ExportArticle) {
  return { sourceUrl: httpUrl(a.url), publisher: publisherOf(a) };
}

/** FtM requires a file name on every Document: the file it was read from, else its id. */
function fileNameOf(a: ExportArticle): string {
  const path = a.source && !publisherOf(a) ? basename(a.source) : '';
  return path || `${a.sha}.txt`;
}

function tieSummary(e: ExportEdge): string {
  return `${e.subject.name} ${TIE_WORDS[e.type as RelationType] ?? e.type} ${e.object?.name ?? '(no one named)'}`;
}

function edgeLine(e: ExportEdge, ev: ExportEvidence): string | null {
  if (!e.object) return null;
  const s = ftmActorSchema(e.subject);
  const o = ftmActorSchema(e.object);
  const schema = ftmEdgeSchema(e.type, ev.role, s, o);
  const spec = FTM_EDGES[schema];
  const p: Record<string, Array<string | null> | string | null> = {
    [spec.source]: ftmId.actor(e.subject.id),
    [spec.target]: ftmId.actor(e.object.id),
    date: isoDate(ev.date),
    description: ev.sentence.text,
    summary: tieSummary(e),
    recordId: `${ev.article.sha}:${ev.sentence.start}-${ev.sentence.end}`,
    ...provenance(ev.article),
  };
  if (spec.roleProp) {
    // UnknownLink says what the link is in its role; the others have a schema that says it.
    p[spec.roleProp] = schema === 'UnknownLink' ? [ev.role ? `${e.type}: ${ev.role}` : e.type] : ev.role;
  }
  if (schema === 'Payment') {
    p.amount = ev.amount ? String(ev.amount.value) : null;
    p.currency = ev.amount?.currency ?? null;
    p.purpose = ev.purpose;
  }
  return line(ftmId.tie(ev.fact), schema, props(p));
}

export async function writeFtm(src: ExportSource, out: Sink): Promise<ExportCounts> {
  const n = emptyCounts();
  for (const a of src.articles()) {
    n.articles++;
    await out.write(line(ftmId.article(a.sha), 'Article', props({
      name: articleName(a), fileName: fileNameOf(a), title: a.title, publishedAt: isoDate(a.published), ...provenance(a),
    })));
  }
  for (const node of src.nodes()) {
    n.actors++;
    const schema = ftmActorSchema(node);
    const p: Record<string, string[] | string | null> = { name: node.name, alias: node.aliases };
    if (schema === 'Person') p.position = node.roles;
    if (schema === 'Address') {
      const place = placeOf(node.name);
      p.full = node.name;
      p.country = place && place.kind !== 'state' ? place.code.toLowerCase() : place ? 'us' : null;
      if (place?.kind === 'state') p.state = place.name;
    }
    await out.write(line(ftmId.actor(node.id), schema, props(p)));
  }
  for (const m of src.mentions()) {
    // Mention.resolved only takes legal entities: places and products stay unlinked, so are left out.
    if (!isA(ftmActorSchema(m.actor), 'LegalEntity')) continue;
    await out.write(line(ftmId.mention(m.id), 'Mention', props({
      name: m.name, document: ftmId.article(m.article.sha), resolved: ftmId.actor(m.actor.id),
    })));
  }
  for (const e of src.edges()) {
    n.ties++;
    for (const ev of e.evidence) {
      n.sources++;
      const edge = edgeLine(e, ev);
      if (edge) await out.write(edge);
      await out.write(line(ftmId.source(ev.fact), 'Note', props({
        name: tieSummary(e),
        description: ev.sentence.text,
        summary: [ev.role, ev.amount?.text, ev.date, ev.purpose].filter(Boolean).join('; ') || null,
        entity: [ftmId.actor(e.subject.id), e.object ? ftmId.actor(e.object.id) : null],
        proof: ftmId.article(ev.article.sha),
        ...provenance(ev.article),
      })));
    }
  }
  for (const q of src.quotes()) {
    n.quotes++;
    const who = q.speaker?.name ?? q.anonymous ?? 'someone unnamed';
    await out.write(line(ftmId.quote(q.id), 'Note', props({
      name: `${who}: ${q.direct ? 'said' : 'reportedly said'}${q.medium ? ` (${q.medium})` : ''}`,
      description: q.text,
      summary: q.sentence.text,
      notes: q.stance.map((s) => `${s.kind} ${s.target.kind === 'quote' ? ftmId.quote(s.target.id) : s.target.kind === 'tie' ? ftmId.tie(s.target.fact) : ftmId.actor(s.target.id)}`),
      entity: [q.speaker ? ftmId.actor(q.speaker.id) : null, ...q.about.map((a) => ftmId.actor(a.id))],
      proof: ftmId.article(q.article.sha),
      ...provenance(q.article),
    })));
  }
  return n;
}
