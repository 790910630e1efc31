// Name normalisation shared by linking and lookups: "The U.S. Treasury’s" and "u.s. treasury"
// compare equal. Case, diacritics, punctuation, a possessive and a leading "the" do not count.

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]s\b/gu, '')
    .replace(/[.,'’‘"“”()«»!?]/gu, '')
    .replace(/[-–—_/]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}
