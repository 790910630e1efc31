// Checks FollowTheMoney entities against a schema model: every schema exists and is concrete,
// every property exists on the schema or a parent, required properties are there, entity
// references resolve to a written entity of the right range, and dates are ISO.
// The model comes from the FtM YAML files (../shared/data/ftm-schema) when they are there.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface FtmSchema {
  abstract: boolean;
  extends: string[];
  required: string[];
  properties: Record<string, { type: string; range?: string }>;
}
export type FtmModel = Record<string, FtmSchema>;

export function loadFtmModel(dir: string): FtmModel {
  const model: FtmModel = {};
  for (const f of readdirSync(dir).filter((x) => /\.ya?ml$/.test(x))) {
    const doc = parse(readFileSync(join(dir, f), 'utf8')) as Record<string, Record<string, unknown>> | null;
    for (const [name, s] of Object.entries(doc ?? {})) {
      if (!s || typeof s !== 'object' || !('properties' in s || 'extends' in s)) continue;
      const props: FtmSchema['properties'] = {};
      for (const [p, spec] of Object.entries((s.properties ?? {}) as Record<string, { type?: string; range?: string } | null>)) {
        props[p] = { type: spec?.type ?? 'string', ...(spec?.range ? { range: spec.range } : {}) };
      }
      model[name] = {
        abstract: s.abstract === true,
        extends: (s.extends as string[] | undefined) ?? [],
        required: (s.required as string[] | undefined) ?? [],
        properties: props,
      };
    }
  }
  return model;
}

function ancestry(model: FtmModel, schema: string): string[] {
  const s = model[schema];
  if (!s) return [schema];
  return [schema, ...s.extends.flatMap((p) => ancestry(model, p))];
}

function property(model: FtmModel, schema: string, prop: string) {
  for (const s of ancestry(model, schema)) {
    const p = model[s]?.properties[prop];
    if (p) return p;
  }
  return undefined;
}

const ISO = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?$/;

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Problems found, as lines; none when the entities are sound. */
export function checkFtm(entities: FtmEntity[], model: FtmModel): string[] {
  const problems: string[] = [];
  const schemaOf = new Map<string, string>();
  for (const e of entities) {
    if (schemaOf.has(e.id)) problems.push(`${e.id}: id written twice`);
    schemaOf.set(e.id, e.schema);
  }
  for (const e of entities) {
    const s = model[e.schema];
    if (!s) {
      problems.push(`${e.id}: no schema ${e.schema}`);
      continue;
    }
    if (s.abstract) problems.push(`${e.id}: schema ${e.schema} is abstract`);
    for (const r of ancestry(model, e.schema).flatMap((x) => model[x]?.required ?? [])) {
      if (!e.properties[r]?.length) problems.push(`${e.id}: ${e.schema} needs ${r}`);
    }
    for (const [name, values] of Object.entries(e.properties)) {
      const p = property(model, e.schema, name);
      if (!p) {
        problems.push(`${e.id}: ${e.schema} has no property ${name}`);
        continue;
      }
      if (!Array.isArray(values) || !values.length || values.some((v) => typeof v !== 'string' || v === '')) {
        problems.push(`${e.id}: ${name} must be a list of non-empty strings`);
        continue;
      }
      for (const v of values) {
        if (p.type === 'date' && !ISO.test(v)) problems.push(`${e.id}: ${name} "${v}" is not an ISO date`);
        if (p.type === 'entity') {
          const target = schemaOf.get(v);
          if (!target) problems.push(`${e.id}: ${name} points at ${v}, which was not written`);
          else if (p.range && !ancestry(model, target).includes(p.range)) problems.push(`${e.id}: ${name} points at a ${target}, not a ${p.range}`);
        }
      }
    }
  }
  return problems;
}

/**
 * The part of FtM the exports use, written by hand from the FtM documentation: what the tests
 * check against when the schema files are not beside the repository.
 */
export function handModel(): FtmModel {
  const s = (ext: string[], properties: Record<string, string>, required: string[] = [], abstract = false): FtmSchema => ({
    abstract,
    extends: ext,
    required,
    properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => {
      const [type, range] = v.split(':');
      return [k, range ? { type: type!, range } : { type: type! }];
    })),
  });
  const interval = { date: 'date', startDate: 'date', endDate: 'date', description: 'text', summary: 'text', recordId: 'string', sourceUrl: 'url', publisher: 'string' };
  return {
    Thing: s([], { name: 'name', alias: 'name', summary: 'text', description: 'text', notes: 'text', proof: 'entity:Document', sourceUrl: 'url', publisher: 'string', country: 'country' }, ['name'], true),
    LegalEntity: s(['Thing'], {}, ['name']),
    Person: s(['LegalEntity'], { position: 'string' }),
    Organization: s(['LegalEntity'], {}),
    Company: s(['Organization', 'Asset'], {}),
    PublicBody: s(['Organization'], {}),
    Asset: s(['Thing', 'Value'], {}),
    Value: s([], { amount: 'number', currency: 'string' }, [], true),
    Address: s(['Thing'], { full: 'address', state: 'string' }),
    Document: s(['Thing'], { title: 'string', publishedAt: 'date', fileName: 'string' }, ['fileName']),
    Article: s(['Document'], {}),
    Mention: s([], { document: 'entity:Document', resolved: 'entity:LegalEntity', name: 'name' }, ['document', 'name']),
    Note: s(['Thing'], { entity: 'entity:Thing' }),
    Interval: s([], interval, [], true),
    Interest: s(['Interval'], { role: 'string' }, [], true),
    Directorship: s(['Interest'], { director: 'entity:LegalEntity', organization: 'entity:Organization' }, ['director', 'organization']),
    Employment: s(['Interest'], { employee: 'entity:Person', employer: 'entity:Organization' }, ['employer', 'employee']),
    Membership: s(['Interest'], { member: 'entity:LegalEntity', organization: 'entity:Organization' }, ['member', 'organization']),
    Ownership: s(['Interest'], { owner: 'entity:LegalEntity', asset: 'entity:Asset' }, ['owner', 'asset']),
    UnknownLink: s(['Interest'], { subject: 'entity:Thing', object: 'entity:Thing' }, ['subject', 'object']),
    Payment: s(['Interval', 'Value'], { payer: 'entity:LegalEntity', beneficiary: 'entity:LegalEntity', purpose: 'text' }, ['payer', 'beneficiary']),
    Family: s(['Interval'], { person: 'entity:Person', relative: 'entity:Person', relationship: 'string' }, ['person', 'relative']),
    Associate: s(['Interval'], { person: 'entity:Person', associate: 'entity:Person', relationship: 'string' }, ['person', 'associate']),
  };
}
