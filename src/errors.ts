// The typed error catalogue. Every error a user can meet has a stable code, a message that names
// what failed, and a hint that says how to fix it. CLI prints `error CODE: message (hint)` on one
// line; the HTTP API serialises the same fields as { error: { code, message, hint } }.

export type ErrorCode =
  | 'USAGE'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_PARSE'
  | 'INPUT_UNSUPPORTED'
  | 'PIPELINE_ORDER'
  | 'PIPELINE_FAILED'
  | 'MODEL_MISSING'
  | 'MODEL_INVALID'
  | 'STORE_OPEN'
  | 'STORE_SCHEMA'
  | 'STORE_WRITE'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'INTERNAL'
  | 'CONFLICT';

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  /** HTTP status the API answers with for this error. */
  readonly status: number;

  constructor(code: ErrorCode, message: string, options: { hint?: string; status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.status = options.status ?? 500;
  }

  /** One line for a terminal. */
  toLine(): string {
    return `error ${this.code}: ${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }

  toJSON(): { code: ErrorCode; message: string; hint?: string } {
    return this.hint ? { code: this.code, message: this.message, hint: this.hint } : { code: this.code, message: this.message };
  }
}

/** A bad command line or request: unknown flag, missing argument, value out of range. */
export class UsageError extends DossierError {
  constructor(message: string, hint?: string) {
    super('USAGE', message, { hint, status: 400 });
  }
}

/** A bad input document: missing, unreadable, binary, badly encoded, empty, too large, unparseable. */
export class InputError extends DossierError {
  readonly path: string;
  constructor(
    code: Extract<ErrorCode, `INPUT_${string}`>,
    path: string,
    reason: string,
    hint?: string,
  ) {
    super(code, `${path}: ${reason}`, { hint, status: 422 });
    this.path = path;
  }
}

/** A pipeline built in an order where a stage would run before what it needs, or a stage that failed on an article. */
export class PipelineError extends DossierError {
  constructor(message: string, hint?: string, code: 'PIPELINE_ORDER' | 'PIPELINE_FAILED' = 'PIPELINE_ORDER', cause?: unknown) {
    super(code, message, { hint, status: 500, cause });
  }
}

/** A shipped model file that is missing or does not load. */
export class ModelError extends DossierError {
  constructor(code: 'MODEL_MISSING' | 'MODEL_INVALID', message: string, hint?: string) {
    super(code, message, { hint, status: 500 });
  }
}

/** The database cannot be opened, migrated or written. */
export class StoreError extends DossierError {
  constructor(code: 'STORE_OPEN' | 'STORE_SCHEMA' | 'STORE_WRITE', message: string, hint?: string, cause?: unknown) {
    super(code, message, { hint, status: 500, cause });
  }
}

/** A query for something the store does not hold. */
export class NotFoundError extends DossierError {
  constructor(what: string, query: string, hint?: string) {
    super('NOT_FOUND', `no ${what} matches "${query}"`, { hint, status: 404 });
  }
}

/** A name that matches several entities; the candidates are listed so the user can pick one. */
export class AmbiguousError extends DossierError {
  readonly candidates: readonly string[];
  constructor(query: string, candidates: readonly string[]) {
    super('AMBIGUOUS', `"${query}" matches ${candidates.length} entities: ${candidates.slice(0, 8).join('; ')}`, {
      hint: 'repeat the command with one of the names (or its id) exactly',
      status: 409,
    });
    this.candidates = candidates;
  }
}

/** An operation refused by configuration: a write on a read-only server, a missing token. */
export class ForbiddenError extends DossierError {
  constructor(message: string, hint?: string) {
    super('FORBIDDEN', message, { hint, status: 403 });
  }
}

/** A request to a server started with a token that does not carry it. */
export class UnauthorizedError extends DossierError {
  constructor(message: string, hint?: string) {
    super('UNAUTHORIZED', message, { hint, status: 401 });
  }
}

export function isDossierError(e: unknown): e is DossierError {
  return e instanceof DossierError;
}

/** Any thrown value as one line, for places that must report and go on. */
export function errorLine(e: unknown): string {
  if (isDossierError(e)) return e.toLine();
  if (e instanceof Error) return `error INTERNAL: ${e.message}`;
  return `error INTERNAL: ${String(e)}`;
}
