// The stages Dossier runs on every article, in order. Replacing a stage means changing one line here.

import { createPipeline, type Pipeline } from './pipeline.js';
import { nerStage } from './stages/ner.js';
import { posStage } from './stages/pos.js';
import { tokenizeStage } from './stages/tokenize.js';
import { valuesStage } from './stages/values.js';
import { rolesStage } from './stages/roles.js';
import { resolveStage } from './stages/resolve.js';
import { corefStage } from './stages/coref.js';
import { relationsStage } from './stages/relations.js';
import { quotesStage } from './stages/quotes.js';

export function createDefaultPipeline(): Pipeline {
  return createPipeline([tokenizeStage, posStage, valuesStage, nerStage, rolesStage, resolveStage, corefStage, relationsStage, quotesStage]);
}
