// Reader for CoNLL-2003 style column files: one token per line ("word POS chunk NER"), a blank line
// between sentences, a -DOCSTART- line between documents. Used by training scripts and `eval ner`.

export interface ConllSentence {
  words: string[];
  pos: string[];
  chunks: string[];
  /** Entity tags as written in the file (IOB1 or IOB2). */
  ner: string[];
}

export type ConllDocument = ConllSentence[];

export class ConllFormatError extends Error {}

/** Parses a file's text into documents. Text before the first -DOCSTART- forms a document too. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let sent: ConllSentence = { words: [], pos: [], chunks: [], ner: [] };
  const endSentence = () => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], pos: [], chunks: [], ner: [] };
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  const lines = text.split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!.trim();
    if (!line) {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    if (cols.length < 2) throw new ConllFormatError(`line ${ln + 1}: expected at least 2 columns, found ${cols.length}`);
    sent.words.push(cols[0]!);
    sent.pos.push(cols.length >= 4 ? cols[1]! : '');
    sent.chunks.push(cols.length >= 4 ? cols[2]! : '');
    sent.ner.push(cols[cols.length - 1]!);
  }
  endDoc();
  return docs;
}
