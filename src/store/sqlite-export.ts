// The export read of the SQLite store (Store.exportGraph). What is exported is chosen once into
// TEMP tables (ids only: x_nodes, x_rels, x_quotes, x_docs), then every section streams its rows
// with better-sqlite3's iterate(), so memory stays flat however large the graph. Kept apart from
// sqlite-store.ts so that the export SQL and the graph work on the store change separately.
// (docs/decisions/0071-export-streaming.md)

import type Database from 'better-sqlite3';
import { UsageError } from '../errors.js';
import { SYMMETRIC_RELATIONS, type EntityType, type MoneyBound, type RelationType } from '../nlp/doc.js';
import { FRAGMENT_JOINER } from '../nlp/serialize.js';
import type {
  ActorRef, ExportArticle, ExportEdge, ExportEvidence, ExportFilter, ExportMention, ExportNode, ExportQuote, ExportSource,
  ExportStanceTarget, SentenceRef,
} from './store.js';

type Row = Record<string, unknown>;

const SYMMETRIC_SQL = [...SYMMETRIC_RELATIONS].map((t) => `'${t}'`).join(', ');

/** Relation rows an export may use at all: not rejected by a person, and the type and time filters. */
const RELATION_FILTER = /* sql */ `
  r.rejected = 0
  AND (@type IS NULL OR r.type = @type)
  AND (@since IS NULL OR d.published >= @since)`;

/** The edge id the writers use: "<subject>-<type>-<object or none>". */
export function edgeKey(subject: number, type: string, object: number | null): string {
  return `${subject}-${type}-${object ?? 'none'}`;
}

const ARTICLE_COLUMNS = 'd.id AS d_id, d.sha AS d_sha, d.title AS d_title, d.source AS d_source, d.url AS d_url, d.published AS d_published';

function articleOf(r: Row): ExportArticle {
  return {
    id: r.d_id as number,
    sha: r.d_sha as string,
    title: (r.d_title as string | null) ?? null,
    source: (r.d_source as string | null) ?? null,
    url: (r.d_url as string | null) ?? null,
    published: (r.d_published as string | null) ?? null,
  };
}

/** Document texts, a few at a time: sentences and spans are sliced from them (UTF-16 offsets, as stored). */
class TextCache {
  private readonly texts = new Map<number, string>();
  private readonly stmt: Database.Statement;
  constructor(db: Database.Database, private readonly size = 64) {
    this.stmt = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  }

  get(doc: number): string {
    let t = this.texts.get(doc);
    if (t === undefined) {
      t = (this.stmt.get(doc) as string | undefined) ?? '';
      if (this.texts.size >= this.size) this.texts.delete(this.texts.keys().next().value!);
      this.texts.set(doc, t);
    }
    return t;
  }

  slice(doc: number, start: unknown, end: unknown): string | null {
    if (typeof start !== 'number' || typeof end !== 'number') return null;
    return this.get(doc).slice(start, end);
  }
}

export class SqliteExport implements ExportSource {
  readonly filter: ExportFilter;
  private readonly text: TextCache;
  private closed = false;

  constructor(private readonly db: Database.Database, filter: ExportFilter = {}) {
    this.filter = filter;
    this.text = new TextCache(db);
    if (filter.since !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(filter.since)) {
      throw new UsageError(`--since must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not "${filter.since}"`);
    }
    this.select();
  }

  private get params() {
    return { type: this.filter.type ?? null, since: this.filter.since ?? null };
  }

