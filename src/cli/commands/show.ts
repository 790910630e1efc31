import type { Command } from 'commander';
import { parseEntityType, showActor } from '../../services/queries.js';
import type { ActorDossier, QuoteView, TieView } from '../../store/store.js';
import { cite, fitWidths, heading, out, printJson, table } from '../output.js';
import { openForReading } from './stats.js';

function tieDetail(t: TieView): string {
  const parts = [
    t.role,
    t.amount ? `${t.amount.text} (${t.amount.currency} ${t.amount.value.toLocaleString('en-US')}${t.amount.bound === 'exact' ? '' : `, ${t.amount.bound}`})` : null,
    t.date,
    t.medium,
    t.purpose,
  ];
  return parts.filter(Boolean).join('; ');
}

function quoteRows(quotes: QuoteView[]): string[][] {
  return quotes.map((q) => [
    q.speaker?.name ?? (q.anonymous ? `(anonymous) ${q.anonymous}` : '(unattributed)'),
    `${q.direct ? '“' : ''}${q.text}${q.direct ? '”' : ''}${q.medium ? `\n[${q.medium}]` : ''}`,
    cite(q.evidence),
  ]);
}

export function printDossier(d: ActorDossier): void {
  const a = d.actor;
  out(heading(`${a.name}  (${a.type} #${a.id}; ${a.documents} article${a.documents === 1 ? '' : 's'}, ${a.mentions} mention${a.mentions === 1 ? '' : 's'})`));
  out(`names: ${d.names.map((n) => `${n.name} (${n.count})`).join(', ') || a.name}`);
  const roleCounts = new Map<string, number>();
  for (const r of d.roles) roleCounts.set(r.label, (roleCounts.get(r.label) ?? 0) + 1);
  if (roleCounts.size) out(`roles: ${[...roleCounts].map(([l, n]) => `${l} (${n})`).join(', ')}`);
  if (d.ties.length) {
    out(heading('\nties'));
    out(table(['tie', 'with', 'detail', 'evidence'],
      d.ties.map((t) => [t.direction === 'out' ? t.type : `${t.type} (by)`, t.counterpart?.name ?? '—', tieDetail(t), cite(t.evidence)]),
      fitWidths([16, 22, 22, null])));
  }
  if (d.quotesBy.length) {
    out(heading('\nquotes by'));
    out(table(['speaker', 'said', 'evidence'], quoteRows(d.quotesBy), fitWidths([20, null, null])));
  }
  if (d.quotesAbout.length) {
    out(heading('\nquotes about'));
    out(table(['speaker', 'said', 'evidence'], quoteRows(d.quotesAbout), fitWidths([20, null, null])));
  }
  if (d.roles.length) {
    out(heading('\nroles'));
    out(table(['role', 'evidence'], d.roles.slice(0, 20).map((r) => [r.label, cite(r.evidence)]), fitWidths([16, null])));
  }
  out(heading('\narticles'));
  out(table(['published', 'title or source'], d.documents.map((doc) => [doc.published, doc.title ?? doc.source ?? doc.sha.slice(0, 12)]), fitWidths([12, null])));
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('what the database knows about one actor: names, roles, ties, quotes, each with its sentence')
    .argument('<name>', 'a name the actor is known by, or #ID from `dossier entities`')
    .option('--type <type>', 'only PERSON, ORG, GPE, LOC or PRODUCT')
    .option('--db <file>', 'database file (default: $DOSSIER_DB or ./dossier.db)')
    .option('--json', 'print JSON')
    .action((name: string, opts: { type?: string; db?: string; json?: boolean }) => {
      const type = parseEntityType(opts.type);
      const store = openForReading(opts.db);
      try {
        const d = showActor(store, name, type);
        if (opts.json) printJson(d);
        else printDossier(d);
      } finally {
        store.close();
      }
    });
}
