// What every command that works on a database shares: the --db option and opening the store.

import { SqliteStore } from '../store/sqlite-store.js';
import { dbPath } from './output.js';

/** The --db option, as `.option(...DB_OPTION)`. */
export const DB_OPTION = ['--db <file>', 'database file (default: $DOSSIER_DB or ./dossier.db)'] as const;

/** Opens an existing database (a missing file is an error, not a new database). */
export function openForReading(db: string | undefined): SqliteStore {
  return new SqliteStore(dbPath(db), { mustExist: true });
}

/** Runs `use` on an existing database and closes it, whatever `use` does. */
export function withDatabase<T>(db: string | undefined, use: (store: SqliteStore) => T): T {
  const store = openForReading(db);
  try {
    return use(store);
  } finally {
    store.close();
  }
}
