// The numbered migrations, in order. They are TypeScript modules (not .sql files) so that the
// compiled dist/ holds them with no copy step. Add a new one as NNNN-name.ts and list it here.
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-graph.js';
import * as m0003 from './0003-value-indexes.js';
import * as m0004 from './0004-actor-ties.js';
import * as m0005 from './0005-entity-doc-index.js';
import * as m0006 from './0006-relation-published.js';
import * as m0007 from './0007-pair-index-live.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007];
