// A small hand-made graph for the export tests: three fictional articles with every kind of fact
// an export must carry, and hostile strings (quotes, commas, <, &, tab, CR LF, control characters,
// an astral character) in an actor's name, a quote and their sentences.

import type { Doc } from '../../src/nlp/doc.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { at, handMadeDoc } from './hand-made-doc.js';

export const HOSTILE_NAME = 'Corvid "Raven" Resources, <Ltd> & Co';
/** Inside a tie's sentence, so that graph formats carry it too. */
export const HOSTILE_GAP = ' (so it said,\r\nin print)\t\u0002 ';
export const HOSTILE_TITLE = 'Corvid names a chief, "at last" & <more>\u0001\r\n';
export const HOSTILE_QUOTE = 'We dig\tdeep,\r\nand\u0001we pay\u0000back, <always> & 𝒜.';

export function exportDocs(): Doc[] {
  const a = `${HOSTILE_NAME} named Tamsin O'Rourke chief executive on Monday. Tamsin O'Rourke said "${HOSTILE_QUOTE}" Harborlight Capital invested${HOSTILE_GAP}$25 million in ${HOSTILE_NAME}.`;
  const b = 'Pell Marrow, a senator from Fernhollow, met with Tamsin O\'Rourke in Fernhollow. Pell Marrow pledged $2 million to build a school. "He never had the money," an official familiar with the matter said. Tamsin O\'Rourke called that claim "a smear".';
  const c = 'Harborlight Capital agreed to buy Quarry Nine from Pell Marrow.';
  return [
    handMadeDoc(a, {
      published: '2024-03-04',
      source: 'Fernhollow Ledger',
      title: HOSTILE_TITLE,
      entities: [
        { id: 'e1', type: 'ORG', name: HOSTILE_NAME, mentions: [[HOSTILE_NAME, 1]] },
        { id: 'e2', type: 'PERSON', name: 'Tamsin O\'Rourke', mentions: [['Tamsin O\'Rourke', 1]], roles: [['chief executive', 'chief executive']] },
        { id: 'e3', type: 'ORG', name: 'Harborlight Capital' },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$25 million', value: 25_000_000, currency: 'USD', bound: 'exact' }],
      relations: [
        { type: 'position', subject: 'e2', object: 'e1', role: 'chief executive', evidence: 'named Tamsin' },
        { type: 'funds', subject: 'e3', object: 'e1', amount: 'v1', evidence: 'invested' },
        { type: 'owns', subject: 'e3', object: 'e1', evidence: 'invested' },
      ],
      quotes: [{ id: 'q1', text: HOSTILE_QUOTE, speaker: 'e2', cue: 'said', about: ['e1'] }],
    }),
    handMadeDoc(b, {
      published: '2024-06-10',
      source: 'Fernhollow Ledger',
      title: 'Senator met Corvid chief',
      entities: [
        { id: 'e1', type: 'PERSON', name: 'Pell Marrow', mentions: [['Pell Marrow', 1]], roles: [['senator', 'senator']] },
        { id: 'e2', type: 'GPE', name: 'Fernhollow', mentions: [['Fernhollow', 1]] },
        { id: 'e3', type: 'PERSON', name: 'Tamsin O\'Rourke', mentions: [['Tamsin O\'Rourke', 1]] },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$2 million', value: 2_000_000, currency: 'USD', bound: 'exact' }],
      relations: [
        { type: 'position', subject: 'e1', object: 'e2', role: 'senator', evidence: 'a senator from' },
        { type: 'met_with', subject: 'e1', object: 'e3', evidence: 'met with' },
        { type: 'pledges', subject: 'e1', object: null, amount: 'v1', purpose: at(b, 'to build a school'), evidence: 'pledged' },
      ],
      quotes: [
        { id: 'q1', text: 'He never had the money,', speaker: null, anonymous: 'an official familiar with the matter', cue: 'said', about: ['e1'], stance: [{ target: 'relation:2', kind: 'disputes' }] },
        { id: 'q2', text: 'a smear', speaker: 'e3', cue: 'called', about: [], stance: [{ target: 'q1', kind: 'disputes' }] },
      ],
    }),
    handMadeDoc(c, {
      published: '2025-01-15',
      title: 'Harborlight buys a quarry',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Harborlight Capital' },
        { id: 'e2', type: 'ORG', name: 'Quarry Nine' },
        { id: 'e3', type: 'PERSON', name: 'Pell Marrow' },
      ],
      relations: [
        { type: 'acquires', subject: 'e1', object: 'e2', evidence: 'agreed to buy' },
        { type: 'owns', subject: 'e3', object: 'e2', evidence: 'from Pell Marrow' },
      ],
    }),
  ].map((d, i) => ({ ...d, meta: { ...d.meta, url: i === 0 ? 'https://ledger.example/corvid?id=1&lang=en' : null } }));
}

/** What the whole-graph export of the fixture holds. */
export const FIXTURE = { actors: 6, ties: 8, sources: 8, quotes: 3, articles: 3, tiesWithoutObject: 1 };

export function exportStore(path: string): SqliteStore {
  const store = new SqliteStore(path);
  const out = store.write(exportDocs().map((doc) => ({ doc, origin: null })));
  const failed = out.filter((o) => o.status !== 'new');
  if (failed.length) throw new Error(`fixture not stored: ${failed.map((f) => f.error?.message).join('; ')}`);
  return store;
}
