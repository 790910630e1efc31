// Colours for entity types and tie types: data, kept apart from the views. Chosen to read on a
// white background (contrast >= 4.5:1 for text) and to stay distinct for common colour blindness.

export const TYPE_COLORS: Record<string, string> = {
  PERSON: '#1f5fa8',
  ORG: '#a3461c',
  GPE: '#2e7d32',
  LOC: '#6a4c93',
  PRODUCT: '#8a6d00',
};

export const TIE_COLORS: Record<string, string> = {
  position: '#7a8795',
  founded: '#5b3f8c',
  funds: '#1b7f4a',
  owns: '#0f6e6e',
  acquires: '#0b5394',
  pledges: '#b35c00',
  part_of: '#6d6d2a',
  partners_with: '#3f7fbf',
  sues: '#b3261e',
  met_with: '#7f6a3f',
  advises: '#8a4f7d',
  supports: '#2f8f2f',
  associate_of: '#8c7b6b',
  opposes: '#d0342c',
  family: '#a05a2c',
  located_in: '#9aa5b1',
};

export const FALLBACK_COLOR = '#555f6b';

export const typeColor = (t: string) => TYPE_COLORS[t] ?? FALLBACK_COLOR;
export const tieColor = (t: string) => TIE_COLORS[t] ?? FALLBACK_COLOR;

/** Tie types as a reader says them. */
export const TIE_LABELS: Record<string, string> = {
  position: 'roles',
  founded: 'founded',
  funds: 'funds',
  owns: 'owns',
  acquires: 'acquires',
  pledges: 'pledges',
  part_of: 'part of',
  partners_with: 'partners with',
  sues: 'sues',
  met_with: 'met with',
  advises: 'advises',
  supports: 'supports',
  associate_of: 'associate of',
  opposes: 'opposes',
  family: 'family',
  located_in: 'located in',
};
