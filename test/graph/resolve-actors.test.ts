import { describe, expect, it } from 'vitest';
import { acronymOf, asAcronym, canonicalKey, surnameOf } from '../../src/graph/actor-keys.js';
import type { EntityType } from '../../src/nlp/doc.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { handMadeDoc } from '../helpers/hand-made-doc.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir();
let n = 0;
const fresh = () => new SqliteStore(tmp.path(`r${n++}.db`));

/** An article whose entities are the given names (first occurrence each), no relations. */
function article(text: string, names: Array<[string, EntityType]>, published = '2025-03-01') {
  return handMadeDoc(text, { published, title: text.slice(0, 30), entities: names.map(([name, type], i) => ({ id: `e${i + 1}`, type, name })) });
}

function write(store: SqliteStore, ...docs: ReturnType<typeof article>[]) {
  const out = store.write(docs.map((doc) => ({ doc, origin: null })));
  expect(out.map((o) => o.status)).toEqual(docs.map(() => 'new'));
}

/** The actor each article's entity was linked to: "name@article" -> actor id. */
function actorOf(store: SqliteStore, name: string, type: EntityType = 'PERSON'): number[] {
  return store.findActors(name, type).map((m) => m.actor.id);
}

describe('lookup keys', () => {
  it.each([
    ['U.S.', 'united states'],
    ['America', 'united states'],
    ['the United States', 'united states'],
    ['Britain', 'united kingdom'],
    ['Harborlight', 'harborlight'],
  ])('canonicalKey(%s) = %s', (name, key) => expect(canonicalKey(name)).toBe(key));

  it.each([
    ['Federal Trade Commission', 'ftc'],
    ['Bank of the North', 'bn'],
    ['Harborlight', null],
    ['Corvid resources', null],
  ])('acronymOf(%s) = %s', (name, key) => expect(acronymOf(name)).toBe(key));

  it.each([
    ['FTC', 'ftc'],
    ['F.T.C.', 'ftc'],
    ['Ftc', null],
    ['NASDAQX1', null],
  ])('asAcronym(%s) = %s', (name, key) => expect(asAcronym(name)).toBe(key));

  it.each([
    ['Elon Musk', 'musk'],
    ['Martin Luther King Jr.', 'king'],
    ['Musk', null],
  ])('surnameOf(%s) = %s', (name, key) => expect(surnameOf(name)).toBe(key));
});

