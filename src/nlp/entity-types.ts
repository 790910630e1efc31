// Maps the tagger's CoNLL types to Dossier's (SPEC section 2).
// - PER -> PERSON; ORG -> ORG.
// - CoNLL's LOC is split. A name headed by a place-feature noun ("Silicon Valley", "White House")
//   or a world region is LOC; a country, state, province or city the gazetteers know, or a
//   direction plus one ("Northern California"), is GPE. A one-word "place" no gazetteer knows is
//   typed by how the word is used in unlabeled modern news (its distributional type): an ORG-like
//   word is an ORG the 1996 training data never showed ("Amazon"); otherwise GPE, the common case
//   in news (a town the lists miss).
// - CoNLL's MISC (nationalities, events, laws, ideologies, products...) becomes PRODUCT only when
//   the name looks like one: inner capitals ("iPhone", "ChatGPT"), a model number ("Skylark 7",
//   "Disney+"); otherwise it is not a Dossier entity.
// - Any non-person name ending in a model number or directly followed by a product noun ("the
//   Skylark app") is a PRODUCT.

import type { EntityType } from './doc.js';
import { PLACE_COMPOUND_MODIFIERS, PLACE_FEATURE_WORDS, PRODUCT_CUE_WORDS, REGION_LEADS } from './data/entity-type-cues.js';
import { ORG_HEAD_WORDS } from './data/person-titles.js';
import type { Gazetteer } from './features/gazetteer.js';

const GPE_LISTS = ['country', 'capital', 'state', 'province', 'city', 'us-city'];
const REGION_LISTS = ['region'];
/** Distributional type codes (2 * type + confident) of ORG-like words; types: O, PER, ORG, LOC, MISC. */
const ORG_TYPE = 2;

export class EntityTyper {
  private readonly gpeMask: number;
  private readonly regionMask: number;
  private readonly stateMask: number;
  private readonly firstNameMask: number;
  private readonly nameListMask: number;

  constructor(
    private readonly gazetteer: Gazetteer | null,
    private readonly wordTypes: ReadonlyMap<string, number> | null = null,
  ) {
    const mask = (names: string[]) => names.reduce((m, n) => (gazetteer && gazetteer.lists.includes(n) ? m | (1 << gazetteer.lists.indexOf(n)) : m), 0);
    this.gpeMask = mask(GPE_LISTS);
    this.regionMask = mask(REGION_LISTS);
    this.stateMask = mask(['country', 'state', 'province']);
    this.firstNameMask = mask(['first-name']);
    this.nameListMask = mask(['company', 'known-org', 'ticker', ...GPE_LISTS, ...REGION_LISTS]);
  }

  /** The lists whose entries equal exactly these tokens. */
  private listsOf(tokens: readonly string[]): number {
    if (!this.gazetteer || !tokens.length) return 0;
    let lists = 0;
    for (const m of this.gazetteer.match(tokens)) if (m.start === 0 && m.end === tokens.length) lists |= m.lists;
    return lists;
  }

  /**
   * Dossier's type for a span the tagger typed `conllType`, or null when it is not an entity.
   * `tokens` are the span's tokens; `next` is the token after it (or undefined).
   */
  typeOf(conllType: string, tokens: readonly string[], next: string | undefined): EntityType | null {
    if (conllType === 'PER') return next !== undefined && PLACE_COMPOUND_MODIFIERS.has(next.toLowerCase()) ? this.placeType(tokens) : 'PERSON';
    if (this.productShaped(tokens, next)) return 'PRODUCT';
    switch (conllType) {
      case 'ORG':
        return this.personShaped(tokens) ? 'PERSON' : 'ORG';
      case 'LOC':
        return this.placeType(tokens);
      case 'MISC':
        return tokens.some((t) => /^\p{Ll}+\p{Lu}/u.test(t) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t)) ? 'PRODUCT' : null;
      default:
        return null;
    }
  }

  /**
   * A given name and one more capitalised word that no company, organisation or place list knows
   * ("Dana Whitcombe"): a person, whatever the tagger's distributional features said about two
   * rare words that news mostly prints beside company names. "Wells Fargo" (a city) and "Morgan
   * Stanley" (a listed company) stay organisations.
   */
  private personShaped(tokens: readonly string[]): boolean {
    if (tokens.length !== 2 || !this.gazetteer || !this.firstNameMask) return false;
    const [first, last] = tokens as [string, string];
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
    if (ORG_HEAD_WORDS.has(last.toLowerCase())) return false;
    if (this.listsOf(tokens) & this.nameListMask || this.listsOf([last]) & (this.nameListMask | this.firstNameMask)) return false;
    return (this.listsOf([first]) & this.firstNameMask) !== 0;
  }

  private placeType(tokens: readonly string[]): EntityType {
    const last = tokens[tokens.length - 1]!.toLowerCase().replace(/\.$/, '');
    if (tokens.length > 1 && PLACE_FEATURE_WORDS.has(last)) return 'LOC';
    const lists = this.listsOf(tokens);
    if (lists & this.gpeMask) return 'GPE';
    if (lists & this.regionMask || PLACE_FEATURE_WORDS.has(last)) return 'LOC';
    if (tokens.length > 1 && REGION_LEADS.has(tokens[0]!.toLowerCase())) {
      // "Northern California" is part of a GPE; "Middle East", "West Africa" (a region) are not.
      return this.listsOf(tokens.slice(1)) & this.stateMask ? 'GPE' : 'LOC';
    }
    if (tokens.length === 1 && this.wordTypes) {
      const t = this.wordTypes.get(tokens[0]!);
      if (t !== undefined && t >> 1 === ORG_TYPE) return 'ORG';
    }
    return 'GPE';
  }

  /** A model number at the end ("Skylark 7", "Disney+", "Windows 10") or a product noun right after. */
  private productShaped(tokens: readonly string[], next: string | undefined): boolean {
    const last = tokens[tokens.length - 1]!;
    if (tokens.length > 1 && /^\p{N}{1,4}$/u.test(last) && !/^(1[89]|20)\d\d$/.test(last)) return true;
    if (/\p{L}\+$/u.test(last)) return true;
    return next !== undefined && PRODUCT_CUE_WORDS.has(next.toLowerCase());
  }
}
