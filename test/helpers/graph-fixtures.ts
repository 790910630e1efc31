// Five short articles written for these tests about public figures and invented companies, as
// hand-made Docs (every layer given), so the graph tests do not depend on today's NLP stages.
// They hold: one lawsuit reported twice, a bare "Musk" to resolve, a friendship that joins Musk
// and Ellison, two chains from Altman to Ellison, two disputes, and a pledge whose amount differs
// between two articles.

import type { Doc } from '../../src/nlp/doc.js';
import { handMadeDoc } from './hand-made-doc.js';

export function graphArticles(): Doc[] {
  const d1 = 'Elon Musk sued OpenAI in federal court on Monday. Musk co-founded OpenAI in 2015. "OpenAI abandoned the mission it was built for," Musk wrote. OpenAI chief executive Sam Altman answered that the claim was simply false.';
  const d2 = 'Oracle signed a cloud partnership with OpenAI on Friday. Larry Ellison, the Oracle chairman, praised the deal. Ellison and Musk have been friends for decades, and Ellison put $1 billion into a Musk venture.';
  const d3 = 'Corvid Resources pledged $2 billion to Harborlight for battery plants. Dana Orrin, the chief executive of Corvid Resources, announced the plan.';
  const d4 = 'Corvid Resources has pledged $2.5 billion to Harborlight, a state filing shows. "The real figure is far smaller than they claim," Elon Musk said of the pledge.';
  const d5 = 'The lawsuit Elon Musk brought against OpenAI moved forward on Thursday.';
  return [
    handMadeDoc(d1, {
      published: '2025-02-03', source: 'musk-suit.txt', title: 'Musk sues OpenAI',
      entities: [
        { id: 'e1', type: 'PERSON', name: 'Elon Musk', mentions: [['Musk', 1], ['Musk', 2]] },
        { id: 'e2', type: 'ORG', name: 'OpenAI', mentions: [['OpenAI', 1], ['OpenAI', 2], ['OpenAI', 3]] },
        { id: 'e3', type: 'PERSON', name: 'Sam Altman', roles: [['CEO', 'chief executive']] },
      ],
      values: [{ id: 'v1', type: 'DATE', text: '2015', value: '2015' }],
      relations: [
        { type: 'sues', subject: 'e1', object: 'e2', evidence: 'sued OpenAI' },
        { type: 'founded', subject: 'e1', object: 'e2', date: 'v1', evidence: 'co-founded' },
        { type: 'position', subject: 'e3', object: 'e2', role: 'CEO', evidence: 'chief executive Sam' },
      ],
      quotes: [
        { id: 'q1', text: 'OpenAI abandoned the mission it was built for,', speaker: 'e1', cue: 'wrote', about: ['e2'] },
        { id: 'q2', text: 'the claim was simply false', speaker: 'e3', cue: 'answered', direct: false, stance: [{ target: 'q1', kind: 'disputes' }] },
      ],
    }),
    handMadeDoc(d2, {
      published: '2025-02-10', source: 'oracle-deal.txt', title: 'Oracle and OpenAI sign cloud deal',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Oracle', mentions: [['Oracle', 1]] },
        { id: 'e2', type: 'ORG', name: 'OpenAI' },
        { id: 'e3', type: 'PERSON', name: 'Larry Ellison', mentions: [['Ellison', 1], ['Ellison', 2]], roles: [['chairman', 'chairman']] },
        { id: 'e4', type: 'PERSON', name: 'Musk', mentions: [['Musk', 1]] },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$1 billion', value: 1e9, currency: 'USD', bound: 'exact' }],
      relations: [
        { type: 'partners_with', subject: 'e1', object: 'e2', evidence: 'cloud partnership' },
        { type: 'position', subject: 'e3', object: 'e1', role: 'chairman', evidence: 'the Oracle chairman' },
        { type: 'associate_of', subject: 'e3', object: 'e4', evidence: 'friends for decades' },
        { type: 'funds', subject: 'e3', object: 'e4', amount: 'v1', evidence: 'put $1 billion' },
      ],
    }),
    handMadeDoc(d3, {
      published: '2025-02-12', source: 'corvid-pledge.txt', title: 'Corvid pledges billions',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Corvid Resources', mentions: [['Corvid Resources', 1]] },
        { id: 'e2', type: 'GPE', name: 'Harborlight' },
        { id: 'e3', type: 'PERSON', name: 'Dana Orrin', roles: [['CEO', 'chief executive']] },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$2 billion', value: 2e9, currency: 'USD', bound: 'exact' }],
      relations: [
        { type: 'pledges', subject: 'e1', object: 'e2', amount: 'v1', evidence: 'pledged $2 billion' },
        { type: 'position', subject: 'e3', object: 'e1', role: 'CEO', evidence: 'Dana Orrin' },
      ],
    }),
    handMadeDoc(d4, {
      published: '2025-02-14', source: 'corvid-filing.txt', title: 'Filing shows a bigger Corvid pledge',
      entities: [
        { id: 'e1', type: 'ORG', name: 'Corvid Resources' },
        { id: 'e2', type: 'GPE', name: 'Harborlight' },
        { id: 'e3', type: 'PERSON', name: 'Elon Musk' },
      ],
      values: [{ id: 'v1', type: 'MONEY', text: '$2.5 billion', value: 2.5e9, currency: 'USD', bound: 'exact' }],
      relations: [{ type: 'pledges', subject: 'e1', object: 'e2', amount: 'v1', evidence: 'has pledged' }],
      quotes: [{ id: 'q1', text: 'The real figure is far smaller than they claim,', speaker: 'e3', cue: 'said', about: ['e1'], stance: [{ target: 'relation:0', kind: 'disputes' }] }],
    }),
    handMadeDoc(d5, {
      published: '2025-02-20', source: 'musk-suit-2.txt', title: 'Musk suit moves forward',
      entities: [
        { id: 'e1', type: 'PERSON', name: 'Elon Musk' },
        { id: 'e2', type: 'ORG', name: 'OpenAI' },
      ],
      relations: [{ type: 'sues', subject: 'e1', object: 'e2', evidence: 'The lawsuit' }],
    }),
  ];
}
