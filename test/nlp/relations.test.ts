import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/nlp/doc.js';
import { extract, relationStrings } from '../helpers/extract-doc.js';

type Case = { name: string; text: string; names: Record<string, EntityType>; want: string[]; not?: string[] };

const cases: Case[] = [
  {
    name: 'premodifying title: ORG TITLE PERSON',
    text: 'Vantor Systems CEO Lia Moss spoke on Friday.',
    names: { 'Vantor Systems': 'ORG', 'Lia Moss': 'PERSON' },
    want: ['position(Lia Moss, Vantor Systems)'],
  },
  {
    name: 'a title alone makes no relation',
    text: 'Sen. Tom Harlow voted against the bill.',
    names: { 'Tom Harlow': 'PERSON' },
    want: [],
  },
  {
    name: 'premodifying government title with a body: "Senate Majority Leader"',
    text: 'Senate Majority Leader Ada Pike blocked the vote.',
    names: { Senate: 'ORG', 'Ada Pike': 'PERSON' },
    want: ['position(Ada Pike, Senate)'],
  },
  {
    name: 'appositive: PERSON, a TITLE at ORG',
    text: 'Nadia Kern, a law professor at Wexford University, disagreed.',
    names: { 'Nadia Kern': 'PERSON', 'Wexford University': 'ORG' },
    want: ['position(Nadia Kern, Wexford University)'],
  },
  {
    name: "appositive with a possessor: PERSON, ORG's TITLE",
    text: "Tor Lund, Brightwell's attorney, confirmed the report.",
    names: { 'Tor Lund': 'PERSON', Brightwell: 'ORG' },
    want: ['position(Tor Lund, Brightwell)'],
  },
  {
    name: 'founder titles also give founded',
    text: 'Kestrel founder and CEO Ana Brook declined to comment.',
    names: { Kestrel: 'ORG', 'Ana Brook': 'PERSON' },
    want: ['position(Ana Brook, Kestrel)', 'founded(Ana Brook, Kestrel)'],
  },
  {
    name: 'copular relational noun: "X is Y\'s main financial backer"',
    text: "Harwick Capital is Lumen Labs's main financial backer.",
    names: { 'Harwick Capital': 'ORG', 'Lumen Labs': 'ORG' },
    want: ['funds(Harwick Capital, Lumen Labs)'],
  },
  {
    name: 'appositive relational noun with a name modifier: "a big Pike supporter"',
    text: 'Rupert Vance, a big Pike supporter, gave a speech.',
    names: { 'Rupert Vance': 'PERSON', Pike: 'PERSON' },
    want: ['supports(Rupert Vance, Pike)'],
  },
  {
    name: 'possessive title for a person ties the two',
    text: "Pike's campaign chairman Leo Hart resigned.",
    names: { Pike: 'PERSON', 'Leo Hart': 'PERSON' },
    want: ['associate_of(Leo Hart, Pike)'],
  },
  {
    name: 'owner noun reversed: "the company\'s owner, PERSON"',
    text: "Reporters at Dunmore News were told after the company's owner, Eli Dunmore, quit.",
    names: { 'Dunmore News': 'ORG', 'Eli Dunmore': 'PERSON' },
    want: ['owns(Eli Dunmore, Dunmore News)'],
  },
  {
    name: 'parent company premodifier',
    text: "Greystone's parent company Arcwell reported profits.",
    names: { Greystone: 'ORG', Arcwell: 'ORG' },
    want: ['owns(Arcwell, Greystone)'],
  },
  {
    name: 'subsidiary appositive',
    text: 'Pellex, a subsidiary of Mardon Holdings, won the contract.',
    names: { Pellex: 'ORG', 'Mardon Holdings': 'ORG' },
    want: ['part_of(Pellex, Mardon Holdings)'],
  },
  {
    name: 'verb with subject and object: "is suing"',
    text: 'Talbot Energy is suing Crane Mining over the spill.',
    names: { 'Talbot Energy': 'ORG', 'Crane Mining': 'ORG' },
    want: ['sues(Talbot Energy, Crane Mining)'],
  },
  {
    name: 'subject across a relative clause',
    text: 'Ivo Marsh, who is leading the new board, is suing Crane Mining.',
    names: { 'Ivo Marsh': 'PERSON', 'Crane Mining': 'ORG' },
    want: ['sues(Ivo Marsh, Crane Mining)'],
  },
  {
    name: 'light verb with noun and preposition: "filed a lawsuit against"',
    text: 'Rowan Pharma filed a lawsuit against Bexley Labs on Monday.',
    names: { 'Rowan Pharma': 'ORG', 'Bexley Labs': 'ORG' },
    want: ['sues(Rowan Pharma, Bexley Labs)'],
  },
  {
    name: 'passive with an agent: "X, founded by Y"',
    text: 'Orbital Works, founded by Nils Berg, launched a rocket.',
    names: { 'Orbital Works': 'ORG', 'Nils Berg': 'PERSON' },
    want: ['founded(Nils Berg, Orbital Works)'],
  },
  {
    name: 'acquisition with an amount',
    text: 'Harlan Foods agreed to buy Pico Snacks for $2 billion.',
    names: { 'Harlan Foods': 'ORG', 'Pico Snacks': 'ORG' },
    want: ['acquires(Harlan Foods, Pico Snacks)'],
  },
  {
    name: 'infinitive takes the subject of its clause: "announced a deal to buy"',
    text: 'Last week, Harlan Foods announced a deal to buy Pico Snacks.',
    names: { 'Harlan Foods': 'ORG', 'Pico Snacks': 'ORG' },
    want: ['acquires(Harlan Foods, Pico Snacks)'],
  },
  {
    name: 'pledge with amount and a place',
    text: 'Iris Calder publicly pledged $40 billion to invest in Canada.',
    names: { 'Iris Calder': 'PERSON', Canada: 'GPE' },
    want: ['pledges(Iris Calder, Canada)'],
  },
  {
    name: 'pledge noun with a possessor and no recipient',
    text: "Arcwell's plan to invest $3 billion in new plants was welcomed.",
    names: { Arcwell: 'ORG' },
    want: ['pledges(Arcwell, null)'],
  },
  {
    name: 'coordinated subjects of a partnership',
    text: 'Dorell and Quantix struck a data-storage partnership in June.',
    names: { Dorell: 'ORG', Quantix: 'ORG' },
    want: ['partners_with(Dorell, Quantix)'],
  },
  {
    name: 'a joint venture later named: members are part of it',
    text: 'The mayor announced a joint venture with Dorell, Quantix and Halbrook. Critics mocked the new project, dubbed Lighthouse, on Monday.',
    names: { Dorell: 'ORG', Quantix: 'ORG', Halbrook: 'ORG', Lighthouse: 'ORG' },
    want: ['part_of(Dorell, Lighthouse)', 'part_of(Quantix, Lighthouse)', 'part_of(Halbrook, Lighthouse)'],
  },
  {
    name: 'meeting by phone',
    text: 'Vera Holm spoke with Felix Dorn by phone on Friday.',
    names: { 'Vera Holm': 'PERSON', 'Felix Dorn': 'PERSON' },
    want: ['met_with(Vera Holm, Felix Dorn)'],
  },
  {
    name: 'object behind an organisation and a title: "spoke with ORG CEO PERSON"',
    text: 'Vera Holm spoke with Kestrel CEO Ana Brook.',
    names: { 'Vera Holm': 'PERSON', Kestrel: 'ORG', 'Ana Brook': 'PERSON' },
    want: ['met_with(Vera Holm, Ana Brook)', 'position(Ana Brook, Kestrel)'],
  },
  {
    name: 'opposition with a name inside the object phrase',
    text: 'Nora Quint has blasted the Halvard investigation.',
    names: { 'Nora Quint': 'PERSON', Halvard: 'PERSON' },
    want: ['opposes(Nora Quint, Halvard)'],
  },
  {
    name: 'close relationship',
    text: 'Ivo Marsh also has a close relationship with Rina Soto.',
    names: { 'Ivo Marsh': 'PERSON', 'Rina Soto': 'PERSON' },
    want: ['associate_of(Ivo Marsh, Rina Soto)'],
  },
  {
    name: '"Seattle-based" company',
    text: 'The Tacoma-based retailer Grell Goods opened a store.',
    names: { Tacoma: 'GPE', 'Grell Goods': 'ORG' },
    want: ['located_in(Grell Goods, Tacoma)'],
  },
  {
    name: 'a place and the larger place that holds it',
    text: 'The plant is in Dayton, Ohio, near the river.',
    names: { Dayton: 'GPE', Ohio: 'GPE' },
    want: ['located_in(Dayton, Ohio)'],
  },
  {
    name: 'a list of places is not a chain',
    text: 'Talks were held in France, Germany and Italy.',
    names: { France: 'GPE', Germany: 'GPE', Italy: 'GPE' },
    want: [],
  },
  {
    name: "a country's company",
    text: "Chile's Andes Air went bankrupt.",
    names: { Chile: 'GPE', 'Andes Air': 'ORG' },
    want: ['located_in(Andes Air, Chile)'],
  },
  {
    name: "a state's seat is not a located organisation",
    text: "Ohio's Senate race tightened.",
    names: { Ohio: 'GPE', Senate: 'ORG' },
    want: [],
  },
  {
    name: 'an institution in a city',
    text: 'She teaches at Harmon Law School in Boston.',
    names: { 'Harmon Law School': 'ORG', Boston: 'GPE' },
    want: ['located_in(Harmon Law School, Boston)'],
  },
  {
    name: "an organisation's people",
    text: "Orbital's Kai Lenz and Pia Voss flew to the station.",
    names: { Orbital: 'ORG', 'Kai Lenz': 'PERSON', 'Pia Voss': 'PERSON' },
    want: ['position(Kai Lenz, Orbital)', 'position(Pia Voss, Orbital)'],
  },
  {
    name: 'a committee named after its chamber',
    text: 'The Senate Finance Committee met while the Senate was in recess.',
    names: { 'Senate Finance Committee': 'ORG', Senate: 'ORG' },
    want: ['part_of(Senate Finance Committee, Senate)'],
  },
  {
    name: 'raised money from an investor',
    text: 'Lumen Labs raised $50 million from Harwick Capital.',
    names: { 'Lumen Labs': 'ORG', 'Harwick Capital': 'ORG' },
    want: ['funds(Harwick Capital, Lumen Labs)'],
  },
];

