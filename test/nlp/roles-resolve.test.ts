import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/nlp/doc.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';
import { rolesStage } from '../../src/nlp/stages/roles.js';
import { entityNames, extract } from '../helpers/extract-doc.js';

const roles = (text: string) => {
  const d = createPipeline([tokenizeStage, rolesStage]).run(createDoc(text));
  return d.roles!.map((r) => `${text.slice(r.start, r.end)}=${r.label}`);
};

describe('roles: title spans and their labels', () => {
  it.each([
    ['Orlen Data CEO Mira Vasquez spoke.', ['CEO=CEO']],
    ['The chief executive officer resigned.', ['chief executive officer=CEO']],
    ['Sen. Tom Harlow voted no.', ['Sen.=senator']],
    ['Senate Majority Leader Ada Pike spoke.', ['Majority Leader=majority leader']],
    ['The former chairman left.', ['former chairman=former chair']],
    ['The ex-CEO of Brantley sued.', ['ex-CEO=former CEO']],
    ['Attorney General Ruth Ames said so.', ['Attorney General=attorney general']],
    ['She is the co-founder and president.', ['co-founder=co-founder', 'president=president']],
    ['The general election is near.', []],
    ['The justice system failed.', []],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('resolution: one entity per referent', () => {
  it('strips titles from a tagged name and keeps them as roles', () => {
    const { json } = extract('President Alma Teague met donors. Teague later left.', { 'President Alma Teague': 'PERSON', Teague: 'PERSON' });
    expect(entityNames(json)).toEqual(['PERSON Alma Teague']);
    expect(json.entities[0]!.roles).toContain('president');
  });

  it('joins an acronym introduced in parentheses and used later', () => {
    const { json } = extract('The Federal Canal Authority (FCA) fined Dorvan Shipping. The FCA said more fines would come.', {
      'Federal Canal Authority': 'ORG', FCA: 'ORG', 'Dorvan Shipping': 'ORG',
    });
    expect(entityNames(json)).toEqual(['ORG Federal Canal Authority', 'ORG Dorvan Shipping']);
    expect(json.entities[0]!.aliases).toContain('FCA');
  });

  it('joins an acronym to its spelled-out name without an introduction', () => {
    const { json } = extract('The National Rail Workers Union went on strike. NRWU leaders met on Friday.', { 'National Rail Workers Union': 'ORG', NRWU: 'ORG' });
    expect(json.entities).toHaveLength(1);
  });

  it('joins spelling and case variants', () => {
    const { json } = extract('SkyBridge Labs grew. Skybridge Labs hired. SKYBRIDGE LABS listed.', { 'SkyBridge Labs': 'ORG', 'Skybridge Labs': 'ORG', 'SKYBRIDGE LABS': 'ORG' });
    expect(entityNames(json)).toEqual(['ORG SkyBridge Labs']);
  });

  it('joins a short form of a company name', () => {
    const { json } = extract('Tallow Robotics Inc. opened a plant. Tallow hired 200 people.', { 'Tallow Robotics Inc.': 'ORG', Tallow: 'ORG' });
    expect(json.entities).toHaveLength(1);
    expect(json.entities[0]!.name).toBe('Tallow Robotics Inc.');
  });

  it('keeps two people who share a surname apart, and gives the bare surname to the one named last', () => {
    const { json } = extract(
      'Hanna Brisco runs the bank. Her brother Piet Brisco runs the port. Brisco said the port would grow.',
      { 'Hanna Brisco': 'PERSON', 'Piet Brisco': 'PERSON', Brisco: 'PERSON' },
    );
    expect(entityNames(json)).toEqual(['PERSON Hanna Brisco', 'PERSON Piet Brisco']);
    const piet = json.entities.find((e) => e.name === 'Piet Brisco')!;
    expect(piet.aliases).toContain('Brisco');
  });

  it('joins short given names and middle initials', () => {
    const { json } = extract('Michael J. Orrin spoke. Mike Orrin left early. Orrin returned.', { 'Michael J. Orrin': 'PERSON', 'Mike Orrin': 'PERSON', Orrin: 'PERSON' });
    expect(entityNames(json)).toEqual(['PERSON Michael J. Orrin']);
  });

  it('joins a handle to the person whose surname it holds', () => {
    const { json } = extract('Lena Okonkwo posted it. — Lena Okonkwo (@LenaOkonkwo) May 2, 2024', { 'Lena Okonkwo': 'PERSON', '@LenaOkonkwo': 'PERSON' });
    expect(json.entities).toHaveLength(1);
  });

  it('joins country names through the country lexicon', () => {
    const { json } = extract('The United States and Brazil talked. The U.S. later agreed.', { 'United States': 'GPE', 'U.S.': 'GPE', Brazil: 'GPE' });
    expect(entityNames(json)).toEqual(['GPE United States', 'GPE Brazil']);
  });

  it('drops nationality and party words the tagger marked', () => {
    const { json } = extract('Democrats and Chinese officials met Ana Rios.', { Democrats: 'ORG', Chinese: 'GPE', 'Ana Rios': 'PERSON' });
    expect(entityNames(json)).toEqual(['PERSON Ana Rios']);
  });

  it('finds a known surname the tagger missed', () => {
    // "Vale" opens a sentence and was not tagged; the person is named in full before.
    const { json } = extract('Investor Otto Vale backed the plan. Vale publicly pledged $5 million.', { 'Otto Vale': 'PERSON' });
    expect(json.entities[0]!.mentions.map((m) => m.text)).toEqual(['Otto Vale', 'Vale']);
  });

  it('settles a type by the votes of its mentions', () => {
    const { doc } = extract('Kestrel Foods grew. Kestrel Foods sold. Kestrel Foods hired.', { 'Kestrel Foods': 'ORG' });
    expect(doc.entities![0]!.type).toBe('ORG');
  });

  it('trims a place from its "-based" compound', () => {
    const { json } = extract('The Denver-based firm Quarry Labs grew.', { Denver: 'GPE', 'Quarry Labs': 'ORG' });
    expect(json.entities.map((e) => e.name)).toEqual(['Denver', 'Quarry Labs']);
  });
});
