import type { ClassifiedRecord } from '../core/index.js';

/**
 * `records` written in pieces as records are handed on (AnalyzeOptions `onRecord`): the pieces
 * joined are exactly what the whole-report formatters print.
 */
export interface RecordsPieces {
  start: string;
  /** A batch of records; `first` when nothing was written before it. */
  records: (records: readonly ClassifiedRecord[], first: boolean) => string;
  /** After `count` records (0: an empty list). */
  end: (count: number) => string;
}

/** Records are formatted a thousand at a time: few writes, little held. */
const batchSize = 1000;

/**
 * Writes records in pieces as they are handed on: the start at the first record (so that an
 * analysis that fails writes nothing), then a batch at a time, then the end. The CLI writes to a
 * file or stdout, the web page into a Blob.
 */
export class RecordsWriter {
  #batch: ClassifiedRecord[] = [];
  #started = false;
  #written = 0;

  constructor(
    private readonly pieces: RecordsPieces,
    private readonly write: (text: string) => void,
  ) {}

  add(record: ClassifiedRecord): void {
    if (!this.#started) this.#start();
    this.#batch.push(record);
    if (this.#batch.length >= batchSize) this.#flush();
  }

  /** Ends the output; with no record it is the start and the end of an empty list. */
  end(): void {
    if (!this.#started) this.#start();
    this.#flush();
    this.write(this.pieces.end(this.#written));
  }

  #start(): void {
    this.#started = true;
    this.write(this.pieces.start);
  }

  #flush(): void {
    if (this.#batch.length === 0) return;
    this.write(this.pieces.records(this.#batch, this.#written === 0));
    this.#written += this.#batch.length;
    this.#batch = [];
  }
}

/** The pieces written for `records`, joined: what the whole-report formatter prints. */
export function piecesText(pieces: RecordsPieces, records: readonly ClassifiedRecord[]): string {
  const parts: string[] = [];
  const writer = new RecordsWriter(pieces, (text) => {
    parts.push(text);
  });
  for (const record of records) writer.add(record);
  writer.end();
  return parts.join('');
}
