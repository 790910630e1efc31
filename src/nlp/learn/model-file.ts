// The binary container for shipped models: gzip of a small JSON header followed by typed-array and
// text sections, each 4-byte aligned. Loading is one gunzip and a few array views, well under a second.

import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { ModelError } from '../../errors.js';
import type { LinearModel } from './linear-tagger.js';

const MAGIC = 0x4d545344; // "DSTM" little-endian
const VERSION = 1;

type ArrayKind = 'i32' | 'i16' | 'f32' | 'u8' | 'text';
type Section = Int32Array | Int16Array | Float32Array | Uint8Array | string;

interface SectionHeader {
  name: string;
  kind: ArrayKind;
  offset: number;
  bytes: number;
}

export interface ModelBundle {
  /** Anything JSON: tag names, settings, training figures. */
  meta: Record<string, unknown>;
  sections: Record<string, Section>;
}

function kindOf(s: Section): ArrayKind {
  if (typeof s === 'string') return 'text';
  if (s instanceof Int32Array) return 'i32';
  if (s instanceof Int16Array) return 'i16';
  if (s instanceof Float32Array) return 'f32';
  return 'u8';
}

export function encodeBundle(bundle: ModelBundle): Buffer {
  const parts: Uint8Array[] = [];
  const headers: SectionHeader[] = [];
  let offset = 0;
  for (const [name, s] of Object.entries(bundle.sections)) {
    const bytes = typeof s === 'string' ? Buffer.from(s, 'utf8') : new Uint8Array(s.buffer, s.byteOffset, s.byteLength);
    headers.push({ name, kind: kindOf(s), offset, bytes: bytes.byteLength });
    parts.push(bytes);
    const pad = (4 - (bytes.byteLength % 4)) % 4;
    if (pad) parts.push(new Uint8Array(pad));
    offset += bytes.byteLength + pad;
  }
  const header = Buffer.from(JSON.stringify({ meta: bundle.meta, sections: headers }), 'utf8');
  const headerPad = (4 - (header.byteLength % 4)) % 4;
  const prefix = Buffer.alloc(12);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(VERSION, 4);
  prefix.writeUInt32LE(header.byteLength + headerPad, 8);
  const raw = Buffer.concat([prefix, header, Buffer.alloc(headerPad, 0x20), ...parts]);
  return gzipSync(raw, { level: 9 });
}

export function decodeBundle(data: Uint8Array, what: string): ModelBundle {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch (e) {
    throw new ModelError('MODEL_INVALID', `${what} is not a Dossier model file (${(e as Error).message})`, 'rebuild it with npm run train');
  }
  if (raw.byteLength < 12 || raw.readUInt32LE(0) !== MAGIC) {
    throw new ModelError('MODEL_INVALID', `${what} is not a Dossier model file`, 'rebuild it with npm run train');
  }
  if (raw.readUInt32LE(4) !== VERSION) {
    throw new ModelError('MODEL_INVALID', `${what} has format version ${raw.readUInt32LE(4)}, expected ${VERSION}`, 'rebuild it with npm run train');
  }
  const headerLen = raw.readUInt32LE(8);
  const header = JSON.parse(raw.subarray(12, 12 + headerLen).toString('utf8')) as { meta: Record<string, unknown>; sections: SectionHeader[] };
  // Copy the body into a fresh, aligned buffer so that typed-array views are valid.
  const body = new Uint8Array(raw.byteLength - 12 - headerLen);
  body.set(raw.subarray(12 + headerLen));
  const sections: Record<string, Section> = {};
  for (const h of header.sections) {
    const at = body.byteOffset + h.offset;
    if (h.offset + h.bytes > body.byteLength) throw new ModelError('MODEL_INVALID', `${what} is truncated`, 'rebuild it with npm run train');
    switch (h.kind) {
      case 'text':
        sections[h.name] = Buffer.from(body.buffer, at, h.bytes).toString('utf8');
        break;
      case 'i32':
        sections[h.name] = new Int32Array(body.buffer, at, h.bytes / 4);
        break;
      case 'i16':
        sections[h.name] = new Int16Array(body.buffer, at, h.bytes / 2);
        break;
      case 'f32':
        sections[h.name] = new Float32Array(body.buffer, at, h.bytes / 4);
        break;
      default:
        sections[h.name] = new Uint8Array(body.buffer, at, h.bytes);
    }
  }
  return { meta: header.meta, sections };
}

