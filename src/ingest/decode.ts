import { InputError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** True when the bytes hold a NUL: text formats never do, binary files nearly always do. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Bytes -> string, refusing what is not text: NUL bytes (binary) and invalid UTF-8. A BOM is dropped.
 * `where` names the input in the error ("a.txt", "feed.jsonl:12").
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (looksBinary(bytes)) {
    throw new InputError('INPUT_BINARY', where, 'binary content (NUL bytes)', 'give a text, HTML, JSONL or feed file');
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError('INPUT_ENCODING', where, 'not valid UTF-8', 'convert it, e.g. `iconv -f latin1 -t utf-8`');
  }
}
