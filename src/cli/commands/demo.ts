import type { Command } from 'commander';
import { runDemo } from '../../services/demo.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { cite, dbPath, fitWidths, heading, out, printJson, table } from '../output.js';
import { progressReporter, summaryTable } from './ingest.js';
import { DB_OPTION } from '../database.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (examples/) and show what Dossier found in it')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const store = new SqliteStore(dbPath(opts.db));
      const report = progressReporter(process.stderr.isTTY === true && !process.env.CI);
      try {
        const r = await runDemo(store, { onProgress: (p) => report.progress(p), onError: (e) => report.line(e.toLine()) });
        report.stop();
        if (r.ingest.failed) process.exitCode = 1;
        if (opts.json) return printJson(r);
        out(heading(`Dossier demo: ${r.ingest.articles} articles from examples/ into ${store.path}`));
        out(summaryTable(r.ingest));
        out(heading('\nwho is who'));
        if (r.actors.length) {
          out(table(['name', 'type', 'articles', 'also known as'], r.actors.map((a) => [a.name, a.type, a.documents, a.aliases.slice(0, 4).join(', ')]), fitWidths([26, 9, 10, null])));
        } else out('(no entities found: does the pipeline have an entity stage yet?)');
        out(heading('\nties'));
        if (r.ties.length) {
          out(table(['subject', 'tie', 'object', 'sources', 'evidence'],
            r.ties.map((t) => [t.subject.name, t.type, t.object?.name ?? '—', t.sources, cite(t.evidence)]), fitWidths([18, 14, 18, 9, null])));
        } else out('(no ties found: does the pipeline have a relation stage yet?)');
        out(heading('\nwho said what'));
        if (r.quotes.length) {
          out(table(['speaker', 'said', 'evidence'],
            r.quotes.map((q) => [q.speaker?.name ?? q.anonymous ?? '(unattributed)', q.text, cite(q.evidence)]), fitWidths([18, null, null])));
        } else out('(no quotes found: does the pipeline have a quote stage yet?)');
        out(`\nnext: dossier show NAME, dossier search WORDS, dossier entities (database: ${store.path})`);
      } finally {
        report.stop();
        store.close();
      }
    });
}