export function writeBundle(path: string, bundle: ModelBundle): number {
  const data = encodeBundle(bundle);
  writeFileSync(path, data);
  return data.byteLength;
}

export function readBundle(path: string): ModelBundle {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new ModelError('MODEL_MISSING', `model file ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 'run npm run train to build it');
  }
  return decodeBundle(data, path);
}

/**
 * Weights as int16 with one scale per row: a row's largest weight maps to 32767. Halves the file
 * against float32 and loses nothing measurable in accuracy (the decoder only compares sums).
 */
export function quantize(model: LinearModel): { keys: Int32Array; weights: Int16Array; scales: Float32Array } {
  const n = model.tags.length;
  const rows = model.keys.length;
  const weights = new Int16Array(rows * n);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let t = 0; t < n; t++) max = Math.max(max, Math.abs(model.weights[r * n + t]!));
    const scale = max > 0 ? max / 32767 : 1;
    scales[r] = scale;
    for (let t = 0; t < n; t++) weights[r * n + t] = Math.round(model.weights[r * n + t]! / scale);
  }
  return { keys: model.keys, weights, scales };
}

export function dequantize(tags: readonly string[], keys: Int32Array, weights: Int16Array, scales: Float32Array): LinearModel {
  const n = tags.length;
  if (weights.length !== keys.length * n || scales.length !== keys.length) {
    throw new ModelError('MODEL_INVALID', 'model weights do not match its feature table', 'rebuild it with npm run train');
  }
  const out = new Float32Array(weights.length);
  for (let r = 0; r < keys.length; r++) {
    const s = scales[r]!;
    for (let t = 0; t < n; t++) out[r * n + t] = weights[r * n + t]! * s;
  }
  return { tags, keys, weights: out };
}

export function section<K extends 'i32' | 'i16' | 'f32' | 'u8' | 'text'>(
  bundle: ModelBundle,
  name: string,
  kind: K,
  what: string,
): K extends 'text' ? string : K extends 'i32' ? Int32Array : K extends 'i16' ? Int16Array : K extends 'f32' ? Float32Array : Uint8Array {
  const s = bundle.sections[name];
  if (s === undefined || kindOf(s) !== kind) {
    throw new ModelError('MODEL_INVALID', `${what} lacks section "${name}"`, 'rebuild it with npm run train');
  }
  return s as never;
}

/** Adds a linear model's sections under a name prefix ("pos.keys", "pos.weights", ...). */
export function putModel(bundle: ModelBundle, prefix: string, model: LinearModel): void {
  const q = quantize(model);
  bundle.meta[`${prefix}.tags`] = model.tags;
  bundle.sections[`${prefix}.keys`] = q.keys;
  bundle.sections[`${prefix}.weights`] = q.weights;
  bundle.sections[`${prefix}.scales`] = q.scales;
}

export function getModel(bundle: ModelBundle, prefix: string, what: string): LinearModel {
  const tags = bundle.meta[`${prefix}.tags`];
  if (!Array.isArray(tags)) throw new ModelError('MODEL_INVALID', `${what} lacks the tags of "${prefix}"`, 'rebuild it with npm run train');
  return dequantize(
    tags as string[],
    section(bundle, `${prefix}.keys`, 'i32', what),
    section(bundle, `${prefix}.weights`, 'i16', what),
    section(bundle, `${prefix}.scales`, 'f32', what),
  );
}