  /** Fills the TEMP id tables: writes on the connection cannot run while a section iterates, so all happen here. */
  private select(): void {
    const db = this.db;
    const p = this.params;
    db.exec(`
      DROP TABLE IF EXISTS temp.x_nodes; DROP TABLE IF EXISTS temp.x_rels; DROP TABLE IF EXISTS temp.x_quotes; DROP TABLE IF EXISTS temp.x_docs;
      CREATE TEMP TABLE x_nodes (id INTEGER PRIMARY KEY, owned INTEGER NOT NULL DEFAULT 0);
      CREATE TEMP TABLE x_rels (id INTEGER PRIMARY KEY);
      CREATE TEMP TABLE x_quotes (id INTEGER PRIMARY KEY);
      CREATE TEMP TABLE x_docs (id INTEGER PRIMARY KEY);`);
    const candidates = /* sql */ `
      SELECT r.id, s.entity AS subject, o.entity AS object FROM doc_relations r
      JOIN documents d ON d.id = r.doc
      JOIN doc_entities s ON s.id = r.subject
      LEFT JOIN doc_entities o ON o.id = r.object
      WHERE ${RELATION_FILTER}`;
    const restricted = this.filter.entity !== undefined || this.filter.type !== undefined;

    if (this.filter.entity !== undefined) {
      db.prepare('INSERT INTO x_nodes (id) VALUES (?)').run(this.filter.entity);
      // Breadth first, one ring per step, over the ties the other filters keep.
      const ring = db.prepare(`
        INSERT OR IGNORE INTO x_nodes (id)
        SELECT c.object FROM (${candidates}) c WHERE c.object IS NOT NULL AND c.subject IN (SELECT id FROM x_nodes)
        UNION
        SELECT c.subject FROM (${candidates}) c WHERE c.object IN (SELECT id FROM x_nodes)`);
      for (let i = 0; i < (this.filter.depth ?? 1); i++) {
        if (ring.run(p).changes === 0) break;
      }
      db.prepare(`
        INSERT INTO x_rels (id) SELECT c.id FROM (${candidates}) c
        WHERE c.subject IN (SELECT id FROM x_nodes) AND (c.object IS NULL OR c.object IN (SELECT id FROM x_nodes))`).run(p);
    } else {
      db.prepare(`INSERT INTO x_rels (id) SELECT c.id FROM (${candidates}) c`).run(p);
      db.prepare(`
        INSERT OR IGNORE INTO x_nodes (id)
        SELECT s.entity FROM x_rels x JOIN doc_relations r ON r.id = x.id JOIN doc_entities s ON s.id = r.subject
        UNION
        SELECT o.entity FROM x_rels x JOIN doc_relations r ON r.id = x.id JOIN doc_entities o ON o.id = r.object`).run();
      if (!restricted) {
        // The whole graph: every actor named in an article of the time window, tied or not.
        db.prepare(`
          INSERT OR IGNORE INTO x_nodes (id)
          SELECT DISTINCT de.entity FROM doc_entities de JOIN documents d ON d.id = de.doc
          WHERE @since IS NULL OR d.published >= @since`).run({ since: p.since });
      }
    }

    // From the few owns/acquires rows, not per node: a correlated EXISTS took seconds on a large graph.
    db.exec(`
      UPDATE x_nodes SET owned = 1 WHERE id IN (
        SELECT de.entity FROM doc_relations r JOIN doc_entities de ON de.id = r.object WHERE r.type IN ('owns', 'acquires') AND r.rejected = 0)`);

    // Quotes: all of them for the whole graph; otherwise those by, or (anonymous) about, exported actors.
    db.prepare(`
      INSERT INTO x_quotes (id)
      SELECT q.id FROM quotes q JOIN documents d ON d.id = q.doc LEFT JOIN doc_entities sp ON sp.id = q.speaker
      WHERE q.rejected = 0 AND (@since IS NULL OR d.published >= @since)
        AND (@all = 1
             OR sp.entity IN (SELECT id FROM x_nodes)
             OR (q.speaker IS NULL AND EXISTS (
                   SELECT 1 FROM quote_about a JOIN doc_entities ae ON ae.id = a.doc_entity
                   WHERE a.quote = q.id AND ae.entity IN (SELECT id FROM x_nodes))))`).run({ since: p.since, all: restricted ? 0 : 1 });

    // Articles: every one in the window for the whole graph; else those that source an exported tie
    // or quote, or name an exported actor.
    if (!restricted) {
      db.prepare('INSERT INTO x_docs (id) SELECT id FROM documents d WHERE @since IS NULL OR d.published >= @since').run({ since: p.since });
      return;
    }
    db.prepare(`
      INSERT OR IGNORE INTO x_docs (id)
      SELECT r.doc FROM x_rels x JOIN doc_relations r ON r.id = x.id
      UNION SELECT q.doc FROM x_quotes x JOIN quotes q ON q.id = x.id
      UNION SELECT de.doc FROM doc_entities de JOIN documents d ON d.id = de.doc
            WHERE de.entity IN (SELECT id FROM x_nodes) AND (@since IS NULL OR d.published >= @since)`).run({ since: p.since });
  }

  private check(): void {
    if (this.closed) throw new Error('export source used after close()');
  }

