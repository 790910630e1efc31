// A fixed pool of extraction workers (worker_threads). Jobs go to the least busy worker; results
// come back as promises, so the caller keeps input order and bounds how many are in flight.

import { Worker } from 'node:worker_threads';
import type { DocMeta } from '../nlp/doc.js';
import type { ExtractResult } from './extract-worker.js';

/** A Doc from a worker, without its tokens and tags, and the layers the pipeline made. */
export type Extracted = Required<Pick<ExtractResult, 'doc' | 'layers'>>;

interface Slot {
  worker: Worker;
  busy: number;
}

export class ExtractPool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, { resolve: (d: Extracted) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(size: number) {
    // The compiled worker sits beside this module (dist/services/extract-worker.js).
    const url = new URL('./extract-worker.js', import.meta.url);
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(url), busy: 0 };
      slot.worker.on('message', (m: ExtractResult) => {
        slot.busy--;
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (!w) return;
        if (m.doc && m.layers) w.resolve({ doc: m.doc, layers: m.layers });
        else w.reject(new Error(m.error ?? 'the worker gave no result'));
      });
      slot.worker.on('error', (e) => {
        for (const w of this.waiting.values()) w.reject(e);
        this.waiting.clear();
      });
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  run(text: string, meta: Partial<DocMeta>): Promise<Extracted> {
    const id = this.next++;
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise<Extracted>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text, meta });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
