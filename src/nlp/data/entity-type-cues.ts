// Words that decide Dossier's finer entity types over the tagger's CoNLL types (see
// src/nlp/entity-types.ts). General English vocabulary, not names.

/** Heads of named places that have no government of their own: "Silicon Valley", "the Pacific Ocean", "White House". */
export const PLACE_FEATURE_WORDS: ReadonlySet<string> = new Set([
  'valley', 'river', 'ocean', 'sea', 'gulf', 'bay', 'lake', 'lakes', 'mountain', 'mountains', 'mount', 'mt', 'hill', 'hills',
  'desert', 'peninsula', 'strait', 'straits', 'canal', 'coast', 'island', 'islands', 'isle', 'channel', 'basin', 'plain',
  'plains', 'forest', 'park', 'street', 'st', 'avenue', 'ave', 'boulevard', 'square', 'road', 'highway', 'bridge', 'airport',
  'station', 'port', 'harbor', 'harbour', 'office', 'house', 'building', 'tower', 'center', 'centre', 'stadium', 'arena', 'campus',
  'beach', 'mall', 'falls', 'canyon', 'glacier', 'reef', 'delta', 'corridor', 'belt', 'strip', 'border', 'pole', 'region',
]);

/** Compass-direction words that name a region when they lead a place name ("the Middle East", "West Africa"). */
export const REGION_LEADS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower',
  'northeast', 'northwest', 'southeast', 'southwest', 'far', 'near', 'sub-saharan',
]);

/** Nouns that, right after a name, say it names a product: "the ChatGPT chatbot", "the Skylark 7 rocket". */
export const PRODUCT_CUE_WORDS: ReadonlySet<string> = new Set([
  'app', 'apps', 'application', 'platform', 'software', 'chatbot', 'chatbots', 'model', 'models', 'phone', 'phones',
  'smartphone', 'smartphones', 'tablet', 'laptop', 'console', 'device', 'devices', 'browser', 'service', 'streaming',
  'game', 'video', 'drug', 'vaccine', 'pill', 'jet', 'jets', 'aircraft', 'plane', 'planes', 'airliner', 'rocket', 'rockets',
  'spacecraft', 'capsule', 'car', 'cars', 'truck', 'vehicle', 'suv', 'sedan', 'chip', 'chips', 'processor', 'engine',
  'system', 'assistant', 'operating', 'feature', 'tool', 'tools', 'network', 'card', 'satellite', 'satellites', 'beer',
  'vodka', 'tequila', 'brand', 'series', 'show', 'film', 'movie',
]);

/**
 * Hyphenated modifiers that only a place takes ("Denver-based", "Ohio-born"): a span the tagger
 * read as a person before one of them is a place.
 */
export const PLACE_COMPOUND_MODIFIERS: ReadonlySet<string> = new Set(['-based', '-born', '-headquartered', '-raised']);
