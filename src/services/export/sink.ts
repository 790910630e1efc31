// Text out to a stream with backpressure: small writes are gathered into chunks, and a chunk the
// stream cannot take yet makes the writer wait for 'drain', so an export never piles up in memory.

import { once } from 'node:events';
import type { Writable } from 'node:stream';

const CHUNK = 64 * 1024;

export class Sink {
  private buffer: string[] = [];
  private size = 0;
  /** Characters written, for the summary. */
  written = 0;

  private failure: Error | null = null;

  constructor(readonly stream: Writable) {
    // Kept and thrown at the next write: an 'error' event with no listener would end the process.
    stream.on('error', (e) => (this.failure ??= e));
  }

  /** Resolves at once unless the stream is full. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.buffer.push(text);
    this.size += text.length;
    this.written += text.length;
    if (this.size >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.size) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Flushes and ends the stream (not stdout), resolving when the data is handed to the OS. */
  async end(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout) return;
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
    if (this.failure) throw this.failure;
  }
}
