import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/nlp/doc.js';
import { extract } from '../helpers/extract-doc.js';

// The repairs the article itself justifies, on mentions given as a tagger might have cut them.
// Names are given with the exact spans a tagger produced: [text, type, occurrence].

type Given = Record<string, EntityType>;
const names = (json: ReturnType<typeof extract>['json']) => json.entities.map((e) => `${e.type} ${e.name}`);

describe('repairs of the tagger\'s mentions', () => {
  it.each<[string, string, Given, string[]]>([
    ['a person cut in two is joined', 'Rosalind T. Ashcombe spoke.', { Rosalind: 'PERSON', 'T. Ashcombe': 'PERSON' }, ['PERSON Rosalind T. Ashcombe']],
    ['a name stopped at "of" goes on', 'The Department of Justice sued.', { 'Department of': 'ORG' }, ['ORG Department of Justice']],
    ['"X and Y Committee" is one name when X never stands alone', 'The House Fisheries and Ports Committee met.', { 'House Fisheries': 'ORG', 'Ports Committee': 'ORG' }, ['ORG House Fisheries and Ports Committee']],
    ['a suffix alone joins the name before it', 'Walter Grieve, Jr. spoke.', { 'Walter Grieve': 'PERSON', 'Jr.': 'PERSON' }, ['PERSON Walter Grieve, Jr.']],
    ['a title alone is no entity', 'Justice Ana Roth wrote.', { Justice: 'PERSON', 'Ana Roth': 'PERSON' }, ['PERSON Ana Roth']],
    ['a law is no entity', 'The Clean Water Act passed.', { 'Clean Water Act': 'ORG' }, []],
    ['a holiday is no entity', 'Sales rose before Christmas.', { Christmas: 'GPE' }, []],
    ['an acronym of common words is no entity', 'They sell remote-site patient monitoring (or RSPM) kits.', { RSPM: 'PRODUCT' }, []],
    ['a group of party members is no organisation', 'House Democrats voted no.', { 'House Democrats': 'ORG' }, []],
    ['a list member the tagger missed', 'It sold films to Orrin, or Kestrel, or Zentrix, or Tidewell.', { Orrin: 'ORG', Kestrel: 'ORG', Tidewell: 'ORG' }, ['ORG Orrin', 'ORG Kestrel', 'ORG Zentrix', 'ORG Tidewell']],
    ['the organisation before a title and a person', 'On Monday, Treasury Secretary Hal Moore spoke.', { 'Hal Moore': 'PERSON' }, ['ORG Treasury', 'PERSON Hal Moore']],
    ['an employer typed as a product', 'Vantrix CEO Lia Moss left.', { Vantrix: 'PRODUCT', 'Lia Moss': 'PERSON' }, ['ORG Vantrix', 'PERSON Lia Moss']],
    ['a company noun beside a name', 'He joined the AI startup Kelvro last year.', { Kelvro: 'GPE' }, ['ORG Kelvro']],
    ['what is dubbed is not a person', 'The plan, dubbed Skyforge, was dropped.', { Skyforge: 'PERSON' }, ['ORG Skyforge']],
    ['a person\'s campaign is an organisation', 'The Rowe campaign said no.', { Rowe: 'PERSON' }, ['ORG Rowe campaign']],
    ['a place the article never uses as one is an organisation', 'Kestrova sold chips to Dell.', { Kestrova: 'GPE', Dell: 'ORG' }, ['ORG Kestrova', 'ORG Dell']],
    ['a place used as one stays a place', 'The plant in Kestrova closed.', { Kestrova: 'GPE' }, ['GPE Kestrova']],
  ])('%s', (_name, text, given, want) => {
    expect(names(extract(text, given).json)).toEqual(want);
  });

  it('keeps a byline out', () => {
    const { json } = extract('Ana Roth\n\nThe mayor resigned on Monday, officials said.', { 'Ana Roth': 'PERSON' });
    expect(json.entities).toEqual([]);
  });
});
