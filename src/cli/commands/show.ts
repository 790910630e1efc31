import type { Command } from 'commander';
import { showActor, type ActorProfile } from '../../services/graph-queries.js';
import { parseEntityType } from '../../services/queries.js';
import type { DisputeView, QuoteView } from '../../store/store.js';
import { bestEvidence, money, quoteText, seen, speakerOf, targetCell, tieDetail } from '../graph-format.js';
import { cite, fitWidths, heading, out, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

function quoteRows(quotes: QuoteView[]): string[][] {
  return quotes.map((q) => [
    `${q.speaker?.name ?? (q.anonymous ? `(anonymous) ${q.anonymous}` : '(unattributed)')}\n[${q.factId ?? `q${q.id}`}]`,
    `${q.direct ? '“' : ''}${q.text}${q.direct ? '”' : ''}${q.medium ? `\n[${q.medium}]` : ''}`,
    cite(q.evidence),
  ]);
}

/** Claims by or about the actor that another claim disputes or supports: both sides, each cited. */
function printDisputes(disputes: DisputeView[]): void {
  if (!disputes.length) return;
  out(heading('\ndisputed claims'));
  out(table(['claim', 'stance', 'target'], disputes.map((v) => [
    `${speakerOf(v.claim)}: ${quoteText(v.claim)} [${v.claim.factId ?? `q${v.claim.id}`}]\n${cite(v.claim.evidence)}`,
    v.kind,
    targetCell(v.target),
  ]), fitWidths([null, 10, null])));
}

export function printDossier(d: ActorProfile, disputes: DisputeView[] = []): void {
  const a = d.actor;
  out(heading(`${a.name}  (${a.type} #${a.id}; ${a.documents} article${a.documents === 1 ? '' : 's'}, ${a.mentions} mention${a.mentions === 1 ? '' : 's'})`));
  out(`names: ${d.names.map((n) => `${n.name} (${n.count})`).join(', ') || a.name}`);
  const roleCounts = new Map<string, number>();
  for (const r of d.roles) roleCounts.set(r.label, (roleCounts.get(r.label) ?? 0) + 1);
  if (roleCounts.size) out(`roles: ${[...roleCounts].map(([l, n]) => `${l} (${n})`).join(', ')}`);
  const joined = d.links.filter((l) => l.rule !== 'new' && l.name !== a.name);
  if (joined.length) {
    out(heading('\nwhy these names are one actor'));
    out(table(['name', 'rule', 'why', 'article'], joined.slice(0, 20).map((l) => [l.name, l.human ? `${l.rule} (by hand)` : l.rule, l.detail ?? '', l.doc.title ?? l.doc.source ?? l.doc.sha.slice(0, 12)]), fitWidths([18, 12, null, 26])));
  }
  for (const [type, ties] of Object.entries(d.tiesByType)) {
    out(heading(`\nties: ${type}`));
    out(table(['with', 'seen', 'detail', 'best evidence'],
      ties.map((t) => [`${t.direction === 'in' ? '← ' : t.direction === 'out' ? '→ ' : ''}${t.counterpart?.name ?? '(no one named)'}`, seen(t), tieDetail(t), bestEvidence(t)]),
      fitWidths([22, 24, 20, null])));
  }
  if (d.money.out.length || d.money.in.length) {
    out(heading('\nmoney'));
    const rows = [...d.money.out, ...d.money.in].map((f) => [
      f.from.id === a.id ? `out → ${f.to?.name ?? '(no one named)'}` : `in ← ${f.from.name}`,
      f.type,
      `${f.sources.map((s) => money(s.amount)).join(' / ')}${f.conflict ? '\nCONFLICT (amounts differ)' : ''}`,
    ]);
    out(table(['direction', 'tie', 'amount per source'], rows));
    if (d.money.totals.length) out(d.money.totals.map((t) => `total ${t.currency}: out ${t.out.toLocaleString('en-US')}, in ${t.in.toLocaleString('en-US')}`).join('\n'));
  }
  if (d.quotesBy.length) {
    out(heading('\nquotes by'));
    out(table(['speaker', 'said', 'evidence'], quoteRows(d.quotesBy), fitWidths([20, null, null])));
  }
  if (d.quotesAbout.length) {
    out(heading('\nquotes about'));
    out(table(['speaker', 'said', 'evidence'], quoteRows(d.quotesAbout), fitWidths([20, null, null])));
  }
  printDisputes(disputes);
  if (d.timeline.length) {
    out(heading('\ntimeline'));
    out(table(['date', 'what'], d.timeline.slice(0, 30).map((e) => [`${e.date}${e.dated === 'published' ? ' (published)' : ''}`, e.summary]), fitWidths([24, null])));
  }
  if (d.corrections.length) {
    out(heading('\ncorrections (made by people)'));
    out(table(['#', 'kind', 'what'], d.corrections.map((c) => [c.id, c.kind, c.detail]), fitWidths([6, 8, null])));
  }
  out(heading('\narticles'));
  out(table(['published', 'title or source'], d.documents.map((doc) => [doc.published, doc.title ?? doc.source ?? doc.sha.slice(0, 12)]), fitWidths([12, null])));
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('what the database knows about one actor: names (and why they were joined), roles, ties by type, money, quotes, timeline, each with its sentence')
    .argument('<name>', 'a name the actor is known by, or #ID from `dossier entities`')
    .option('--type <type>', 'only PERSON, ORG, GPE, LOC or PRODUCT')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((name: string, opts: { type?: string; db?: string; json?: boolean }) => {
      const type = parseEntityType(opts.type);
      withDatabase(opts.db, (store) => {
        const d = showActor(store, name, type);
        if (opts.json) printJson(d);
        else printDossier(d, store.disputes({ entity: d.actor.id, limit: 20 }));
      });
    });
}
