// Verbs and phrases that attribute a quotation to a speaker ("..., he said", "Musk wrote"), lower
// case. Data for the baseline quote stage (stages/quotes-baseline.ts).

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'writing', 'tweeted',
  'tweets', 'tweeting', 'posted', 'posting', 'stated', 'states', 'asked', 'asks', 'argued', 'argues', 'explained',
  'explains', 'noted', 'notes', 'claimed', 'claims', 'insisted', 'insists', 'declared', 'declares', 'responded',
  'responds', 'replied', 'replies', 'warned', 'warns', 'acknowledged', 'acknowledges', 'continued', 'recalled',
  'remarked', 'testified', 'announced', 'announces', 'admitted', 'admits', 'conceded', 'concedes', 'countered',
  'suggested', 'suggests', 'predicted', 'predicts', 'joked', 'jokes', 'quipped', 'emphasized', 'stressed',
  'maintained', 'maintains', 'contended', 'contends', 'complained', 'complains', 'boasted', 'vowed', 'vows',
]);

/** Pronouns that can stand for a speaker; resolved to the nearest earlier entity of a fitting type. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'PERSON' | 'ORG' | 'ANY'> = new Map([
  ['he', 'PERSON'], ['she', 'PERSON'], ['they', 'ANY'], ['it', 'ORG'], ['we', 'ANY'], ['i', 'PERSON'],
]);

/** Nouns that, after "the", stand for the organisation last named ("the company said"). */
export const ORG_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'agency', 'department', 'committee', 'campaign', 'union', 'bank', 'network',
  'startup', 'carrier', 'automaker', 'airline', 'court', 'organization', 'administration', 'ministry', 'government',
]);
