// A small store for the explorer's API and browser tests: three invented articles with a pledge
// whose amount differs between sources, a claim disputing it, a reply, and one hostile article
// whose names, quote, title and address are HTML and script that must stay inert text.

import type { Doc } from '../../src/nlp/doc.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { handMadeDoc } from './hand-made-doc.js';

export const HOSTILE = {
  org: 'Quillon <img src=x onerror="window.__pwned=2"> Holdings',
  person: 'Dara <b>Vex</b>',
  quote: '<script>window.__pwned=1</script>',
  title: '<script>window.__pwned=4</script> Exposé',
  url: 'javascript:window.__pwned=5',
};

export function explorerDocs(): Doc[] {
  const a = 'Harborlight Capital pledged $200 million to Corvid Resources on Monday. Corvid Resources CEO Maren Ostby welcomed the money. "This changes everything for our mines," Ostby said.';
  const b = 'Harborlight Capital pledged $350 million to Corvid Resources, filings show. "They cannot pay," analyst Tomas Reyne wrote in a note. "Reyne is wrong about our backer," said Maren Ostby.';
  const c = `${HOSTILE.org} sued Corvid Resources on Friday. "${HOSTILE.quote}" said ${HOSTILE.person} in a statement. Read more at ${HOSTILE.url} today.`;
  const docs = [
    handMadeDoc(a, {
      published: '2025-03-03', source: 'harborlight-a.txt', title: 'Harborlight backs Corvid',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Harborlight Capital' },
        { id: 'e2', type: 'ORG', name: 'Corvid Resources', mentions: [['Corvid Resources', 1]] },
        { id: 'e3', type: 'PERSON', name: 'Maren Ostby', mentions: [['Ostby', 1]], roles: [['CEO', 'CEO']] },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$200 million', value: 200_000_000, currency: 'USD', bound: 'exact' }, { id: 'v2', type: 'DATE', text: 'Monday', value: '2025-03-03' }],
      relations: [
        { type: 'pledges', subject: 'e1', object: 'e2', amount: 'v1', date: 'v2', evidence: 'pledged $200 million' },
        { type: 'position', subject: 'e3', object: 'e2', role: 'CEO', evidence: 'CEO Maren Ostby' },
      ],
      quotes: [{ id: 'q1', text: 'This changes everything for our mines,', speaker: 'e3', cue: 'said', about: ['e2'] }],
    }),
    handMadeDoc(b, {
      published: '2025-03-05', source: 'harborlight-b.txt', title: 'Doubts over the Corvid pledge',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Harborlight Capital' },
        { id: 'e2', type: 'ORG', name: 'Corvid Resources' },
        { id: 'e3', type: 'PERSON', name: 'Tomas Reyne', mentions: [['Reyne', 1]] },
        { id: 'e4', type: 'PERSON', name: 'Maren Ostby' },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$350 million', value: 350_000_000, currency: 'USD', bound: 'exact' }],
      relations: [{ type: 'pledges', subject: 'e1', object: 'e2', amount: 'v1', evidence: 'pledged $350 million' }],
      quotes: [
        { id: 'q1', text: 'They cannot pay,', speaker: 'e3', cue: 'wrote', about: ['e1'], stance: [{ target: 'relation:0', kind: 'disputes' }] },
        { id: 'q2', text: 'Reyne is wrong about our backer,', speaker: 'e4', cue: 'said', about: ['e3'], stance: [{ target: 'q1', kind: 'disputes' }] },
      ],
    }),
    handMadeDoc(c, {
      published: '2025-03-07', source: 'hostile.txt', title: HOSTILE.title,
      entities: [
        { id: 'e1', type: 'ORG', name: HOSTILE.org },
        { id: 'e2', type: 'ORG', name: 'Corvid Resources' },
        { id: 'e3', type: 'PERSON', name: HOSTILE.person },
      ],
      relations: [{ type: 'sues', subject: 'e1', object: 'e2', evidence: 'sued Corvid' }],
      quotes: [{ id: 'q1', text: HOSTILE.quote, speaker: 'e3', cue: 'said', about: ['e1'] }],
    }),
  ];
  docs[2]!.meta.url = HOSTILE.url;
  return docs;
}

/** A database file holding the fixture articles. */
export function explorerStore(path: string): SqliteStore {
  const store = new SqliteStore(path);
  const out = store.write(explorerDocs().map((doc) => ({ doc, origin: doc.meta.source })));
  const failed = out.filter((o) => o.status !== 'new');
  if (failed.length) throw new Error(`fixture not stored: ${failed.map((f) => f.error?.message ?? f.status).join('; ')}`);
  return store;
}
