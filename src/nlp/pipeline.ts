import { PipelineError } from '../errors.js';
import type { Doc, Layer } from './doc.js';

/**
 * One step of extraction. A stage reads the layers it `requires` and returns a Doc with the layers
 * it `adds`; it may also refine layers it requires (the coreference stage adds references and
 * may widen entities), but it never mutates the arrays it received.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly adds: readonly Layer[];
  run(doc: Doc): Doc;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Every layer the pipeline adds, in order. */
  readonly layers: readonly Layer[];
  run(doc: Doc): Doc;
}

/**
 * Builds a pipeline and checks its order once, at build time, as spaCy does: every layer a stage
 * requires must be added by an earlier stage (or be present on the input Docs, `given`), and no two
 * stages may add the same layer, so replacing a stage cannot silently run two of a kind.
 */
export function createPipeline(stages: readonly Stage[], given: readonly Layer[] = []): Pipeline {
  const available = new Map<Layer, string>(given.map((l) => [l, 'the input']));
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new PipelineError(`stage "${stage.name}" appears twice in the pipeline`, 'list each stage once');
    }
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!available.has(need)) {
        const later = stages.find((s) => s.adds.includes(need));
        throw new PipelineError(
          `stage "${stage.name}" requires layer "${need}", which no earlier stage adds`,
          later ? `move "${later.name}" before "${stage.name}"` : `add a stage that provides "${need}" before "${stage.name}"`,
        );
      }
    }
    for (const out of stage.adds) {
      const by = available.get(out);
      if (by) {
        throw new PipelineError(
          `stages "${by}" and "${stage.name}" both add layer "${out}"`,
          'replace the earlier stage instead of adding a second one',
        );
      }
      available.set(out, stage.name);
    }
  }
  const frozen = Object.freeze([...stages]);
  const layers = Object.freeze([...available.keys()].filter((l) => !given.includes(l)));
  return {
    stages: frozen,
    layers,
    run(doc: Doc): Doc {
      let current = doc;
      for (const stage of frozen) current = stage.run(current);
      return current;
    },
  };
}

/** Reads a layer a stage declared it requires; a missing one is a programming error with a clear message. */
export function need<K extends Layer>(doc: Doc, layer: K, stage: string): NonNullable<Doc[K]> {
  const value = doc[layer];
  if (value === undefined) {
    throw new PipelineError(`stage "${stage}" ran on a Doc without layer "${layer}"`, 'run it through createPipeline');
  }
  return value as NonNullable<Doc[K]>;
}