describe('cross-article resolution', () => {
  it('a bare surname in another article joins the full name when the articles share an actor', () => {
    const store = fresh();
    write(store, article('Elon Musk runs Tesla and SpaceX.', [['Elon Musk', 'PERSON'], ['Tesla', 'ORG'], ['SpaceX', 'ORG']]));
    write(store, article('Musk said Tesla would build a plant in Harborlight.', [['Musk', 'PERSON'], ['Tesla', 'ORG'], ['Harborlight', 'GPE']]));
    const [musk] = actorOf(store, 'Elon Musk');
    expect(actorOf(store, 'Musk')).toEqual([musk]);
    expect(store.actor(musk!)).toMatchObject({ name: 'Elon Musk', documents: 2 });
    const links = store.links(musk!);
    expect(links.map((l) => [l.name, l.rule])).toEqual([['Elon Musk', 'new'], ['Musk', 'surname']]);
    expect(links[1]!.detail).toMatch(/shares Tesla/);
    store.close();
  });

  it('a full name joins an actor first known only by its surname, which then takes the full name', () => {
    const store = fresh();
    write(store, article('Quillfeather spoke for Corvid Resources.', [['Quillfeather', 'PERSON'], ['Corvid Resources', 'ORG']]));
    write(store, article('Mara Quillfeather leads Corvid Resources.', [['Mara Quillfeather', 'PERSON'], ['Corvid Resources', 'ORG']]));
    const ids = actorOf(store, 'Quillfeather');
    expect(ids).toHaveLength(1);
    expect(store.actor(ids[0]!)).toMatchObject({ name: 'Mara Quillfeather', documents: 2 });
  });

  it('FTC and Federal Trade Commission are one actor, in either order', () => {
    for (const order of [0, 1]) {
      const store = fresh();
      const full = article('The Federal Trade Commission sued Corvid Resources.', [['Federal Trade Commission', 'ORG'], ['Corvid Resources', 'ORG']]);
      const short = article('The FTC fined Harborlight Media.', [['FTC', 'ORG'], ['Harborlight Media', 'ORG']]);
      write(store, ...(order ? [short, full] : [full, short]));
      const a = actorOf(store, 'FTC', 'ORG');
      expect(a).toHaveLength(1);
      expect(actorOf(store, 'Federal Trade Commission', 'ORG')).toEqual(a);
      expect(store.links(a[0]!).map((l) => l.rule).sort()).toEqual(['acronym', 'new']);
      store.close();
    }
  });

  it('U.S., United States and America are one place', () => {
    const store = fresh();
    write(store, article('Harborlight Media opened in the U.S. this week.', [['U.S.', 'GPE'], ['Harborlight Media', 'ORG']]));
    write(store, article('The United States signed the accord.', [['United States', 'GPE']]));
    write(store, article('America buys more batteries.', [['America', 'GPE']]));
    const ids = actorOf(store, 'United States', 'GPE');
    expect(ids).toHaveLength(1);
    expect(actorOf(store, 'U.S.', 'GPE')).toEqual(ids);
    expect(actorOf(store, 'America', 'GPE')).toEqual(ids);
    expect(store.actor(ids[0]!)!.documents).toBe(3);
    store.close();
  });

  it('the same name of the same type is one actor (a company in two articles)', () => {
    const store = fresh();
    write(store, article('Apple sold more phones.', [['Apple', 'ORG']]), article('Apple hired Dana Orrin.', [['Apple', 'ORG'], ['Dana Orrin', 'PERSON']]));
    expect(actorOf(store, 'Apple', 'ORG')).toHaveLength(1);
    store.close();
  });

  it('the same-surname trap: two people called Son stay apart; a bare "Son" goes where its context says, or stays alone', () => {
    const store = fresh();
    write(store, article('Masayoshi Son runs SoftBank.', [['Masayoshi Son', 'PERSON'], ['SoftBank', 'ORG']]));
    write(store, article('Hana Son teaches at Fernhollow Academy.', [['Hana Son', 'PERSON'], ['Fernhollow Academy', 'ORG']]));
    const [masa] = actorOf(store, 'Masayoshi Son');
    const [hana] = actorOf(store, 'Hana Son');
    expect(masa).not.toBe(hana);
    write(store, article('Son said SoftBank would invest.', [['Son', 'PERSON'], ['SoftBank', 'ORG']]));
    write(store, article('Son praised the pupils of Fernhollow Academy.', [['Son', 'PERSON'], ['Fernhollow Academy', 'ORG']]));
    write(store, article('Son won the open at the Larkspur Chess Club.', [['Son', 'PERSON'], ['Larkspur Chess Club', 'ORG']]));
    expect(store.actor(masa!)!.documents).toBe(2);
    expect(store.actor(hana!)!.documents).toBe(2);
    const bare = store.findActors('Son', 'PERSON').map((m) => m.actor);
    expect(bare.map((a) => a.name).sort()).toEqual(['Hana Son', 'Masayoshi Son', 'Son']);
    const alone = bare.find((a) => a.name === 'Son')!;
    expect(alone.documents).toBe(1);
    expect(store.links(alone.id)[0]!.detail).toMatch(/could be 2 actors/);
    store.close();
  });

  it('one candidate whose articles share nobody with this one is not joined', () => {
    const store = fresh();
    write(store, article('Jonas Pell chairs Corvid Resources.', [['Jonas Pell', 'PERSON'], ['Corvid Resources', 'ORG']]));
    write(store, article('Pell scored twice for Harborlight United.', [['Pell', 'PERSON'], ['Harborlight United', 'ORG']]));
    const [jonas] = actorOf(store, 'Jonas Pell');
    expect(actorOf(store, 'Pell')).not.toContain(jonas);
    expect(store.actor(jonas!)!.documents).toBe(1);
    store.close();
  });

  it('is incremental: a new article never moves what earlier ones linked', () => {
    const store = fresh();
    write(store, article('Elon Musk runs Tesla.', [['Elon Musk', 'PERSON'], ['Tesla', 'ORG']]));
    const before = actorOf(store, 'Elon Musk');
    write(store, article('Tesla said Musk would visit Harborlight.', [['Tesla', 'ORG'], ['Musk', 'PERSON'], ['Harborlight', 'GPE']]));
    write(store, article('Kimbal Musk cooks in Denver.', [['Kimbal Musk', 'PERSON'], ['Denver', 'GPE']]));
    expect(actorOf(store, 'Elon Musk')).toEqual(before);
    expect(store.actor(before[0]!)!.documents).toBe(2);
    expect(actorOf(store, 'Kimbal Musk')).not.toEqual(before);
    store.close();
  });
});
