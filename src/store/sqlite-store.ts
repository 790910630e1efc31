// The Store on SQLite (better-sqlite3): WAL so readers never block the writer, a busy timeout so
// two ingest processes take turns, one write transaction per batch with a SAVEPOINT per article so
// an article is stored whole or not at all, and numbered migrations recorded in schema_migrations.
// (docs/decisions/0002-sqlite-layout.md, 0003-write-batching.md)

import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { StoreError, UsageError } from '../errors.js';
import { sameNameLinker, type ActorLinker } from '../graph/link-actors.js';
import { normalizeName } from '../graph/names.js';
import type { Doc, EntityType, Layer, MoneyBound, Span } from '../nlp/doc.js';
import { FRAGMENT_JOINER } from '../nlp/serialize.js';
import { MIGRATIONS } from './migrations/index.js';
import type {
  ActorDossier, ActorMatch, ActorRef, ActorSummary, AnnotationSpan, DocRef, DocumentAnnotations, EdgeView, Evidence, QuoteView, RoleView, SearchResult,
  Store, StoreInput, StoreStats, TieView, WriteOutcome,
} from './store.js';

const LAYERS: readonly Layer[] = ['sentences', 'tokens', 'pos', 'mentions', 'roles', 'entities', 'references', 'values', 'relations', 'quotes'];

export interface SqliteStoreOptions {
  /** Refuse to create a new database file (for commands that only read). */
  mustExist?: boolean;
  readonly?: boolean;
  /** Milliseconds to wait for another process's write lock. */
  busyTimeoutMs?: number;
  linker?: ActorLinker;
}

type Row = Record<string, unknown>;

function openError(path: string, e: unknown): StoreError {
  const msg = (e as Error).message ?? String(e);
  if (/directory does not exist/i.test(msg)) return new StoreError('STORE_OPEN', `${path}: the folder does not exist`, 'create it or choose another --db', e);
  if (/unable to open|does not exist|SQLITE_CANTOPEN/i.test(msg)) {
    return new StoreError('STORE_OPEN', `${path}: no database here`, 'run `dossier ingest` first or give --db', e);
  }
  if (/not a database|SQLITE_NOTADB|malformed/i.test(msg)) {
    return new StoreError('STORE_OPEN', `${path}: not a Dossier database (${msg})`, 'give another --db', e);
  }
  return new StoreError('STORE_OPEN', `${path}: ${msg}`, undefined, e);
}