  *articles(): Iterable<ExportArticle> {
    this.check();
    const rows = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM x_docs x JOIN documents d ON d.id = x.id ORDER BY d.id`);
    for (const r of rows.iterate() as Iterable<Row>) yield articleOf(r);
  }

  *nodes(): Iterable<ExportNode> {
    this.check();
    const rows = this.db.prepare(`
      SELECT e.id, e.type, e.name,
        (SELECT json_group_array(n.name) FROM (SELECT name FROM entity_names WHERE entity = e.id AND name != e.name ORDER BY name) n) AS aliases,
        (SELECT json_group_array(label) FROM (SELECT DISTINCT r.label FROM doc_entities de JOIN roles r ON r.doc_entity = de.id
                                                WHERE de.entity = e.id ORDER BY r.label)) AS roles,
        (SELECT COUNT(DISTINCT de.doc) FROM doc_entities de WHERE de.entity = e.id) AS documents, x.owned
      FROM x_nodes x JOIN entities e ON e.id = x.id ORDER BY e.id`);
    for (const r of rows.iterate() as Iterable<Row>) {
      yield {
        id: r.id as number,
        type: r.type as EntityType,
        name: r.name as string,
        aliases: JSON.parse(r.aliases as string) as string[],
        roles: JSON.parse(r.roles as string) as string[],
        documents: r.documents as number,
        owned: r.owned === 1,
      };
    }
  }

  private sentence(doc: number, index: number, start: unknown, end: unknown): SentenceRef {
    const s = typeof start === 'number' ? start : 0;
    const e = typeof end === 'number' ? end : 0;
    return { index, start: s, end: e, text: this.text.get(doc).slice(s, e) };
  }

  *edges(): Iterable<ExportEdge> {
    this.check();
    // Symmetric ties are one edge under (lower id, higher id), as the graph commands count them.
    const rows = this.db.prepare(`
      SELECT t.*, ae.type AS a_type, ae.name AS a_name, xa.owned AS a_owned, be.type AS b_type, be.name AS b_name, xb.owned AS b_owned
      FROM (
        SELECT r.id, r.type, r.doc, r.sentence, r.role, r.date, r.medium, r.confidence, r.purpose_start, r.purpose_end,
               CASE WHEN r.type IN (${SYMMETRIC_SQL}) AND o.entity < s.entity THEN o.entity ELSE s.entity END AS a,
               CASE WHEN r.type IN (${SYMMETRIC_SQL}) AND o.entity < s.entity THEN s.entity ELSE o.entity END AS b,
               v.amount AS v_amount, v.currency AS v_currency, v.bound AS v_bound, v.start AS v_start, v.end AS v_end,
               sen.start AS sen_start, sen.end AS sen_end, ${ARTICLE_COLUMNS}
        FROM x_rels x JOIN doc_relations r ON r.id = x.id
        JOIN documents d ON d.id = r.doc
        JOIN doc_entities s ON s.id = r.subject
        LEFT JOIN doc_entities o ON o.id = r.object
        LEFT JOIN doc_values v ON v.id = r.amount
        LEFT JOIN sentences sen ON sen.doc = r.doc AND sen.idx = r.sentence) t
      JOIN entities ae ON ae.id = t.a JOIN x_nodes xa ON xa.id = t.a
      LEFT JOIN entities be ON be.id = t.b LEFT JOIN x_nodes xb ON xb.id = t.b
      ORDER BY t.type, t.a, t.b, t.d_published, t.id`);
    let edge: ExportEdge | null = null;
    for (const r of rows.iterate() as Iterable<Row>) {
      const object = (r.b as number | null) ?? null;
      const key = edgeKey(r.a as number, r.type as string, object);
      if (edge && edge.key !== key) {
        yield edge;
        edge = null;
      }
      const doc = r.doc as number;
      const article = articleOf(r);
      edge ??= {
        key,
        type: r.type as string,
        subject: { id: r.a as number, type: r.a_type as EntityType, name: r.a_name as string, owned: r.a_owned === 1 },
        object: object === null ? null : { id: object, type: r.b_type as EntityType, name: r.b_name as string, owned: r.b_owned === 1 },
        firstSeen: null,
        lastSeen: null,
        evidence: [],
      };
      if (article.published) {
        if (!edge.firstSeen || article.published < edge.firstSeen) edge.firstSeen = article.published;
        if (!edge.lastSeen || article.published > edge.lastSeen) edge.lastSeen = article.published;
      }
      const money = r.v_currency === null || r.v_currency === undefined ? null : {
        value: r.v_amount as number,
        currency: r.v_currency as string,
        bound: r.v_bound as MoneyBound,
        text: this.text.slice(doc, r.v_start, r.v_end) ?? '',
      };
      edge.evidence.push({
        fact: `r${r.id as number}`,
        article,
        sentence: this.sentence(doc, r.sentence as number, r.sen_start, r.sen_end),
        role: (r.role as string | null) ?? null,
        amount: money,
        date: (r.date as string | null) ?? null,
        purpose: this.text.slice(doc, r.purpose_start, r.purpose_end),
        medium: (r.medium as string | null) ?? null,
        confidence: r.confidence as number,
      });
    }
    if (edge) yield edge;
  }

  *quotes(): Iterable<ExportQuote> {
    this.check();
    const rows = this.db.prepare(`
      SELECT q.*, sp.entity AS sp_id, spe.type AS sp_type, spe.name AS sp_name, sen.start AS sen_start, sen.end AS sen_end, ${ARTICLE_COLUMNS}
      FROM x_quotes x JOIN quotes q ON q.id = x.id
      JOIN documents d ON d.id = q.doc
      LEFT JOIN doc_entities sp ON sp.id = q.speaker LEFT JOIN entities spe ON spe.id = sp.entity
      LEFT JOIN sentences sen ON sen.doc = q.doc AND sen.idx = q.sentence
      ORDER BY q.doc, q.id`);
    const parts = this.db.prepare('SELECT start, end FROM quote_parts WHERE quote = ? ORDER BY idx');
    const about = this.db.prepare(`
      SELECT DISTINCT e.id, e.type, e.name FROM quote_about a JOIN doc_entities de ON de.id = a.doc_entity JOIN entities e ON e.id = de.entity
      WHERE a.quote = ? AND e.id IN (SELECT id FROM x_nodes) ORDER BY e.id`);
    const stances = this.db.prepare('SELECT target, kind FROM quote_stance WHERE quote = ?');
    const quoteTarget = this.db.prepare('SELECT q.id FROM quotes q JOIN x_quotes x ON x.id = q.id WHERE q.doc = ? AND q.local_id = ?').pluck();
    const tieTarget = this.db.prepare(`
      SELECT r.id, r.type, s.entity AS s, o.entity AS o FROM doc_relations r JOIN x_rels x ON x.id = r.id
      JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object WHERE r.doc = ? AND r.idx = ?`);
    const actorTarget = this.db.prepare('SELECT de.entity FROM doc_entities de JOIN x_nodes x ON x.id = de.entity WHERE de.doc = ? AND de.local_id = ?').pluck();

    for (const q of rows.iterate() as Iterable<Row>) {
      const doc = q.doc as number;
      const stance: ExportQuote['stance'] = [];
      for (const st of stances.all(q.id) as Array<{ target: string; kind: 'supports' | 'disputes' }>) {
        let target: ExportStanceTarget | null = null;
        const rel = /^relation:(\d+)$/.exec(st.target);
        if (rel) {
          const t = tieTarget.get(doc, Number(rel[1])) as { id: number; type: string; s: number; o: number | null } | undefined;
          if (t) {
            const swap = SYMMETRIC_RELATIONS.has(t.type as RelationType) && t.o !== null && t.o < t.s;
            target = { kind: 'tie', fact: `r${t.id}`, edge: swap ? edgeKey(t.o!, t.type, t.s) : edgeKey(t.s, t.type, t.o) };
          }
        } else {
          const qid = quoteTarget.get(doc, st.target) as number | undefined;
          if (qid !== undefined) target = { kind: 'quote', id: qid };
          else {
            const aid = actorTarget.get(doc, st.target) as number | undefined;
            if (aid !== undefined) target = { kind: 'actor', id: aid };
          }
        }
        if (target) stance.push({ kind: st.kind, target });
      }
      const speakerId = (q.sp_id as number | null) ?? null;
      yield {
        id: q.id as number,
        fact: `q${q.id as number}`,
        text: (parts.all(q.id) as Array<{ start: number; end: number }>).map((p) => this.text.get(doc).slice(p.start, p.end)).join(FRAGMENT_JOINER),
        direct: q.direct === 1,
        speaker: speakerId === null ? null : { id: speakerId, type: q.sp_type as EntityType, name: q.sp_name as string },
        anonymous: this.text.slice(doc, q.anonymous_start, q.anonymous_end),
        cue: this.text.slice(doc, q.cue_start, q.cue_end),
        medium: this.text.slice(doc, q.medium_start, q.medium_end),
        date: (q.date as string | null) ?? null,
        about: about.all(q.id) as ActorRef[],
        stance,
        article: articleOf(q),
        sentence: this.sentence(doc, q.sentence as number, q.sen_start, q.sen_end),
      };
    }
  }

  *mentions(): Iterable<ExportMention> {
    this.check();
    const rows = this.db.prepare(`
      SELECT de.id, de.name_start, de.name_end, e.id AS e_id, e.type AS e_type, e.name AS e_name, ${ARTICLE_COLUMNS}
      FROM x_docs xd JOIN documents d ON d.id = xd.id
      JOIN doc_entities de ON de.doc = d.id JOIN x_nodes xn ON xn.id = de.entity JOIN entities e ON e.id = de.entity
      ORDER BY d.id, de.id`);
    for (const r of rows.iterate() as Iterable<Row>) {
      const doc = r.d_id as number;
      yield {
        id: r.id as number,
        actor: { id: r.e_id as number, type: r.e_type as EntityType, name: r.e_name as string },
        article: articleOf(r),
        name: this.text.slice(doc, r.name_start, r.name_end) ?? (r.e_name as string),
      };
    }
  }

  close(): void {
    if (this.closed || !this.db.open) return;
    this.closed = true;
    this.db.exec('DROP TABLE IF EXISTS temp.x_nodes; DROP TABLE IF EXISTS temp.x_rels; DROP TABLE IF EXISTS temp.x_quotes; DROP TABLE IF EXISTS temp.x_docs;');
  }
}