describe('relations: each construction on a hand-made sentence', () => {
  it.each(cases)('$name', ({ text, names, want }) => {
    const got = relationStrings(extract(text, names).json);
    for (const w of want) expect(got).toContain(w);
    if (!want.length) expect(got).toEqual([]);
  });

  it('gives each relation once per article, with its evidence sentence and trigger', () => {
    const text = 'Talbot Energy is suing Crane Mining. Talbot Energy sued Crane Mining again in May.';
    const { json, doc } = extract(text, { 'Talbot Energy': 'ORG', 'Crane Mining': 'ORG' });
    expect(relationStrings(json)).toEqual(['sues(Talbot Energy, Crane Mining)']);
    expect(json.relations[0]!.evidence.sentence).toBe(0);
    const trigger = doc.relations![0]!.trigger!;
    expect(text.slice(trigger.start, trigger.end)).toBe('suing');
  });

  it('records the amount of a pledge as a MONEY value id', () => {
    const { json } = extract('Iris Calder pledged $40 billion to invest in Canada.', { 'Iris Calder': 'PERSON', Canada: 'GPE' });
    const pledge = json.relations.find((r) => r.type === 'pledges')!;
    const v = json.values.find((x) => x.id === pledge.amount)!;
    expect(v.type === 'MONEY' && v.value).toBe(40_000_000_000);
    expect(pledge.purpose).toBe('invest in Canada');
  });

  it('records the medium of a call', () => {
    const { json } = extract('Vera Holm spoke with Felix Dorn by phone on Friday.', { 'Vera Holm': 'PERSON', 'Felix Dorn': 'PERSON' });
    expect(json.relations[0]!.medium).toBe('phone');
    expect(json.relations[0]!.date).toBe('2025-01-17');
  });
});
