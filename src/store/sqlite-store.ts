// The Store on SQLite (better-sqlite3): WAL so readers never block the writer, a busy timeout so
// two ingest processes take turns, one write transaction per batch with a SAVEPOINT per article so
// an article is stored whole or not at all, and numbered migrations recorded in schema_migrations.
// (docs/decisions/0002-sqlite-layout.md, 0003-write-batching.md)

import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { NotFoundError, StoreError, UsageError } from '../errors.js';
import type { ActorLinker } from '../graph/link-actors.js';
import { canonicalKey, isSingleWord, lookupKeys } from '../graph/actor-keys.js';
import { resolveActors, type ActorIndex, type LocalEntity } from '../graph/resolve-actors.js';
import { buildTimeline } from '../graph/timeline.js';
import { normalizeName } from '../graph/names.js';
import { SYMMETRIC_RELATIONS, layersOf, type Doc, type EntityType, type Layer, type MoneyBound, type Span } from '../nlp/doc.js';
import { FRAGMENT_JOINER } from '../nlp/serialize.js';
import { MIGRATIONS } from './migrations/index.js';
import { SqliteExport } from './sqlite-export.js';
import type {
  ActorDossier, ActorLinkView, ActorMatch, ActorRef, ActorSummary, AnnotationSpan, CorrectionKind, CorrectionView, DatedEdge, DisputeTarget, DisputeView, DocRef, DocumentAnnotations, EdgeView, Evidence, ExportFilter, ExportSource, GraphEdge, QuoteQuery, QuoteView, RoleView, SearchResult, Store, StoreInput, StoreStats, StoredArticle, Tie, TieQuery, TieSource, TieView, TimelineEntry, WriteOutcome,
} from './store.js';

/** Articles written before the resolver's co-occurrence cache is read afresh (see cooccurrenceCache). */
const COOCCURRENCE_ARTICLES = 512;

// The layers a document's row lists as made (chunks, which no stored fact comes from, are not listed).
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

/** A name an actor can be found by: capitalised ("Acme", "U.S."), not a description ("the company"). */
function isProperName(text: string): boolean {
  return /^(?:the\s+)?[\p{Lu}\p{N}]/u.test(text.trim());
}

const squash = (t: string) => t.replace(/\s+/gu, ' ').trim().toLowerCase();

/** What a relation says, independent of row ids: kept by `reject` so that a re-extraction stays rejected. */
function relationFingerprint(type: string, subject: string, object: string, sentence: string): string {
  return `relation|${type}|${normalizeName(subject)}|${normalizeName(object)}|${squash(sentence)}`;
}

function quoteFingerprint(speaker: string, text: string): string {
  return `quote|${normalizeName(speaker)}|${squash(text)}`;
}

const SYMMETRIC_SQL = [...SYMMETRIC_RELATIONS].map((t) => `'${t}'`).join(', ');
/** The ends of a relation's tie in actor_ties: symmetric ties under (lower id, higher id); no object is 0. */
const TIE_A = `CASE WHEN r.type IN (${SYMMETRIC_SQL}) AND r.object_actor < r.subject_actor THEN r.object_actor ELSE r.subject_actor END`;
const TIE_B = `CASE WHEN r.type IN (${SYMMETRIC_SQL}) AND r.object_actor < r.subject_actor THEN r.subject_actor ELSE IFNULL(r.object_actor, 0) END`;

interface TieKey { a: number; b: number; type: string }