export class SqliteStore implements Store {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly linker: ActorLinker;
  private readonly stmts: ReturnType<SqliteStore['prepareWrites']> | null;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.path = path;
    this.linker = options.linker ?? sameNameLinker;
    try {
      this.db = new Database(path, { fileMustExist: options.mustExist ?? false, readonly: options.readonly ?? false });
      this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 60_000}`);
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
      }
      this.db.pragma('foreign_keys = ON');
      if (options.readonly) this.checkSchema();
      else this.migrate();
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw openError(path, e);
    }
    this.stmts = options.readonly ? null : this.prepareWrites();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---- schema ----

  private schemaVersion(): number {
    const has = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!has) return 0;
    return (this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  }

  private checkSchema(): void {
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    const v = this.schemaVersion();
    if (v !== latest) {
      throw new StoreError('STORE_SCHEMA', `${this.path}: schema version ${v}, this Dossier reads ${latest}`, v < latest ? 'run `dossier ingest` once to upgrade it' : 'use a newer Dossier');
    }
  }

  /** Applies pending migrations, each in its own IMMEDIATE transaction so two processes never both apply one. */
  private migrate(): void {
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    for (const m of MIGRATIONS) {
      const apply = this.db.transaction(() => {
        this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        if (this.db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      });
      apply.immediate();
    }
    const v = this.schemaVersion();
    if (v > latest) {
      throw new StoreError('STORE_SCHEMA', `${this.path}: schema version ${v} is newer than this Dossier (${latest})`, 'use a newer Dossier');
    }
  }

  /** Versions recorded in schema_migrations, for tests and `stats`. */
  migrations(): number[] {
    return (this.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>).map((r) => r.version);
  }

  // ---- writes ----

  private prepareWrites() {
    const p = (sql: string) => this.db.prepare(sql);
    return {
      insertDoc: p(`INSERT INTO documents (sha, source, origin, url, title, published, text, layers, sentence_count, ingested_at)
                    VALUES (@sha, @source, @origin, @url, @title, @published, @text, @layers, @sentenceCount, @at)
                    ON CONFLICT (sha) DO NOTHING`),
      insertSentence: p('INSERT INTO sentences (doc, idx, start, end) VALUES (?, ?, ?, ?)'),
      insertFts: p('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)'),
      findActor: p('SELECT id FROM entities WHERE type = ? AND key = ?').pluck(),
      insertActor: p('INSERT INTO entities (type, key, name) VALUES (?, ?, ?)'),
      insertName: p('INSERT OR IGNORE INTO entity_names (entity, norm, name) VALUES (?, ?, ?)'),
      insertDocEntity: p('INSERT INTO doc_entities (doc, local_id, type, name_start, name_end, entity) VALUES (?, ?, ?, ?, ?, ?)'),
      insertAlias: p('INSERT INTO doc_entity_aliases (doc_entity, start, end) VALUES (?, ?, ?)'),
      insertMention: p('INSERT INTO mentions (doc, doc_entity, kind, type, start, end, sentence, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      insertRole: p('INSERT INTO roles (doc_entity, label, start, end, sentence) VALUES (?, ?, ?, ?, ?)'),
      insertValue: p(`INSERT INTO doc_values (doc, local_id, type, start, end, sentence, amount, currency, bound, iso)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertRelation: p(`INSERT INTO doc_relations (doc, idx, type, subject, object, role, amount, date_value, date, purpose_start,
                           purpose_end, medium, confidence, sentence, trigger_start, trigger_end)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: p(`INSERT INTO quotes (doc, local_id, direct, speaker, speaker_start, speaker_end, anonymous_start, anonymous_end,
                        cue_start, cue_end, medium_start, medium_end, date, sentence)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertPart: p('INSERT INTO quote_parts (quote, idx, start, end) VALUES (?, ?, ?, ?)'),
      insertAbout: p('INSERT OR IGNORE INTO quote_about (quote, doc_entity) VALUES (?, ?)'),
      insertStance: p('INSERT INTO quote_stance (quote, target, kind) VALUES (?, ?, ?)'),
    };
  }

  private readonly cached = new Map<string, Database.Statement>();

  /** A prepared statement kept for reuse: the hot reads run once per article or per fact shown. */
  private q(sql: string): Database.Statement {
    let st = this.cached.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.cached.set(sql, st);
    }
    return st;
  }

  hasDocument(sha: string): boolean {
    return this.q('SELECT 1 FROM documents WHERE sha = ?').get(sha) !== undefined;
  }

  write(inputs: readonly StoreInput[]): WriteOutcome[] {
    const s = this.stmts;
    if (!s) throw new StoreError('STORE_WRITE', `${this.path}: opened read-only`);
    const outcomes: WriteOutcome[] = [];
    const batch = this.db.transaction(() => {
      for (const { doc, origin } of inputs) {
        this.db.exec('SAVEPOINT article');
        try {
          const outcome = this.writeOne(doc, origin, s);
          this.db.exec('RELEASE article');
          outcomes.push(outcome);
        } catch (e) {
          this.db.exec('ROLLBACK TO article');
          this.db.exec('RELEASE article');
          const where = origin ?? doc.meta.source ?? doc.id.slice(0, 12);
          outcomes.push({
            sha: doc.id,
            status: 'failed',
            error: new StoreError('STORE_WRITE', `${where}: not stored (${(e as Error).message})`, 'the article is inconsistent; report it as a bug', e),
          });
        }
      }
    });
    try {
      batch.immediate();
    } catch (e) {
      throw new StoreError('STORE_WRITE', `${this.path}: could not write (${(e as Error).message})`, 'is another process holding the database for long?', e);
    }
    return outcomes;
  }

  private writeOne(doc: Doc, origin: string | null, s: NonNullable<SqliteStore['stmts']>): WriteOutcome {
    const text = doc.text;
    const slice = (sp: Span) => text.slice(sp.start, sp.end);
    const checkSpan = (sp: Span, what: string) => {
      if (!(Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.end <= text.length && sp.start <= sp.end)) {
        throw new Error(`${what} span ${sp.start}-${sp.end} is outside the text (length ${text.length})`);
      }
    };
    const sentences = doc.sentences ?? [];
    const info = s.insertDoc.run({
      sha: doc.id,
      source: doc.meta.source,
      origin: origin ?? doc.meta.source,
      url: doc.meta.url,
      title: doc.meta.title,
      published: doc.meta.published,
      text,
      layers: LAYERS.filter((l) => doc[l] !== undefined).join(','),
      sentenceCount: sentences.length,
      at: new Date().toISOString(),
    });
    if (info.changes === 0) return { sha: doc.id, status: 'unchanged' };
    const docPk = Number(info.lastInsertRowid);

    sentences.forEach((sent, i) => {
      checkSpan(sent, 'sentence');
      const id = s.insertSentence.run(docPk, i, sent.start, sent.end).lastInsertRowid;
      s.insertFts.run(id, slice(sent));
    });

    const valueIds = new Map<string, number>();
    for (const v of doc.values ?? []) {
      checkSpan(v, `value ${v.id}`);
      const amount = v.type === 'DATE' ? null : v.value;
      const r = s.insertValue.run(docPk, v.id, v.type, v.start, v.end, v.sentence, amount,
        v.type === 'MONEY' ? v.currency : null, v.type === 'MONEY' ? v.bound : null, v.type === 'DATE' ? v.value : null);
      valueIds.set(v.id, Number(r.lastInsertRowid));
    }

    const mentions = doc.mentions ?? [];
    const entityIds = new Map<string, number>();
    const mentionEntity = new Map<number, number>();
    for (const e of doc.entities ?? []) {
      checkSpan(e.name, `entity ${e.id} name`);
      const name = slice(e.name);
      const aliasTexts = [...e.mentions.map((i) => mentions[i]).filter((m) => m !== undefined).map(slice), ...e.aliases.map(slice)];
      const key = this.linker.keyOf({ type: e.type, name, aliases: aliasTexts });
      let actor = s.findActor.get(key.type, key.key) as number | undefined;
      if (actor === undefined) actor = Number(s.insertActor.run(key.type, key.key, key.name).lastInsertRowid);
      for (const n of [name, ...aliasTexts]) {
        const norm = normalizeName(n);
        if (norm) s.insertName.run(actor, norm, n.replace(/\s+/gu, ' ').trim());
      }
      const de = Number(s.insertDocEntity.run(docPk, e.id, e.type, e.name.start, e.name.end, actor).lastInsertRowid);
      entityIds.set(e.id, de);
      for (const a of e.aliases) {
        checkSpan(a, `entity ${e.id} alias`);
        s.insertAlias.run(de, a.start, a.end);
      }
      for (const r of e.roles) {
        checkSpan(r, `entity ${e.id} role`);
        s.insertRole.run(de, r.label, r.start, r.end, r.sentence);
      }
      for (const i of e.mentions) {
        if (!mentions[i]) throw new Error(`entity ${e.id} points at mention ${i}, which does not exist`);
        mentionEntity.set(i, de);
      }
    }
    const entity = (id: string | null, what: string): number | null => {
      if (id === null) return null;
      const de = entityIds.get(id);
      if (de === undefined) throw new Error(`${what} refers to entity "${id}", which the article does not have`);
      return de;
    };
    mentions.forEach((m, i) => {
      checkSpan(m, 'mention');
      s.insertMention.run(docPk, mentionEntity.get(i) ?? null, 'named', m.type, m.start, m.end, m.sentence, m.score ?? null);
    });
    for (const r of doc.references ?? []) {
      checkSpan(r, 'reference');
      s.insertMention.run(docPk, entity(r.entity, 'a reference'), r.kind, null, r.start, r.end, r.sentence, null);
    }

    (doc.relations ?? []).forEach((r, i) => {
      const value = (id: string | null, what: string) => {
        if (id === null) return null;
        const v = valueIds.get(id);
        if (v === undefined) throw new Error(`relation ${i} ${what} refers to value "${id}", which the article does not have`);
        return v;
      };
      const dateValue = r.date !== null && valueIds.has(r.date) ? valueIds.get(r.date)! : null;
      const dateIso = dateValue !== null ? (doc.values ?? []).find((v) => v.id === r.date)!.value : r.date;
      if (r.purpose) checkSpan(r.purpose, 'relation purpose');
      if (r.trigger) checkSpan(r.trigger, 'relation trigger');
      s.insertRelation.run(docPk, i, r.type, entity(r.subject, `relation ${i}`), entity(r.object, `relation ${i}`), r.role,
        value(r.amount, 'amount'), dateValue, dateIso === null ? null : String(dateIso), r.purpose?.start ?? null, r.purpose?.end ?? null,
        r.medium, r.confidence, r.sentence, r.trigger?.start ?? null, r.trigger?.end ?? null);
    });

    for (const q of doc.quotes ?? []) {
      for (const sp of [...q.parts, q.speakerMention, q.anonymous, q.cue, q.medium]) if (sp) checkSpan(sp, `quote ${q.id}`);
      if (!q.parts.length) throw new Error(`quote ${q.id} has no text`);
      const qid = Number(s.insertQuote.run(docPk, q.id, q.direct ? 1 : 0, entity(q.speaker, `quote ${q.id} speaker`),
        q.speakerMention?.start ?? null, q.speakerMention?.end ?? null, q.anonymous?.start ?? null, q.anonymous?.end ?? null,
        q.cue?.start ?? null, q.cue?.end ?? null, q.medium?.start ?? null, q.medium?.end ?? null, q.date, q.sentence).lastInsertRowid);
      q.parts.forEach((p, i) => s.insertPart.run(qid, i, p.start, p.end));
      for (const a of q.about) s.insertAbout.run(qid, entity(a, `quote ${q.id} about`));
      for (const st of q.stance) s.insertStance.run(qid, st.target, st.kind);
    }

    return {
      sha: doc.id,
      status: 'new',
      counts: {
        sentences: sentences.length,
        entities: doc.entities?.length ?? 0,
        values: doc.values?.length ?? 0,
        relations: doc.relations?.length ?? 0,
        quotes: doc.quotes?.length ?? 0,
      },
    };
  }

  // ---- reads ----

  private docText = new Map<number, string>();

  /** Document texts are read once per query and sliced for every sentence and span shown. */
  private textOf(doc: number): string {
    let t = this.docText.get(doc);
    if (t === undefined) {
      t = (this.q('SELECT text FROM documents WHERE id = ?').get(doc) as { text: string } | undefined)?.text ?? '';
      if (this.docText.size > 256) this.docText.clear();
      this.docText.set(doc, t);
    }
    return t;
  }

  private docRef(doc: number): DocRef {
    return this.q('SELECT id, sha, title, source, url, published FROM documents WHERE id = ?').get(doc) as DocRef;
  }

  private evidence(doc: number, sentence: number): Evidence {
    const s = this.q('SELECT start, end FROM sentences WHERE doc = ? AND idx = ?').get(doc, sentence) as { start: number; end: number } | undefined;
    const text = this.textOf(doc);
    const span = s ?? { start: 0, end: 0 };
    return { doc: this.docRef(doc), sentence: { index: sentence, start: span.start, end: span.end, text: text.slice(span.start, span.end) } };
  }

  private sliceOf(doc: number, start: unknown, end: unknown): string | null {
    if (typeof start !== 'number' || typeof end !== 'number') return null;
    return this.textOf(doc).slice(start, end);
  }

  private actorRef(id: number | null): ActorRef | null {
    if (id === null) return null;
    return (this.q('SELECT id, type, name FROM entities WHERE id = ?').get(id) as ActorRef | undefined) ?? null;
  }

  private summaries(ids: readonly number[]): ActorSummary[] {
    const counts = this.db.prepare(`
      SELECT COUNT(DISTINCT de.doc) AS documents,
             (SELECT COUNT(*) FROM mentions m JOIN doc_entities d2 ON d2.id = m.doc_entity WHERE d2.entity = @id) AS mentions
      FROM doc_entities de WHERE de.entity = @id`);
    const names = this.db.prepare('SELECT name FROM entity_names WHERE entity = ? ORDER BY name LIMIT 12').pluck();
    const out: ActorSummary[] = [];
    for (const id of ids) {
      const ref = this.actorRef(id);
      if (!ref) continue;
      const c = counts.get({ id }) as { documents: number; mentions: number };
      const aliases = (names.all(id) as string[]).filter((n) => n !== ref.name);
      out.push({ ...ref, documents: c.documents, mentions: c.mentions, aliases });
    }
    return out;
  }

  actor(id: number): ActorSummary | null {
    return this.summaries([id])[0] ?? null;
  }

  actors(query: { type?: EntityType; limit?: number } = {}): ActorSummary[] {
    const ids = this.db.prepare(`
      SELECT e.id FROM entities e JOIN doc_entities de ON de.entity = e.id
      WHERE (@type IS NULL OR e.type = @type)
      GROUP BY e.id ORDER BY COUNT(DISTINCT de.doc) DESC, COUNT(*) DESC, e.name LIMIT @limit`)
      .pluck().all({ type: query.type ?? null, limit: query.limit ?? 50 }) as number[];
    return this.summaries(ids);
  }

  findActors(name: string, type?: EntityType): ActorMatch[] {
    const norm = normalizeName(name);
    if (!norm) return [];
    const rows = this.db.prepare(`
      SELECT DISTINCT e.id, e.name FROM entity_names n JOIN entities e ON e.id = n.entity
      WHERE n.norm = ? AND (? IS NULL OR e.type = ?)`).all(norm, type ?? null, type ?? null) as Array<{ id: number; name: string }>;
    const matches = this.summaries(rows.map((r) => r.id)).map((actor): ActorMatch => ({ actor, by: normalizeName(actor.name) === norm ? 'name' : 'alias' }));
    return matches.sort((a, b) => (a.by === b.by ? b.actor.documents - a.actor.documents : a.by === 'name' ? -1 : 1));
  }

  suggestActors(text: string, limit = 10): ActorSummary[] {
    const norm = normalizeName(text);
    if (!norm) return [];
    const like = `%${norm.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const ids = this.db.prepare(`
      SELECT e.id FROM entities e JOIN doc_entities de ON de.entity = e.id
      WHERE e.id IN (SELECT entity FROM entity_names WHERE norm LIKE ? ESCAPE '\\')
      GROUP BY e.id ORDER BY COUNT(DISTINCT de.doc) DESC, e.name LIMIT ?`).pluck().all(like, limit) as number[];
    return this.summaries(ids);
  }

  private money(valueId: number | null, doc: number): TieView['amount'] {
    if (valueId === null) return null;
    const v = this.db.prepare('SELECT amount, currency, bound, start, end FROM doc_values WHERE id = ?').get(valueId) as
      | { amount: number; currency: string; bound: MoneyBound; start: number; end: number } | undefined;
    if (!v || v.currency === null) return null;
    return { value: v.amount, currency: v.currency, bound: v.bound, text: this.textOf(doc).slice(v.start, v.end) };
  }

  private quoteViews(where: string, ...params: unknown[]): QuoteView[] {
    const rows = this.db.prepare(`
      SELECT q.*, de.entity AS speaker_actor FROM quotes q LEFT JOIN doc_entities de ON de.id = q.speaker
      WHERE ${where} ORDER BY q.doc, q.sentence LIMIT 500`).all(...params) as Row[];
    const parts = this.db.prepare('SELECT start, end FROM quote_parts WHERE quote = ? ORDER BY idx');
    const about = this.db.prepare('SELECT DISTINCT de.entity FROM quote_about a JOIN doc_entities de ON de.id = a.doc_entity WHERE a.quote = ?').pluck();
    return rows.map((q) => {
      const doc = q.doc as number;
      const text = (parts.all(q.id) as Span[]).map((p) => this.textOf(doc).slice(p.start, p.end)).join(FRAGMENT_JOINER);
      return {
        id: q.id as number,
        text,
        direct: q.direct === 1,
        speaker: this.actorRef((q.speaker_actor as number | null) ?? null),
        anonymous: this.sliceOf(doc, q.anonymous_start, q.anonymous_end),
        cue: this.sliceOf(doc, q.cue_start, q.cue_end),
        medium: this.sliceOf(doc, q.medium_start, q.medium_end),
        date: (q.date as string | null) ?? null,
        about: (about.all(q.id) as number[]).map((id) => this.actorRef(id)).filter((a): a is ActorRef => a !== null),
        evidence: this.evidence(doc, q.sentence as number),
      };
    });
  }

  dossier(id: number): ActorDossier | null {
    const actor = this.actor(id);
    if (!actor) return null;
    this.docText.clear();
    const nameRows = this.db.prepare(`
      SELECT de.doc, de.name_start AS start, de.name_end AS end FROM doc_entities de WHERE de.entity = ?
      UNION ALL
      SELECT de.doc, m.start, m.end FROM mentions m JOIN doc_entities de ON de.id = m.doc_entity WHERE de.entity = ? AND m.kind != 'pronoun'
      UNION ALL
      SELECT de.doc, a.start, a.end FROM doc_entity_aliases a JOIN doc_entities de ON de.id = a.doc_entity WHERE de.entity = ?`)
      .all(id, id, id) as Array<{ doc: number; start: number; end: number }>;
    const nameCounts = new Map<string, number>();
    const seen = new Set<string>();
    for (const r of nameRows) {
      // The canonical name span is usually also a named mention: count each place once.
      const at = `${r.doc}:${r.start}:${r.end}`;
      if (seen.has(at)) continue;
      seen.add(at);
      const n = this.textOf(r.doc).slice(r.start, r.end).replace(/\s+/gu, ' ').trim();
      if (n) nameCounts.set(n, (nameCounts.get(n) ?? 0) + 1);
    }
    const names = [...nameCounts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

    const roles: RoleView[] = (this.db.prepare(`
      SELECT r.label, r.sentence, de.doc FROM roles r JOIN doc_entities de ON de.id = r.doc_entity WHERE de.entity = ?
      ORDER BY de.doc, r.sentence LIMIT 200`).all(id) as Array<{ label: string; sentence: number; doc: number }>)
      .map((r) => ({ label: r.label, evidence: this.evidence(r.doc, r.sentence) }));

    const tieRows = this.db.prepare(`
      SELECT r.*, s.entity AS s_actor, o.entity AS o_actor FROM doc_relations r
      JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object
      WHERE s.entity = @id OR o.entity = @id ORDER BY r.type, r.doc, r.sentence LIMIT 1000`).all({ id }) as Row[];
    const ties: TieView[] = tieRows.map((r) => {
      const doc = r.doc as number;
      const out = r.s_actor === id;
      return {
        type: r.type as string,
        direction: out ? 'out' : 'in',
        counterpart: this.actorRef(out ? ((r.o_actor as number | null) ?? null) : (r.s_actor as number)),
        role: (r.role as string | null) ?? null,
        amount: this.money((r.amount as number | null) ?? null, doc),
        date: (r.date as string | null) ?? null,
        medium: (r.medium as string | null) ?? null,
        purpose: this.sliceOf(doc, r.purpose_start, r.purpose_end),
        confidence: r.confidence as number,
        evidence: this.evidence(doc, r.sentence as number),
      };
    });

    const quotesBy = this.quoteViews('de.entity = ?', id);
    const quotesAbout = this.quoteViews('q.id IN (SELECT a.quote FROM quote_about a JOIN doc_entities d ON d.id = a.doc_entity WHERE d.entity = ?)', id);
    const documents = (this.db.prepare(`
      SELECT DISTINCT d.id FROM documents d JOIN doc_entities de ON de.doc = d.id WHERE de.entity = ?
      ORDER BY d.published DESC, d.id LIMIT 200`).pluck().all(id) as number[]).map((d) => this.docRef(d));
    return { actor, names, roles, ties, quotesBy, quotesAbout, documents };
  }

  edges(query: { limit?: number } = {}): EdgeView[] {
    const rows = this.db.prepare(`
      SELECT type, subject, object, sources, first_seen, last_seen FROM edges
      ORDER BY sources DESC, type LIMIT ?`).all(query.limit ?? 50) as Row[];
    const firstEvidence = this.db.prepare(`
      SELECT r.doc, r.sentence FROM doc_relations r JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object
      WHERE r.type = ? AND s.entity = ? AND o.entity IS ? ORDER BY r.confidence DESC LIMIT 1`);
    return rows.map((r) => {
      const ev = firstEvidence.get(r.type, r.subject, r.object) as { doc: number; sentence: number };
      return {
        type: r.type as string,
        subject: this.actorRef(r.subject as number)!,
        object: this.actorRef((r.object as number | null) ?? null),
        sources: r.sources as number,
        firstSeen: (r.first_seen as string | null) ?? null,
        lastSeen: (r.last_seen as string | null) ?? null,
        evidence: this.evidence(ev.doc, ev.sentence),
      };
    });
  }

  quotes(query: { limit?: number } = {}): QuoteView[] {
    return this.quoteViews('1 = 1').slice(0, query.limit ?? 50);
  }

  search(text: string, query: { limit?: number } = {}): SearchResult {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) throw new UsageError(`nothing to search for in "${text}"`, 'give at least one word');
    const limit = query.limit ?? 20;
    // Each word quoted: FTS5 syntax in the user's text (AND, NEAR, *, ") is read as words.
    const match = words.map((w) => `"${w}"`).join(' ');
    const rows = this.db.prepare(`
      SELECT s.doc, s.idx, s.start, s.end FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
      WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT ?`).all(match, limit) as Array<{ doc: number; idx: number; start: number; end: number }>;
    const sentences = rows.map((r) => ({
      doc: this.docRef(r.doc),
      sentence: { index: r.idx, start: r.start, end: r.end, text: this.textOf(r.doc).slice(r.start, r.end) },
    }));
    return { actors: this.suggestActors(text, 10), sentences };
  }

  // ---- the explorer's reader ----

  documentList(query: { limit?: number; offset?: number } = {}): DocRef[] {
    return this.q(`SELECT id, sha, title, source, url, published FROM documents
      ORDER BY published IS NULL, published DESC, id DESC LIMIT ? OFFSET ?`).all(query.limit ?? 50, query.offset ?? 0) as DocRef[];
  }

  actorRefs(ids: readonly number[]): ActorRef[] {
    const out: ActorRef[] = [];
    // Bound parameters in chunks: SQLite caps the number of variables per statement.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      out.push(...(this.db.prepare(`SELECT id, type, name FROM entities WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as ActorRef[]));
    }
    return out;
  }

  annotations(id: number): DocumentAnnotations | null {
    const doc = this.q('SELECT id, sha, title, source, url, published, text FROM documents WHERE id = ?').get(id) as (DocRef & { text: string }) | undefined;
    if (!doc) return null;
    const { text, ...ref } = doc;
    const sentences = this.q('SELECT idx AS "index", start, end FROM sentences WHERE doc = ? ORDER BY idx').all(id) as DocumentAnnotations['sentences'];
    const sentenceAt = (offset: number) => {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid]!.start <= offset) lo = mid;
        else hi = mid - 1;
      }
      return sentences[lo]?.index ?? 0;
    };
    const refs = new Map<number, ActorRef>();
    const ref1 = (actor: number | null): ActorRef | null => {
      if (actor === null) return null;
      if (!refs.has(actor)) {
        const r = this.actorRef(actor);
        if (r) refs.set(actor, r);
      }
      return refs.get(actor) ?? null;
    };
    const spans: AnnotationSpan[] = [];
    const mentionRows = this.q(`
      SELECT m.kind, m.start, m.end, m.sentence, COALESCE(de.type, m.type) AS type, de.entity FROM mentions m
      LEFT JOIN doc_entities de ON de.id = m.doc_entity WHERE m.doc = ?`).all(id) as Array<{ kind: string; start: number; end: number; sentence: number; type: string | null; entity: number | null }>;
    for (const m of mentionRows) {
      spans.push({ kind: 'entity', start: m.start, end: m.end, sentence: m.sentence, label: m.type ?? 'ENTITY', actor: ref1(m.entity), other: null, detail: m.kind });
    }
    const aliasRows = this.q(`
      SELECT a.start, a.end, de.type, de.entity FROM doc_entity_aliases a JOIN doc_entities de ON de.id = a.doc_entity
      WHERE de.doc = ?`).all(id) as Array<{ start: number; end: number; type: string; entity: number }>;
    const seen = new Set(spans.map((s) => `${s.start}:${s.end}`));
    for (const a of aliasRows) {
      if (seen.has(`${a.start}:${a.end}`)) continue;
      spans.push({ kind: 'entity', start: a.start, end: a.end, sentence: sentenceAt(a.start), label: a.type, actor: ref1(a.entity), other: null, detail: 'alias' });
    }
    const valueRows = this.q('SELECT type, start, end, sentence, amount, currency, bound, iso FROM doc_values WHERE doc = ?').all(id) as Array<{
      type: string; start: number; end: number; sentence: number; amount: number | null; currency: string | null; bound: string | null; iso: string | null;
    }>;
    for (const v of valueRows) {
      const detail = v.type === 'DATE' ? v.iso
        : v.type === 'MONEY' ? `${v.currency ?? ''} ${v.amount ?? ''}${v.bound && v.bound !== 'exact' ? ` (${v.bound})` : ''}`.trim()
          : v.amount === null ? null : `${v.amount}%`;
      spans.push({ kind: 'value', start: v.start, end: v.end, sentence: v.sentence, label: v.type, actor: null, other: null, detail });
    }
    const relRows = this.q(`
      SELECT r.type, r.sentence, r.trigger_start, r.trigger_end, s.entity AS s_actor, o.entity AS o_actor FROM doc_relations r
      JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object WHERE r.doc = ? ORDER BY r.idx`).all(id) as Array<{
      type: string; sentence: number; trigger_start: number | null; trigger_end: number | null; s_actor: number; o_actor: number | null;
    }>;
    for (const r of relRows) {
      // A relation without a trigger word is shown on its whole evidence sentence.
      const sent = sentences.find((x) => x.index === r.sentence);
      const start = r.trigger_start ?? sent?.start ?? 0;
      const end = r.trigger_end ?? sent?.end ?? 0;
      spans.push({ kind: 'relation', start, end, sentence: r.sentence, label: r.type, actor: ref1(r.s_actor), other: ref1(r.o_actor), detail: r.trigger_start === null ? 'sentence' : 'trigger' });
    }
    const quoteRows = this.q(`
      SELECT q.id, q.direct, q.sentence, de.entity, q.anonymous_start, q.anonymous_end FROM quotes q
      LEFT JOIN doc_entities de ON de.id = q.speaker WHERE q.doc = ?`).all(id) as Array<{
      id: number; direct: number; sentence: number; entity: number | null; anonymous_start: number | null; anonymous_end: number | null;
    }>;
    const parts = this.q('SELECT start, end FROM quote_parts WHERE quote = ? ORDER BY idx');
    for (const q of quoteRows) {
      const anonymous = q.anonymous_start === null || q.anonymous_end === null ? null : text.slice(q.anonymous_start, q.anonymous_end);
      for (const p of parts.all(q.id) as Span[]) {
        spans.push({ kind: 'quote', start: p.start, end: p.end, sentence: q.sentence, label: q.direct ? 'direct' : 'reported', actor: ref1(q.entity), other: null, detail: anonymous });
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    return { doc: ref, text, sentences, spans };
  }

  stats(): StoreStats {
    const one = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    const grouped = (sql: string) =>
      Object.fromEntries((this.db.prepare(sql).all() as Array<{ k: string; n: number }>).map((r) => [r.k, r.n]));
    let bytes = 0;
    for (const f of [this.path, `${this.path}-wal`]) {
      try {
        bytes += statSync(f).size;
      } catch {
        // No WAL file when no write is pending.
      }
    }
    const range = this.db.prepare('SELECT MIN(published) AS a, MAX(published) AS b FROM documents').get() as { a: string | null; b: string | null };
    return {
      path: this.path,
      bytes,
      documents: one('SELECT COUNT(*) FROM documents'),
      sentences: one('SELECT COUNT(*) FROM sentences'),
      actors: one('SELECT COUNT(*) FROM entities'),
      actorsByType: grouped('SELECT type AS k, COUNT(*) AS n FROM entities GROUP BY type ORDER BY n DESC'),
      entityMentions: one('SELECT COUNT(*) FROM mentions'),
      values: one('SELECT COUNT(*) FROM doc_values'),
      relations: one('SELECT COUNT(*) FROM doc_relations'),
      relationsByType: grouped('SELECT type AS k, COUNT(*) AS n FROM doc_relations GROUP BY type ORDER BY n DESC'),
      edges: one('SELECT COUNT(*) FROM edges'),
      quotes: one('SELECT COUNT(*) FROM quotes'),
      firstPublished: range.a,
      lastPublished: range.b,
    };
  }

  /** Checks that the file is sound and every stored article is whole; for tests and recovery checks. */
  check(): { integrity: string; documents: number; partialDocuments: number; ftsRows: number; sentences: number } {
    const integrity = this.db.pragma('integrity_check', { simple: true }) as string;
    const partialDocuments = this.db.prepare(`
      SELECT COUNT(*) FROM documents d WHERE d.sentence_count != (SELECT COUNT(*) FROM sentences s WHERE s.doc = d.id)`).pluck().get() as number;
    const sentences = this.db.prepare('SELECT COUNT(*) FROM sentences').pluck().get() as number;
    const ftsRows = this.db.prepare('SELECT COUNT(*) FROM sentences_fts').pluck().get() as number;
    const documents = this.db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
    return { integrity, documents, partialDocuments, ftsRows, sentences };
  }
}

export function openStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}
