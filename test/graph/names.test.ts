import { describe, expect, it } from 'vitest';
import { sameNameLinker } from '../../src/graph/link-actors.js';
import { keptPerName, normalizeName } from '../../src/graph/names.js';

describe('normalizeName', () => {
  it.each([
    ['The U.S. Treasury', 'us treasury'],
    ['OpenAI’s', 'openai'],
    ['  Sam   Altman ', 'sam altman'],
    ['Société Générale', 'societe generale'],
    ['Coca-Cola', 'coca cola'],
    ['"Stargate"', 'stargate'],
    ['Theranos', 'theranos'],
  ])('%s -> %s', (name, norm) => expect(normalizeName(name)).toBe(norm));
});

describe('sameNameLinker', () => {
  it('links the same type and normalised name, keeps types apart', () => {
    const k = (type: 'ORG' | 'PRODUCT', name: string) => sameNameLinker.keyOf({ type, name, aliases: [] });
    expect(k('ORG', 'The OpenAI')).toEqual({ ...k('ORG', 'OpenAI'), name: 'The OpenAI' });
    expect(k('ORG', 'Apple').key).toBe(k('PRODUCT', 'Apple').key);
    expect(k('ORG', 'Apple').type).not.toBe(k('PRODUCT', 'Apple').type);
  });
});

describe('keptPerName', () => {
  it('answers as the function does, asks it once per name, and forgets everything at the bound', () => {
    const asked: string[] = [];
    const upper = keptPerName((n) => {
      asked.push(n);
      return n.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    // A third name is over the bound: the kept answers go, so "a" is asked again.
    expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