const DOC_TEXT_CACHE_CHARS = 8_000_000;
/** Search ranks at most this many matching sentences, the most recently stored. */
const SEARCH_RANKED = 5000;

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
  /** The old same-name linker, when a caller asks for it; otherwise cross-article resolution (src/graph). */
  private readonly linker: ActorLinker | null;
  private readonly stmts: ReturnType<SqliteStore['prepareWrites']> | null;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.path = path;
    this.linker = options.linker ?? null;
    try {
      this.db = new Database(path, { fileMustExist: options.mustExist ?? false, readonly: options.readonly ?? false });
      this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 60_000}`);
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
      }
      this.db.pragma('foreign_keys = ON');
      // Reads of a large graph hop between pages all over the file: a 32 MB page cache (SQLite's
      // default is 2 MB) keeps an answer's pages for the next one. Mapping the file was tried: no
      // faster once reads were bounded, and 170 MB more peak memory in ingest (decision 0066).
      this.db.pragma('cache_size = -32768');
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
                           purpose_end, medium, confidence, sentence, trigger_start, trigger_end, subject_actor, object_actor, published)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: p(`INSERT INTO quotes (doc, local_id, direct, speaker, speaker_start, speaker_end, anonymous_start, anonymous_end,
                        cue_start, cue_end, medium_start, medium_end, date, sentence)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertPart: p('INSERT INTO quote_parts (quote, idx, start, end) VALUES (?, ?, ?, ?)'),
      insertAbout: p('INSERT OR IGNORE INTO quote_about (quote, doc_entity) VALUES (?, ?)'),
      insertStance: p('INSERT INTO quote_stance (quote, target, kind) VALUES (?, ?, ?)'),
      insertLink: p('INSERT INTO entity_links (doc_entity, rule, detail) VALUES (?, ?, ?)'),
      insertKey: p('INSERT OR IGNORE INTO actor_keys (type, kind, key, entity) VALUES (?, ?, ?, ?)'),
      isRejected: p('SELECT 1 FROM rejections WHERE doc_sha = ? AND fingerprint = ?').pluck(),
      rejectRelation: p('UPDATE doc_relations SET rejected = 1 WHERE id = ?'),
      rejectQuote: p('UPDATE quotes SET rejected = 1 WHERE id = ?'),
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
    this.localWrites++;
    const s = this.stmts;
    if (!s) throw new StoreError('STORE_WRITE', `${this.path}: opened read-only`);
    const outcomes: WriteOutcome[] = [];
    const batch = this.db.transaction(() => {
      this.batchIndex = this.actorIndex(this.cooccurrence());
      for (const { doc, origin, layers } of inputs) {
        this.db.exec('SAVEPOINT article');
        try {
          const outcome = this.writeOne(doc, origin, s, undefined, layers);
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
      this.batchIndex = null;
      throw new StoreError('STORE_WRITE', `${this.path}: could not write (${(e as Error).message})`, 'is another process holding the database for long?', e);
    }
    this.batchIndex = null;
    this.cooccurrenceArticles += inputs.length;
    return outcomes;
  }

  private writeOne(doc: Doc, origin: string | null, s: NonNullable<SqliteStore['stmts']>, replacing?: number, made: readonly Layer[] = layersOf(doc)): WriteOutcome {
    const text = doc.text;
    const slice = (sp: Span) => text.slice(sp.start, sp.end);
    const checkSpan = (sp: Span, what: string) => {
      if (!(Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.end <= text.length && sp.start <= sp.end)) {
        throw new Error(`${what} span ${sp.start}-${sp.end} is outside the text (length ${text.length})`);
      }
    };
    const sentences = doc.sentences ?? [];
    const layers = LAYERS.filter((l) => made.includes(l)).join(',');
    if (replacing !== undefined) {
      this.q('UPDATE documents SET layers = ?, sentence_count = ?, ingested_at = ? WHERE id = ?').run(layers, sentences.length, new Date().toISOString(), replacing);
    }
    const info = replacing !== undefined ? { changes: 1, lastInsertRowid: replacing } : s.insertDoc.run({
      sha: doc.id,
      source: doc.meta.source,
      origin: origin ?? doc.meta.source,
      url: doc.meta.url,
      title: doc.meta.title,
      published: doc.meta.published,
      text,
      layers,
      sentenceCount: sentences.length,
      at: new Date().toISOString(),
    });
    if (info.changes === 0) return { sha: doc.id, status: 'unchanged' };
    const docPk = Number(info.lastInsertRowid);
    // A replaced article keeps its stored date; relations carry it (migration 0006).
    const published = replacing !== undefined ? (this.q('SELECT published FROM documents WHERE id = ?').pluck().get(replacing) as string | null) : doc.meta.published;

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
    const actorIds = new Map<string, number>();
    const mentionEntity = new Map<number, number>();
    const docEntities = doc.entities ?? [];
    const locals: LocalEntity[] = docEntities.map((e) => {
      checkSpan(e.name, `entity ${e.id} name`);
      const named = e.mentions.map((i) => mentions[i]).filter((m) => m !== undefined).map(slice);
      // Descriptions ("the company") are aliases in the article but no name to find an actor by.
      const proper = [...named, ...e.aliases.map(slice)].filter(isProperName);
      return { localId: e.id, type: e.type, name: slice(e.name), names: [...new Set(proper)] };
    });
    const decisions = this.linker ? null : resolveActors(locals, this.batchIndex ?? this.actorIndex());
    docEntities.forEach((e, k) => {
      const local = locals[k]!;
      const name = local.name;
      let actor: number;
      let rule: string;
      let detail: string | null;
      if (decisions) {
        const d = decisions[k]!;
        actor = d.entity ?? this.newActor(e.type, name);
        rule = d.rule;
        detail = d.detail;
        if (d.rule === 'surname' && !isSingleWord(canonicalKey(name))) this.upgradeName(actor, name);
      } else {
        const key = this.linker!.keyOf({ type: e.type, name, aliases: local.names });
        const found = s.findActor.get(key.type, key.key) as number | undefined;
        actor = found ?? Number(s.insertActor.run(key.type, key.key, key.name).lastInsertRowid);
        rule = found === undefined ? 'new' : 'same-name';
        detail = this.linker!.name;
      }
      this.addNames(actor, e.type, [name, ...local.names]);
      const de = Number(s.insertDocEntity.run(docPk, e.id, e.type, e.name.start, e.name.end, actor).lastInsertRowid);
      s.insertLink.run(de, rule, detail);
      entityIds.set(e.id, de);
      actorIds.set(e.id, actor);
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
    });
    const nameOf = new Map(locals.map((l) => [l.localId, l.name]));
    const sentenceText = (i: number) => (sentences[i] ? slice(sentences[i]!) : '');
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
      const rid = s.insertRelation.run(docPk, i, r.type, entity(r.subject, `relation ${i}`), entity(r.object, `relation ${i}`), r.role,
        value(r.amount, 'amount'), dateValue, dateIso === null ? null : String(dateIso), r.purpose?.start ?? null, r.purpose?.end ?? null,
        r.medium, r.confidence, r.sentence, r.trigger?.start ?? null, r.trigger?.end ?? null,
        actorIds.get(r.subject) ?? null, r.object === null ? null : actorIds.get(r.object) ?? null, published).lastInsertRowid;
      const fp = relationFingerprint(r.type, nameOf.get(r.subject) ?? '', r.object ? nameOf.get(r.object) ?? '' : '', sentenceText(r.sentence));
      if (s.isRejected.get(doc.id, fp)) s.rejectRelation.run(rid);
    });

    this.addDocTies(docPk);

    for (const q of doc.quotes ?? []) {
      for (const sp of [...q.parts, q.speakerMention, q.anonymous, q.cue, q.medium]) if (sp) checkSpan(sp, `quote ${q.id}`);
      if (!q.parts.length) throw new Error(`quote ${q.id} has no text`);
      const qid = Number(s.insertQuote.run(docPk, q.id, q.direct ? 1 : 0, entity(q.speaker, `quote ${q.id} speaker`),
        q.speakerMention?.start ?? null, q.speakerMention?.end ?? null, q.anonymous?.start ?? null, q.anonymous?.end ?? null,
        q.cue?.start ?? null, q.cue?.end ?? null, q.medium?.start ?? null, q.medium?.end ?? null, q.date, q.sentence).lastInsertRowid);
      q.parts.forEach((p, i) => s.insertPart.run(qid, i, p.start, p.end));
      const fp = quoteFingerprint(q.speaker ? nameOf.get(q.speaker) ?? '' : '', q.parts.map(slice).join(FRAGMENT_JOINER));
      if (s.isRejected.get(doc.id, fp)) s.rejectQuote.run(qid);
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

  // ---- actor_ties: one row per tie, kept in step with the relations (migration 0004, decision 0065) ----

  /** A new article's ties added to the summary: exact, as an article is written once. */
  private addDocTies(doc: number): void {
    this.q(`
      INSERT INTO actor_ties (a, b, type, n, docs, first, last)
      SELECT ${TIE_A}, ${TIE_B}, r.type, COUNT(*), 1, MIN(r.published), MAX(r.published)
      FROM doc_relations r WHERE r.doc = ? AND r.rejected = 0
      GROUP BY 1, 2, 3
      ON CONFLICT (a, b, type) DO UPDATE SET n = n + excluded.n, docs = docs + 1,
        first = CASE WHEN first IS NULL OR excluded.first < first THEN IFNULL(excluded.first, first) ELSE first END,
        last = CASE WHEN last IS NULL OR excluded.last > last THEN IFNULL(excluded.last, last) ELSE last END`).run(doc);
  }

  /** The ties (as summary keys) that some relations are part of. */
  private tieKeys(where: string, ...params: unknown[]): TieKey[] {
    return this.q(`SELECT DISTINCT ${TIE_A} AS a, ${TIE_B} AS b, r.type FROM doc_relations r WHERE ${where}`).all(...params) as TieKey[];
  }

  /** The summary rows of an actor, as keys. */
  private tieKeysOfActor(id: number): TieKey[] {
    return this.q('SELECT a, b, type FROM actor_ties WHERE a = @id UNION SELECT a, b, type FROM actor_ties WHERE b = @id').all({ id }) as TieKey[];
  }

  /** Recounts some ties from their relations (one index read each): after reject, merge, split, reprocess. */
  private refreshTies(keys: Iterable<TieKey>): void {
    const del = this.q('DELETE FROM actor_ties WHERE a = ? AND b = ? AND type = ?');
    const ins = this.q(`
      INSERT INTO actor_ties (a, b, type, n, docs, first, last)
      SELECT @a, @b, @type, COUNT(*), COUNT(DISTINCT doc), MIN(published), MAX(published) FROM (
        SELECT r.doc, r.published FROM doc_relations r
        WHERE r.subject_actor = @a AND r.object_actor IS (CASE WHEN @b = 0 THEN NULL ELSE @b END) AND r.type = @type AND r.rejected = 0
        UNION ALL
        SELECT r.doc, r.published FROM doc_relations r
        WHERE @sym = 1 AND @a != @b AND r.subject_actor = @b AND r.object_actor = @a AND r.type = @type AND r.rejected = 0)
      HAVING COUNT(*) > 0`);
    const seen = new Set<string>();
    for (const k of keys) {
      const id = `${k.a}|${k.b}|${k.type}`;
      if (seen.has(id)) continue;
      seen.add(id);
      del.run(k.a, k.b, k.type);
      ins.run({ a: k.a, b: k.b, type: k.type, sym: SYMMETRIC_RELATIONS.has(k.type as never) ? 1 : 0 });
    }
  }

  // ---- reads ----

  private docText = new Map<number, string>();
  private docTextChars = 0;

  /**
   * Document texts (never changed once stored) are read once and sliced for every sentence and span
   * shown. Kept up to 8 million characters (about 16 MB), the least recently used going first: one
   * `show` of a busy actor slices some 600 articles, and the next show or page of it reuses them.
   */
  private textOf(doc: number): string {
    let t = this.docText.get(doc);
    if (t === undefined) {
      t = (this.q('SELECT text FROM documents WHERE id = ?').get(doc) as { text: string } | undefined)?.text ?? '';
      this.docTextChars += t.length;
      for (const [k, v] of this.docText) {
        if (this.docTextChars <= DOC_TEXT_CACHE_CHARS) break;
        this.docText.delete(k);
        this.docTextChars -= v.length;
      }
    } else this.docText.delete(doc);
    // Map order is insertion order: re-inserting marks it as the most recently used.
    this.docText.set(doc, t);
    return t;
  }

  private docRefs = new Map<number, DocRef>();

  private docRef(doc: number): DocRef {
    let r = this.docRefs.get(doc);
    if (!r) {
      r = this.q('SELECT id, sha, title, source, url, published FROM documents WHERE id = ?').get(doc) as DocRef;
      if (this.docRefs.size > 4096) this.docRefs.clear();
      this.docRefs.set(doc, r);
    }
    return r;
  }

  private evidence(doc: number, sentence: number, known?: { start: number; end: number }): Evidence {
    const s = known ?? this.q('SELECT start, end FROM sentences WHERE doc = ? AND idx = ?').get(doc, sentence) as { start: number; end: number } | undefined;
    const text = this.textOf(doc);
    const span = s ?? { start: 0, end: 0 };
    return { doc: this.docRef(doc), sentence: { index: sentence, start: span.start, end: span.end, text: text.slice(span.start, span.end) } };
  }

  private sliceOf(doc: number, start: unknown, end: unknown): string | null {
    if (typeof start !== 'number' || typeof end !== 'number') return null;
    return this.textOf(doc).slice(start, end);
  }

  /** Actor refs met while building one answer; cleared at the start of each (a rename must show). */
  private actorRefs = new Map<number, ActorRef | null>();

  private actorRef(id: number | null): ActorRef | null {
    if (id === null) return null;
    let r = this.actorRefs.get(id);
    if (r === undefined) {
      r = (this.q('SELECT id, type, name FROM entities WHERE id = ?').get(id) as ActorRef | undefined) ?? null;
      this.actorRefs.set(id, r);
    }
    return r;
  }

  private countsSeen = new Map<number, { version: string; documents: number; mentions: number }>();
  /** Bumped by every write through this connection; data_version tells of commits by others. */
  private localWrites = 0;

  private dataVersion(): string {
    return `${this.localWrites}:${this.db.pragma('data_version', { simple: true }) as number}`;
  }

  private summaries(ids: readonly number[]): ActorSummary[] {
    this.actorRefs.clear();
    const counts = this.q(`
      SELECT COUNT(DISTINCT de.doc) AS documents,
             (SELECT COUNT(*) FROM mentions m JOIN doc_entities d2 ON d2.id = m.doc_entity WHERE d2.entity = @id) AS mentions
      FROM doc_entities de WHERE de.entity = @id`);
    const names = this.q('SELECT DISTINCT name FROM entity_names WHERE entity = ? ORDER BY name LIMIT 12').pluck();
    const out: ActorSummary[] = [];
    const version = this.dataVersion();
    for (const id of ids) {
      const ref = this.actorRef(id);
      if (!ref) continue;
      // Counting the mentions of an actor in thousands of articles costs milliseconds, and one
      // answer asks for the same actor more than once (resolve, then the dossier): kept until any write.
      let c = this.countsSeen.get(id);
      if (!c || c.version !== version) {
        c = { version, ...(counts.get({ id }) as { documents: number; mentions: number }) };
        if (this.countsSeen.size > 1000) this.countsSeen.clear();
        this.countsSeen.set(id, c);
      }
      const aliases = (names.all(id) as string[]).filter((n) => n !== ref.name);
      out.push({ ...ref, documents: c.documents, mentions: c.mentions, aliases });
    }
    return out;
  }

  actor(id: number): ActorSummary | null {
    return this.summaries([id])[0] ?? null;
  }

  actors(query: { type?: EntityType; limit?: number } = {}): ActorSummary[] {
    const ids = this.q(`
      SELECT e.id FROM entities e JOIN doc_entities de ON de.entity = e.id
      WHERE (@type IS NULL OR e.type = @type)
      GROUP BY e.id ORDER BY COUNT(DISTINCT de.doc) DESC, COUNT(*) DESC, e.name LIMIT @limit`)
      .pluck().all({ type: query.type ?? null, limit: query.limit ?? 50 }) as number[];
    return this.summaries(ids);
  }

  findActors(name: string, type?: EntityType): ActorMatch[] {
    const norm = normalizeName(name);
    if (!norm) return [];
    const canon = canonicalKey(name);
    const rows = this.q(`
      SELECT DISTINCT e.id, e.name FROM entity_names n JOIN entities e ON e.id = n.entity
      WHERE n.norm IN (?, ?) AND (? IS NULL OR e.type = ?)`).all(norm, canon, type ?? null, type ?? null) as Array<{ id: number; name: string }>;
    const isName = (a: ActorSummary) => normalizeName(a.name) === norm || canonicalKey(a.name) === canon;
    const matches = this.summaries(rows.map((r) => r.id)).map((actor): ActorMatch => ({ actor, by: isName(actor) ? 'name' : 'alias' }));
    return matches.sort((a, b) => (a.by === b.by ? b.actor.documents - a.actor.documents : a.by === 'name' ? -1 : 1));
  }

  suggestActors(text: string, limit = 10): ActorSummary[] {
    const norm = normalizeName(text);
    if (!norm) return [];
    const like = `%${norm.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const ids = this.q(`
      SELECT e.id FROM entities e JOIN doc_entities de ON de.entity = e.id
      WHERE e.id IN (SELECT entity FROM entity_names WHERE norm LIKE ? ESCAPE '\\')
      GROUP BY e.id ORDER BY COUNT(DISTINCT de.doc) DESC, e.name LIMIT ?`).pluck().all(like, limit) as number[];
    return this.summaries(ids);
  }

  private money(valueId: number | null, doc: number): TieView['amount'] {
    if (valueId === null) return null;
    const v = this.q('SELECT amount, currency, bound, start, end FROM doc_values WHERE id = ?').get(valueId) as
      | { amount: number; currency: string; bound: MoneyBound; start: number; end: number } | undefined;
    if (!v || v.currency === null) return null;
    return { value: v.amount, currency: v.currency, bound: v.bound, text: this.textOf(doc).slice(v.start, v.end) };
  }

  private quoteViews(where: string, ...params: unknown[]): QuoteView[] {
    return this.quoteViewsLimited(500, where, ...params);
  }

  private quoteViewsLimited(limit: number, where: string, ...params: unknown[]): QuoteView[] {
    const rows = this.q(`
      SELECT q.*, de.entity AS speaker_actor FROM quotes q LEFT JOIN doc_entities de ON de.id = q.speaker
      WHERE q.rejected = 0 AND (${where}) ORDER BY q.doc, q.sentence, q.id LIMIT ${Math.max(1, Math.floor(limit))}`).all(...params) as Row[];
    const parts = this.q('SELECT start, end FROM quote_parts WHERE quote = ? ORDER BY idx');
    const about = this.q('SELECT DISTINCT de.entity FROM quote_about a JOIN doc_entities de ON de.id = a.doc_entity WHERE a.quote = ?').pluck();
    return rows.map((q) => {
      const doc = q.doc as number;
      const text = (parts.all(q.id) as Span[]).map((p) => this.textOf(doc).slice(p.start, p.end)).join(FRAGMENT_JOINER);
      return {
        id: q.id as number,
        factId: `q${q.id as number}`,
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

  dossier(id: number, options: { ties?: number; quotes?: number } = {}): ActorDossier | null {
    const actor = this.actor(id);
    if (!actor) return null;
    this.actorRefs.clear();
    // (CROSS JOIN keeps SQLite starting from the actor's few entities, not from every mention.)
    // Names are counted in the actor's 200 latest articles: an actor in thousands of articles would
    // otherwise cost a read of every one of them.
    const nameRows = this.q(`
      WITH des AS (SELECT id, doc, name_start, name_end FROM doc_entities WHERE entity = @id ORDER BY doc DESC LIMIT 200)
      SELECT de.doc, de.name_start AS start, de.name_end AS end FROM des de
      UNION ALL
      SELECT de.doc, m.start, m.end FROM des de CROSS JOIN mentions m ON m.doc_entity = de.id WHERE m.kind != 'pronoun'
      UNION ALL
      SELECT de.doc, a.start, a.end FROM des de CROSS JOIN doc_entity_aliases a ON a.doc_entity = de.id`)
      .all({ id }) as Array<{ doc: number; start: number; end: number }>;
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

    const roles: RoleView[] = (this.q(`
      SELECT r.label, r.sentence, de.doc FROM roles r JOIN doc_entities de ON de.id = r.doc_entity WHERE de.entity = ?
      ORDER BY de.doc, r.sentence LIMIT 100`).all(id) as Array<{ label: string; sentence: number; doc: number }>)
      .map((r) => ({ label: r.label, evidence: this.evidence(r.doc, r.sentence) }));

    // Subject side and object side each by index; an OR across the two joins would scan every relation.
    const tieRows = this.q(`
      SELECT r.*, s.entity AS s_actor, o.entity AS o_actor FROM doc_relations r
      JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object
      WHERE r.rejected = 0 AND r.id IN (
        SELECT id FROM doc_relations WHERE subject IN (SELECT id FROM doc_entities WHERE entity = @id)
        UNION SELECT id FROM doc_relations WHERE object IN (SELECT id FROM doc_entities WHERE entity = @id))
      ORDER BY r.type, r.doc, r.sentence LIMIT @limit`).all({ id, limit: options.ties ?? 300 }) as Row[];
    const ties: TieView[] = tieRows.map((r) => {
      const out = r.s_actor === id;
      const { factId, ...source } = this.tieSource(r);
      return {
        factId,
        type: r.type as string,
        direction: out ? 'out' : 'in',
        counterpart: this.actorRef(out ? ((r.o_actor as number | null) ?? null) : (r.s_actor as number)),
        ...source,
      };
    });

    // The first quotes by and about the actor in article order, read from its entities in article
    // order (index on entity, doc) and stopped at the limit, then built into views.
    const firstQuotes = (sql: string): QuoteView[] => {
      const limit = options.quotes ?? 100;
      const ids = new Set<number>();
      for (const q of this.q(sql).pluck().iterate(id) as IterableIterator<number>) {
        ids.add(q);
        if (ids.size >= limit) break;
      }
      return this.quoteViewsLimited(limit, 'q.id IN (SELECT value FROM json_each(?))', JSON.stringify([...ids]));
    };
    const quotesBy = firstQuotes(`SELECT q.id FROM doc_entities d CROSS JOIN quotes q ON q.speaker = d.id
      WHERE d.entity = ? AND q.rejected = 0 ORDER BY d.doc, q.sentence, q.id`);
    const quotesAbout = firstQuotes(`SELECT q.id FROM doc_entities d CROSS JOIN quote_about a ON a.doc_entity = d.id JOIN quotes q ON q.id = a.quote
      WHERE d.entity = ? AND q.rejected = 0 ORDER BY d.doc, q.sentence, q.id`);
    // An actor in many articles: walk the articles newest first and stop at 200; else sort its own.
    const documents = (this.q(actor.documents > 1000 ? `
      SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM doc_entities de WHERE de.doc = d.id AND de.entity = ?)
      ORDER BY d.published DESC, d.id LIMIT 200` : `
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
    // Ranking scores every match: a word in 60,000 sentences costs ~60 ms. Past SEARCH_RANKED
    // matches only the most recently stored ones are ranked (decision 0067); the rest are older
    // sentences saying the same words.
    const from = (this.q(`SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${SEARCH_RANKED - 1}`)
      .pluck().get(match) as number | undefined) ?? 0;
    const rows = this.q(`
      SELECT s.doc, s.idx, s.start, s.end FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
      WHERE sentences_fts MATCH ? AND f.rowid >= ? ORDER BY bm25(sentences_fts) LIMIT ?`).all(match, from, limit) as Array<{ doc: number; idx: number; start: number; end: number }>;
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

  actorRefsByIds(ids: readonly number[]): ActorRef[] {
    const out: ActorRef[] = [];
    // Bound parameters in chunks: SQLite caps the number of variables per statement.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      out.push(...(this.db.prepare(`SELECT id, type, name FROM entities WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as ActorRef[]));
    }
    return out;
  }

  datedEdges(around: readonly number[]): DatedEdge[] {
    const out: DatedEdge[] = [];
    for (let i = 0; i < around.length; i += 500) {
      const ids = JSON.stringify(around.slice(i, i + 500));
      out.push(...(this.q(`
        SELECT r.type, s.entity AS subject, o.entity AS object, COUNT(*) AS count,
               MIN(d.published) AS firstSeen, MAX(d.published) AS lastSeen
        FROM doc_relations r JOIN doc_entities s ON s.id = r.subject JOIN doc_entities o ON o.id = r.object
        JOIN documents d ON d.id = r.doc
        WHERE r.rejected = 0 AND r.id IN (
          SELECT id FROM doc_relations WHERE subject IN (SELECT id FROM doc_entities WHERE entity IN (SELECT value FROM json_each(@ids)))
          UNION SELECT id FROM doc_relations WHERE object IN (SELECT id FROM doc_entities WHERE entity IN (SELECT value FROM json_each(@ids))))
        GROUP BY r.type, s.entity, o.entity`).all({ ids }) as DatedEdge[]));
    }
    if (around.length <= 500) return out;
    // Chunks overlap where an edge joins two chunks: keep one of each.
    const seen = new Set<string>();
    return out.filter((e) => {
      const k = `${e.type}:${e.subject}:${e.object}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
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
      JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object WHERE r.doc = ? AND r.rejected = 0 ORDER BY r.idx`).all(id) as Array<{
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
      LEFT JOIN doc_entities de ON de.id = q.speaker WHERE q.doc = ? AND q.rejected = 0`).all(id) as Array<{
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

  /** One export at a time per store: its selection lives in TEMP tables of this connection. */
  exportGraph(filter: ExportFilter = {}): ExportSource {
    return new SqliteExport(this.db, filter);
  }

  // ---- cross-article resolution (src/graph/resolve-actors.ts decides; this keeps its index) ----

  /** The resolver's index for one write batch. */
  private batchIndex: ActorIndex | null = null;

  /**
   * Who appears with whom, per candidate, kept over several write batches: it barely moves within
   * a few hundred articles, popular candidates come up in most of them, and reading it was the
   * largest part of writing an article into a large database. Any other change drops it.
   */
  private cooccurrenceCache = new Map<number, ReadonlySet<number>>();
  private cooccurrenceArticles = 0;

  private cooccurrence(): Map<number, ReadonlySet<number>> {
    if (this.cooccurrenceArticles >= COOCCURRENCE_ARTICLES) this.dropCooccurrence();
    return this.cooccurrenceCache;
  }

  private dropCooccurrence(): void {
    this.cooccurrenceCache = new Map();
    this.cooccurrenceArticles = 0;
  }

  private actorIndex(co = new Map<number, ReadonlySet<number>>()): ActorIndex {
    return {
      pinned: (type, key) => this.q('SELECT entity FROM name_pins WHERE type = ? AND norm = ?').pluck().get(type, key) as number | undefined,
      byName: (type, key) => this.q(`SELECT DISTINCT n.entity FROM entity_names n JOIN entities e ON e.id = n.entity WHERE n.norm = ? AND e.type = ?`)
        .pluck().all(key, type) as number[],
      byKey: (type, kind, key) => this.q('SELECT entity FROM actor_keys WHERE type = ? AND kind = ? AND key = ?').pluck().all(type, kind, key) as number[],
      mostSeen: (ids, n) => this.q(`SELECT entity FROM doc_entities WHERE entity IN (SELECT value FROM json_each(?))
        GROUP BY entity ORDER BY COUNT(*) DESC, entity LIMIT ?`).pluck().all(JSON.stringify(ids), n) as number[],
      displayKey: (id) => canonicalKey((this.q('SELECT name FROM entities WHERE id = ?').pluck().get(id) as string | undefined) ?? ''),
      cooccurring: (id) => {
        let m = co.get(id);
        if (!m) {
          // From the candidate's latest articles (index on entity, doc) to the actors in them, read
          // off the (doc, entity) index alone: the article-level type stands for the actor's (an
          // actor keeps the type it was made with), so no actor row is read.
          const ids = this.q(`
            WITH docs AS (SELECT doc FROM doc_entities WHERE entity = ? ORDER BY doc DESC LIMIT 60)
            SELECT b.entity FROM docs CROSS JOIN doc_entities b ON b.doc = docs.doc
            WHERE b.entity != ? AND b.type IN ('PERSON', 'ORG', 'PRODUCT')`).pluck().all(id, id) as number[];
          m = new Set(ids);
          co.set(id, m);
        }
        return m;
      },
    };
  }

  /** A new actor; its key is its canonical name, numbered when another actor of the type has it. */
  private newActor(type: EntityType, name: string): number {
    const base = canonicalKey(name) || name;
    let key = base;
    for (let n = 2; this.q('SELECT 1 FROM entities WHERE type = ? AND key = ?').get(type, key); n++) key = `${base}#${n}`;
    return Number(this.q('INSERT INTO entities (type, key, name) VALUES (?, ?, ?)').run(type, key, name.replace(/\s+/gu, ' ').trim()).lastInsertRowid);
  }

  /** An actor first known by a bare surname takes the full name, unless a person renamed it. */
  private upgradeName(id: number, name: string): void {
    const current = this.q('SELECT name FROM entities WHERE id = ?').pluck().get(id) as string;
    if (!isSingleWord(canonicalKey(current))) return;
    if (this.q("SELECT 1 FROM corrections WHERE kind = 'rename' AND entity = ?").get(id)) return;
    this.q('UPDATE entities SET name = ? WHERE id = ?').run(name.replace(/\s+/gu, ' ').trim(), id);
  }

  private addNames(id: number, type: EntityType, names: readonly string[]): void {
    const s = this.stmts!;
    for (const n of names) {
      const shown = n.replace(/\s+/gu, ' ').trim();
      for (const norm of new Set([normalizeName(n), canonicalKey(n)])) if (norm) s.insertName.run(id, norm, shown);
      for (const k of lookupKeys(type, n)) s.insertKey.run(type, k.kind, k.key, id);
    }
  }

  // ---- the graph across articles ----

  private tieSource(r: Row): TieSource {
    const doc = r.doc as number;
    return {
      factId: `r${r.id as number}`,
      role: (r.role as string | null) ?? null,
      amount: this.money((r.amount as number | null) ?? null, doc),
      date: (r.date as string | null) ?? null,
      medium: (r.medium as string | null) ?? null,
      purpose: this.sliceOf(doc, r.purpose_start, r.purpose_end),
      confidence: r.confidence as number,
      evidence: this.evidence(doc, r.sentence as number,
        typeof r.sentence_start === 'number' && typeof r.sentence_end === 'number' ? { start: r.sentence_start, end: r.sentence_end } : undefined),
    };
  }

  ties(query: TieQuery = {}): Tie[] {
    this.actorRefs.clear();
    if (query.entity !== undefined) return this.tiesOf(query.entity, query);
    const limit = query.limit ?? 50;
    const entityFilter = query.entity === undefined ? '' : `AND r.id IN (
        SELECT id FROM doc_relations WHERE subject IN (SELECT id FROM doc_entities WHERE entity = @entity)
        UNION SELECT id FROM doc_relations WHERE object IN (SELECT id FROM doc_entities WHERE entity = @entity))`;
    // Symmetric ties are filed under (lower id, higher id) so that "A met B" and "B met A" are one.
    const groups = this.q(`
      SELECT type, a, b, COUNT(*) AS n, COUNT(DISTINCT doc) AS docs, MIN(published) AS first, MAX(published) AS last FROM (
        SELECT r.type, r.doc, d.published,
               CASE WHEN r.type IN (${SYMMETRIC_SQL}) AND o.entity < s.entity THEN o.entity ELSE s.entity END AS a,
               CASE WHEN r.type IN (${SYMMETRIC_SQL}) AND o.entity < s.entity THEN s.entity ELSE o.entity END AS b
        FROM doc_relations r JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object
        JOIN documents d ON d.id = r.doc
        WHERE r.rejected = 0 AND (@type IS NULL OR r.type = @type) ${entityFilter})
      GROUP BY type, a, b ORDER BY n DESC, type, a, b LIMIT @limit`)
      .all({ type: query.type ?? null, entity: query.entity ?? null, limit }) as Array<{ type: string; a: number; b: number | null; n: number; docs: number; first: string | null; last: string | null }>;
    const sources = this.q(`
      SELECT r.*, d.published FROM doc_relations r LEFT JOIN doc_entities o ON o.id = r.object JOIN documents d ON d.id = r.doc
      WHERE r.rejected = 0 AND r.type = @type AND r.subject IN (SELECT id FROM doc_entities WHERE entity = @a) AND o.entity IS @b
      UNION ALL
      SELECT r.*, d.published FROM doc_relations r JOIN doc_entities o ON o.id = r.object JOIN documents d ON d.id = r.doc
      WHERE @sym = 1 AND @a != @b AND r.rejected = 0 AND r.type = @type AND r.subject IN (SELECT id FROM doc_entities WHERE entity = @b) AND o.entity = @a
      ORDER BY confidence DESC, published DESC LIMIT @per`);
    return groups.map((g) => {
      const symmetric = SYMMETRIC_RELATIONS.has(g.type as never);
      const rows = sources.all({ type: g.type, a: g.a, b: g.b, sym: symmetric ? 1 : 0, per: query.sourcesPerTie ?? 20 }) as Row[];
      const src = rows.map((r) => this.tieSource(r));
      return {
        type: g.type,
        subject: this.actorRef(g.a)!,
        object: this.actorRef(g.b),
        symmetric,
        count: g.n,
        documents: g.docs,
        firstSeen: g.first,
        lastSeen: g.last,
        sources: src,
        conflict: amountsConflict(src),
      };
    });
  }

  /**
   * One actor's ties, read from the summary (most sourced first, bounded by the limit), each with
   * its best sources read by one index lookup on the pair: the cost no longer grows with every
   * relation the actor is in.
   */
  private tiesOf(entity: number, query: TieQuery): Tie[] {
    const groups = this.q(`
      SELECT a, b, type, n, docs, first, last FROM actor_ties
      WHERE a = @entity AND (@type IS NULL OR type = @type) AND (@with IS NULL OR b = @with)
      UNION ALL
      SELECT a, b, type, n, docs, first, last FROM actor_ties
      WHERE b = @entity AND a != @entity AND (@type IS NULL OR type = @type) AND (@with IS NULL OR a = @with)
      ORDER BY n DESC, type, a, b LIMIT @limit`)
      .all({ entity, type: query.type ?? null, with: query.with ?? null, limit: query.limit ?? 50 }) as Array<TieKey & { n: number; docs: number; first: string | null; last: string | null }>;
    // The best sources of each tie are the first entries of its range in the live pair index (read
    // from the index alone); a symmetric tie also has the relations written the other way round,
    // merged in that order. Their rows and sentences are then read in one statement, only the
    // columns a source shows (building 20-column rows was a third of the cost).
    const oneWay = this.q(`
      SELECT r.id FROM doc_relations r
      WHERE r.subject_actor = @a AND r.object_actor IS @object AND r.type = @type AND r.rejected = 0
      ORDER BY confidence DESC, published DESC, id LIMIT @per`).pluck();
    const bothWays = this.q(`
      SELECT r.id, r.confidence, r.published FROM doc_relations r
      WHERE r.subject_actor = @a AND r.object_actor = @b AND r.type = @type AND r.rejected = 0
      UNION ALL
      SELECT r.id, r.confidence, r.published FROM doc_relations r
      WHERE r.subject_actor = @b AND r.object_actor = @a AND r.type = @type AND r.rejected = 0
      ORDER BY 2 DESC, 3 DESC, 1 LIMIT @per`).pluck();
    const per = query.sourcesPerTie ?? 20;
    const best = groups.map((g) => (SYMMETRIC_RELATIONS.has(g.type as never) && g.b !== 0 && g.a !== g.b
      ? bothWays.all({ a: g.a, b: g.b, type: g.type, per })
      : oneWay.all({ a: g.a, object: g.b === 0 ? null : g.b, type: g.type, per })) as number[]);
    const rows = new Map<number, Row>();
    const all = best.flat();
    for (let i = 0; i < all.length; i += 2000) {
      for (const r of this.q(`
        SELECT r.id, r.doc, r.role, r.amount, r.date, r.medium, r.purpose_start, r.purpose_end, r.confidence, r.sentence,
               s.start AS sentence_start, s.end AS sentence_end FROM doc_relations r
        LEFT JOIN sentences s ON s.doc = r.doc AND s.idx = r.sentence WHERE r.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(all.slice(i, i + 2000))) as Row[]) rows.set(r.id as number, r);
    }
    return groups.map((g, i) => {
      const symmetric = SYMMETRIC_RELATIONS.has(g.type as never);
      const src = best[i]!.map((id) => this.tieSource(rows.get(id)!));
      return {
        type: g.type, subject: this.actorRef(g.a)!, object: g.b === 0 ? null : this.actorRef(g.b), symmetric,
        count: g.n, documents: g.docs, firstSeen: g.first, lastSeen: g.last, sources: src, conflict: amountsConflict(src),
      };
    });
  }

  graphEdges(query: { type?: string; around?: readonly number[] } = {}): GraphEdge[] {
    // From the summary: symmetric ties come once, under (lower id, higher id).
    if (!query.around) {
      return this.q(`SELECT type, a AS subject, b AS object, n AS count FROM actor_ties WHERE b != 0 AND (@type IS NULL OR type = @type)`)
        .all({ type: query.type ?? null }) as GraphEdge[];
    }
    return this.q(`
      SELECT type, a AS subject, b AS object, n AS count FROM actor_ties
      WHERE a IN (SELECT value FROM json_each(@around)) AND b != 0 AND (@type IS NULL OR type = @type)
      UNION
      SELECT type, a AS subject, b AS object, n AS count FROM actor_ties
      WHERE b IN (SELECT value FROM json_each(@around)) AND (@type IS NULL OR type = @type)`)
      .all({ type: query.type ?? null, around: JSON.stringify(query.around) }) as GraphEdge[];
  }

  quoteList(query: QuoteQuery = {}): QuoteView[] {
    const about = 'q.id IN (SELECT a.quote FROM quote_about a JOIN doc_entities d ON d.id = a.doc_entity WHERE d.entity = @about)';
    const where = [query.by !== undefined ? 'de.entity = @by' : null, query.about !== undefined ? about : null].filter(Boolean).join(' AND ') || '1 = 1';
    const params: Record<string, number> = {};
    if (query.by !== undefined) params.by = query.by;
    if (query.about !== undefined) params.about = query.about;
    return this.quoteViewsLimited(query.limit ?? 50, where, params);
  }

  disputes(query: { entity?: number; limit?: number } = {}): DisputeView[] {
    const rows = this.q(`
      SELECT st.quote, st.target, st.kind, q.doc FROM quote_stance st JOIN quotes q ON q.id = st.quote
      WHERE st.kind = 'disputes' AND q.rejected = 0 ORDER BY q.doc, q.sentence`).all() as Array<{ quote: number; target: string; kind: 'disputes'; doc: number }>;
    const out: DisputeView[] = [];
    const limit = query.limit ?? 100;
    for (const r of rows) {
      if (out.length >= limit) break;
      const claim = this.quoteViewsLimited(1, 'q.id = ?', r.quote)[0];
      if (!claim) continue;
      const target = this.disputeTarget(r.doc, r.target);
      if (!target) continue;
      if (query.entity !== undefined) {
        const involved = [claim.speaker?.id, ...claim.about.map((a) => a.id)];
        if (target.kind === 'quote') involved.push(target.quote.speaker?.id, ...target.quote.about.map((a) => a.id));
        if (target.kind === 'tie') involved.push(target.subject.id, target.object?.id);
        if (target.kind === 'actor') involved.push(target.actor.id);
        if (!involved.includes(query.entity)) continue;
      }
      out.push({ kind: r.kind, claim, target });
    }
    return out;
  }

  /** A stance target, in the article's own ids: a quote id, "relation:<index>" or an entity id. */
  private disputeTarget(doc: number, target: string): DisputeTarget | null {
    const rel = /^relation:(\d+)$/.exec(target);
    if (rel) {
      const r = this.q(`SELECT r.*, s.entity AS s_actor, o.entity AS o_actor FROM doc_relations r JOIN doc_entities s ON s.id = r.subject
        LEFT JOIN doc_entities o ON o.id = r.object WHERE r.doc = ? AND r.idx = ? AND r.rejected = 0`).get(doc, Number(rel[1])) as Row | undefined;
      if (!r) return null;
      return {
        kind: 'tie', factId: `r${r.id as number}`, type: r.type as string, subject: this.actorRef(r.s_actor as number)!,
        object: this.actorRef((r.o_actor as number | null) ?? null), evidence: this.evidence(doc, r.sentence as number),
      };
    }
    const quote = this.q('SELECT id FROM quotes WHERE doc = ? AND local_id = ?').pluck().get(doc, target) as number | undefined;
    if (quote !== undefined) {
      const q = this.quoteViewsLimited(1, 'q.id = ?', quote)[0];
      return q ? { kind: 'quote', quote: q } : null;
    }
    const actor = this.q('SELECT entity FROM doc_entities WHERE doc = ? AND local_id = ?').pluck().get(doc, target) as number | undefined;
    const ref = actor === undefined ? null : this.actorRef(actor);
    return ref ? { kind: 'actor', actor: ref } : null;
  }

  links(id: number): ActorLinkView[] {
    const rows = this.q(`
      SELECT de.doc, de.name_start, de.name_end, l.rule, l.detail FROM doc_entities de LEFT JOIN entity_links l ON l.doc_entity = de.id
      WHERE de.entity = ? ORDER BY de.doc LIMIT 200`).all(id) as Array<{ doc: number; name_start: number; name_end: number; rule: string | null; detail: string | null }>;
    return rows.map((r) => ({
      name: this.textOf(r.doc).slice(r.name_start, r.name_end).replace(/\s+/gu, ' ').trim(),
      doc: this.docRef(r.doc),
      rule: r.rule ?? 'same-name',
      detail: r.detail,
      human: r.rule === 'human',
    }));
  }

  timeline(id: number): TimelineEntry[] {
    return buildTimeline(id, this.ties({ entity: id, limit: 300, sourcesPerTie: 10 }), this.quoteList({ by: id, limit: 200 }));
  }

  corrections(query: { entity?: number } = {}): CorrectionView[] {
    const rows = (query.entity === undefined
      ? this.q('SELECT * FROM corrections ORDER BY id').all()
      : this.q('SELECT * FROM corrections WHERE entity = @e OR other = @e ORDER BY id').all({ e: query.entity })) as Row[];
    return rows.map((r) => this.correctionView(r));
  }

  private correctionView(r: Row): CorrectionView {
    return {
      id: r.id as number,
      kind: r.kind as CorrectionKind,
      entity: this.actorRef((r.entity as number | null) ?? null),
      detail: r.detail as string,
      createdAt: r.created_at as string,
      human: true,
    };
  }

  // ---- curation ----

  private writable(): void {
    if (!this.stmts) throw new StoreError('STORE_WRITE', `${this.path}: opened read-only`);
    this.localWrites++;
    this.dropCooccurrence();
  }

  private addCorrection(c: { kind: CorrectionKind; entity: number | null; other?: number | null; name?: string | null; fact?: string | null; detail: string }): number {
    return Number(this.q('INSERT INTO corrections (kind, entity, other, name, fact, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(c.kind, c.entity, c.other ?? null, c.name ?? null, c.fact ?? null, c.detail, new Date().toISOString()).lastInsertRowid);
  }

  private correctionById(id: number): CorrectionView {
    return this.correctionView(this.q('SELECT * FROM corrections WHERE id = ?').get(id) as Row);
  }

  private mustActor(id: number): ActorRef {
    const a = this.actorRef(id);
    if (!a) throw new NotFoundError('entity', `#${id}`, 'see `dossier entities` for ids');
    return a;
  }

  merge(keep: number, other: number): CorrectionView {
    this.writable();
    const a = this.mustActor(keep);
    const b = this.mustActor(other);
    if (keep === other) throw new UsageError(`${a.name} [#${keep}] cannot be merged with itself`, 'give two different actors');
    return this.db.transaction(() => {
      const cid = this.addCorrection({ kind: 'merge', entity: keep, other, name: b.name, detail: `merged ${b.name} [${b.type} #${other}] into ${a.name} [${a.type} #${keep}]` });
      const norms = this.q('SELECT DISTINCT norm FROM entity_names WHERE entity = ?').pluck().all(other) as string[];
      // Every name of the merged actor now leads to the kept one, also after reprocess.
      for (const n of norms) this.q('INSERT OR REPLACE INTO name_pins (type, norm, entity, correction) VALUES (?, ?, ?, ?)').run(b.type, n, keep, cid);
      this.q('UPDATE name_pins SET entity = ? WHERE entity = ?').run(keep, other);
      this.q('INSERT OR IGNORE INTO entity_names (entity, norm, name) SELECT ?, norm, name FROM entity_names WHERE entity = ?').run(keep, other);
      this.q('INSERT OR IGNORE INTO actor_keys (type, kind, key, entity) SELECT type, kind, key, ? FROM actor_keys WHERE entity = ?').run(keep, other);
      this.q(`UPDATE entity_links SET rule = 'human', detail = ? WHERE doc_entity IN (SELECT id FROM doc_entities WHERE entity = ?)`)
        .run(`merged by hand (correction #${cid}) from ${b.name}`, other);
      const oldTies = this.tieKeysOfActor(other);
      this.q('UPDATE doc_entities SET entity = ? WHERE entity = ?').run(keep, other);
      this.q('UPDATE doc_relations SET subject_actor = ? WHERE subject_actor = ?').run(keep, other);
      this.q('UPDATE doc_relations SET object_actor = ? WHERE object_actor = ?').run(keep, other);
      // The merged actor's ties are now the kept one's: the same keys with its id put in.
      const moved = oldTies.map((k) => {
        const a = k.a === other ? keep : k.a;
        const b = k.b === other ? keep : k.b;
        return SYMMETRIC_RELATIONS.has(k.type as never) && b !== 0 && b < a ? { a: b, b: a, type: k.type } : { a, b, type: k.type };
      });
      this.refreshTies([...oldTies, ...moved]);
      this.q('DELETE FROM entities WHERE id = ?').run(other);
      return this.correctionById(cid);
    }).immediate();
  }

  split(id: number, name: string): { correction: CorrectionView; actor: ActorSummary } {
    this.writable();
    const a = this.mustActor(id);
    const key = canonicalKey(name);
    const rows = this.q('SELECT de.id, de.doc, de.name_start, de.name_end FROM doc_entities de WHERE de.entity = ?').all(id) as Array<{ id: number; doc: number; name_start: number; name_end: number }>;
    const names = rows.map((r) => ({ ...r, name: this.textOf(r.doc).slice(r.name_start, r.name_end) }));
    const moving = names.filter((r) => canonicalKey(r.name) === key);
    if (!moving.length) {
      const known = [...new Set(names.map((r) => r.name.replace(/\s+/gu, ' ').trim()))].slice(0, 8);
      throw new NotFoundError(`article-level entity of ${a.name} [#${id}] named`, name, `its names in articles are: ${known.join('; ')}`);
    }
    if (moving.length === names.length) {
      throw new UsageError(`every article names ${a.name} [#${id}] "${name}": nothing would be left`, 'use `dossier rename` to change the name');
    }
    return this.db.transaction(() => {
      const shown = moving[0]!.name.replace(/\s+/gu, ' ').trim();
      const fresh = this.newActor(a.type, shown);
      const cid = this.addCorrection({ kind: 'split', entity: id, other: fresh, name: shown, detail: `split ${shown} [#${fresh}] off ${a.name} [#${id}] (${moving.length} article${moving.length === 1 ? '' : 's'})` });
      this.q('INSERT OR REPLACE INTO name_pins (type, norm, entity, correction) VALUES (?, ?, ?, ?)').run(a.type, key, fresh, cid);
      const where = 'r.subject = ? OR r.object = ?';
      const oldTies = moving.flatMap((r) => this.tieKeys(where, r.id, r.id));
      for (const r of moving) {
        this.q('UPDATE doc_entities SET entity = ? WHERE id = ?').run(fresh, r.id);
        this.q('UPDATE doc_relations SET subject_actor = ? WHERE subject = ?').run(fresh, r.id);
        this.q('UPDATE doc_relations SET object_actor = ? WHERE object = ?').run(fresh, r.id);
        this.q(`UPDATE entity_links SET rule = 'human', detail = ? WHERE doc_entity = ?`).run(`split off by hand (correction #${cid})`, r.id);
      }
      const stillNamed = names.some((r) => !moving.includes(r) && canonicalKey(r.name) === key);
      this.refreshTies([...oldTies, ...moving.flatMap((r) => this.tieKeys(where, r.id, r.id))]);
      if (!stillNamed) this.q('DELETE FROM entity_names WHERE entity = ? AND (norm = ? OR name = ?)').run(id, key, shown);
      this.addNames(fresh, a.type, [shown]);
      return { correction: this.correctionById(cid), actor: this.actor(fresh)! };
    }).immediate();
  }

  rename(id: number, name: string): CorrectionView {
    this.writable();
    const a = this.mustActor(id);
    const shown = name.replace(/\s+/gu, ' ').trim();
    if (!normalizeName(shown)) throw new UsageError(`"${name}" is no name`, 'give the new name in words');
    return this.db.transaction(() => {
      const cid = this.addCorrection({ kind: 'rename', entity: id, name: shown, detail: `renamed ${a.name} to ${shown} [#${id}]` });
      this.q('UPDATE entities SET name = ? WHERE id = ?').run(shown, id);
      this.addNames(id, a.type, [shown]);
      return this.correctionById(cid);
    }).immediate();
  }

  reject(fact: string): CorrectionView {
    this.writable();
    const m = /^([rq])(\d+)$/i.exec(fact.trim());
    if (!m) throw new UsageError(`"${fact}" is no fact id`, 'give r<number> for a tie or q<number> for a quote, as `show --json` lists them');
    const id = Number(m[2]);
    return this.db.transaction(() => {
      if (m[1]!.toLowerCase() === 'r') {
        const r = this.q(`SELECT r.*, s.entity AS s_actor, d.sha, s.doc AS sdoc, s.name_start AS ss, s.name_end AS se, o.name_start AS os, o.name_end AS oe
          FROM doc_relations r JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object JOIN documents d ON d.id = r.doc
          WHERE r.id = ?`).get(id) as Row | undefined;
        if (!r) throw new NotFoundError('tie', fact, 'fact ids are listed by `dossier show NAME --json` and `dossier ties --json`');
        const doc = r.doc as number;
        const ev = this.evidence(doc, r.sentence as number);
        const subject = this.sliceOf(doc, r.ss, r.se) ?? '';
        const object = this.sliceOf(doc, r.os, r.oe) ?? '';
        const cid = this.addCorrection({ kind: 'reject', entity: r.s_actor as number, fact: `r${id}`, detail: `rejected ${r.type as string}(${subject}, ${object || '—'}) from "${ev.doc.title ?? ev.doc.source ?? ev.doc.sha.slice(0, 12)}"` });
        this.q('INSERT OR REPLACE INTO rejections (doc_sha, fingerprint, correction) VALUES (?, ?, ?)').run(r.sha, relationFingerprint(r.type as string, subject, object, ev.sentence.text), cid);
        this.q('UPDATE doc_relations SET rejected = 1 WHERE id = ?').run(id);
        this.refreshTies(this.tieKeys('r.id = ?', id));
        return this.correctionById(cid);
      }
      const q = this.q(`SELECT q.*, d.sha, de.entity AS s_actor, de.name_start AS ss, de.name_end AS se FROM quotes q JOIN documents d ON d.id = q.doc
        LEFT JOIN doc_entities de ON de.id = q.speaker WHERE q.id = ?`).get(id) as Row | undefined;
      if (!q) throw new NotFoundError('quote', fact, 'fact ids are listed by `dossier quotes --json`');
      const doc = q.doc as number;
      const text = (this.q('SELECT start, end FROM quote_parts WHERE quote = ? ORDER BY idx').all(id) as Span[]).map((p) => this.textOf(doc).slice(p.start, p.end)).join(FRAGMENT_JOINER);
      const speaker = this.sliceOf(doc, q.ss, q.se) ?? '';
      const cid = this.addCorrection({ kind: 'reject', entity: (q.s_actor as number | null) ?? null, fact: `q${id}`, detail: `rejected the quote “${text.slice(0, 80)}” by ${speaker || 'an unnamed source'}` });
      this.q('INSERT OR REPLACE INTO rejections (doc_sha, fingerprint, correction) VALUES (?, ?, ?)').run(q.sha, quoteFingerprint(speaker, text), cid);
      this.q('UPDATE quotes SET rejected = 1 WHERE id = ?').run(id);
      return this.correctionById(cid);
    }).immediate();
  }

  // ---- reprocess ----

  articles(after: number, limit: number): StoredArticle[] {
    return (this.q('SELECT id, sha, text, origin, source, title, url, published FROM documents WHERE id > ? ORDER BY id LIMIT ?').all(after, limit) as Row[])
      .map((r) => ({
        id: r.id as number,
        sha: r.sha as string,
        text: r.text as string,
        origin: (r.origin as string | null) ?? null,
        meta: { source: (r.source as string | null) ?? null, title: (r.title as string | null) ?? null, url: (r.url as string | null) ?? null, published: (r.published as string | null) ?? null },
      }));
  }

  replace(inputs: readonly StoreInput[]): WriteOutcome[] {
    this.localWrites++;
    this.dropCooccurrence();
    const st = this.stmts;
    if (!st) throw new StoreError('STORE_WRITE', `${this.path}: opened read-only`);
    // Per article: old facts out (with their full-text rows), the new extraction in; if it cannot
    // be written the savepoint puts the old facts back. Actors that no article names any more and
    // no correction mentions go at the end.
    const outcomes: WriteOutcome[] = [];
    /** Actors the replaced articles named: the only ones that can have lost their last article. */
    const touched = new Set<number>();
    this.batchIndex = this.actorIndex();
    this.db.transaction(() => {
      for (const { doc, origin } of inputs) {
        this.db.exec('SAVEPOINT article');
        try {
          const id = this.q('SELECT id FROM documents WHERE sha = ?').pluck().get(doc.id) as number | undefined;
          // The article keeps its row and id (others may point at it); only what was read from it goes.
          const oldTies = id === undefined ? [] : this.tieKeys('r.doc = ?', id);
          if (id !== undefined) {
            for (const e of this.q('SELECT DISTINCT entity FROM doc_entities WHERE doc = ?').pluck().all(id) as number[]) touched.add(e);
            this.q('DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE doc = ?)').run(id);
            for (const t of ['quotes', 'doc_relations', 'mentions', 'doc_values', 'doc_entities', 'sentences']) this.q(`DELETE FROM ${t} WHERE doc = ?`).run(id);
          }
          outcomes.push(this.writeOne(doc, origin, st, id));
          // The rewrite added its ties on top of the old ones: recount both sets exactly.
          if (id !== undefined) this.refreshTies([...oldTies, ...this.tieKeys('r.doc = ?', id)]);
          this.db.exec('RELEASE article');
        } catch (e) {
          this.db.exec('ROLLBACK TO article');
          this.db.exec('RELEASE article');
          const where = origin ?? doc.meta.source ?? doc.id.slice(0, 12);
          outcomes.push({ sha: doc.id, status: 'failed', error: new StoreError('STORE_WRITE', `${where}: not replaced, the old facts are kept (${(e as Error).message})`, 'report it as a bug', e) });
        }
      }
      const orphan = this.q(`DELETE FROM entities WHERE id = @id AND NOT EXISTS (SELECT 1 FROM doc_entities WHERE entity = @id)
        AND NOT EXISTS (SELECT 1 FROM corrections WHERE entity = @id OR other = @id) AND NOT EXISTS (SELECT 1 FROM name_pins WHERE entity = @id)`);
      for (const e of touched) orphan.run({ id: e });
    }).immediate();
    this.batchIndex = null;
    return outcomes;
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

/** Money amounts of one tie's sources that disagree: same currency, not vague, more than 1% apart. */
function amountsConflict(sources: readonly TieSource[]): boolean {
  const byCurrency = new Map<string, number[]>();
  for (const s of sources) {
    if (!s.amount || s.amount.bound === 'vague') continue;
    const list = byCurrency.get(s.amount.currency) ?? [];
    list.push(s.amount.value);
    byCurrency.set(s.amount.currency, list);
  }
  for (const vs of byCurrency.values()) {
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    if (lo > 0 && hi / lo > 1.01) return true;
  }
  return false;
}

export function openStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}
