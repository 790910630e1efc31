// Inflected forms of English verbs for the cue lexicons: regular rules plus the irregular verbs
// the lexicons use. Data for relation and quote cues.

/** Irregular verbs: lemma -> [3rd person singular, past, past participle, present participle]. */
const IRREGULAR: Readonly<Record<string, readonly [string, string, string, string]>> = {
  be: ['is', 'was', 'been', 'being'],
  have: ['has', 'had', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  buy: ['buys', 'bought', 'bought', 'buying'],
  meet: ['meets', 'met', 'met', 'meeting'],
  hold: ['holds', 'held', 'held', 'holding'],
  take: ['takes', 'took', 'taken', 'taking'],
  strike: ['strikes', 'struck', 'struck', 'striking'],
  win: ['wins', 'won', 'won', 'winning'],
  give: ['gives', 'gave', 'given', 'giving'],
  bring: ['brings', 'brought', 'brought', 'bringing'],
  fight: ['fights', 'fought', 'fought', 'fighting'],
  lead: ['leads', 'led', 'led', 'leading'],
  make: ['makes', 'made', 'made', 'making'],
  lend: ['lends', 'lent', 'lent', 'lending'],
  spend: ['spends', 'spent', 'spent', 'spending'],
  put: ['puts', 'put', 'put', 'putting'],
  set: ['sets', 'set', 'set', 'setting'],
  cut: ['cuts', 'cut', 'cut', 'cutting'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  undercut: ['undercuts', 'undercut', 'undercut', 'undercutting'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  stand: ['stands', 'stood', 'stood', 'standing'],
  run: ['runs', 'ran', 'run', 'running'],
  know: ['knows', 'knew', 'known', 'knowing'],
  find: ['finds', 'found', 'found', 'finding'],
  go: ['goes', 'went', 'gone', 'going'],
  get: ['gets', 'got', 'gotten', 'getting'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  sell: ['sells', 'sold', 'sold', 'selling'],
  send: ['sends', 'sent', 'sent', 'sending'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  keep: ['keeps', 'kept', 'kept', 'keeping'],
  show: ['shows', 'showed', 'shown', 'showing'],
  forge: ['forges', 'forged', 'forged', 'forging'],
  become: ['becomes', 'became', 'become', 'becoming'],
  come: ['comes', 'came', 'come', 'coming'],
  pay: ['pays', 'paid', 'paid', 'paying'],
  lay: ['lays', 'laid', 'laid', 'laying'],
  read: ['reads', 'read', 'read', 'reading'],
  hear: ['hears', 'heard', 'heard', 'hearing'],
  rise: ['rises', 'rose', 'risen', 'rising'],
  sit: ['sits', 'sat', 'sat', 'sitting'],
  wed: ['weds', 'wed', 'wed', 'wedding'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  draw: ['draws', 'drew', 'drawn', 'drawing'],
  leave: ['leaves', 'left', 'left', 'leaving'],
  lose: ['loses', 'lost', 'lost', 'losing'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  mean: ['means', 'meant', 'meant', 'meaning'],
  teach: ['teaches', 'taught', 'taught', 'teaching'],
  fire: ['fires', 'fired', 'fired', 'firing'],
};

/** Verbs that double their last consonant before -ed / -ing. */
const DOUBLING: ReadonlySet<string> = new Set([
  'plan', 'commit', 'admit', 'slam', 'spar', 'rebut', 'ban', 'stop', 'drop', 'step', 'tap', 'chat', 'quip', 'jab',
  'snap', 'plot', 'regret', 'refer', 'prefer', 'confer', 'omit', 'submit', 'permit', 'control', 'patrol', 'equip',
  'rap', 'scrap', 'flip', 'grab', 'nab', 'rob', 'sob', 'wed', 'quit', 'bar', 'mar', 'star', 'stir', 'fret', 'pit', 'abet',
]);

/** All forms of a verb: lemma, -s, past, past participle, -ing. */
export function verbForms(lemma: string): string[] {
  const irr = IRREGULAR[lemma];
  if (irr) return [lemma, ...irr];
  let s: string;
  let ed: string;
  let ing: string;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) s = `${lemma}es`;
  else if (/[^aeiou]y$/.test(lemma)) s = `${lemma.slice(0, -1)}ies`;
  else s = `${lemma}s`;
  if (lemma.endsWith('e')) {
    ed = `${lemma}d`;
    ing = lemma.endsWith('ee') || lemma.endsWith('ye') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(lemma)) {
    ed = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else if (DOUBLING.has(lemma)) {
    const c = lemma[lemma.length - 1]!;
    ed = `${lemma}${c}ed`;
    ing = `${lemma}${c}ing`;
  } else {
    ed = `${lemma}ed`;
    ing = `${lemma}ing`;
  }
  return [lemma, s, ed, ing];
}

/**
 * Inflected form of a lemma's first word -> the lemmas it may belong to (multi-word lemmas such as
 * "take over" inflect their first word; the matcher checks the rest).
 */
export function formIndex(lemmas: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const lemma of lemmas) {
    const head = lemma.split(' ')[0]!;
    for (const f of verbForms(head)) {
      const list = out.get(f) ?? [];
      if (!list.includes(lemma)) list.push(lemma);
      out.set(f, list);
    }
  }
  return out;
}
