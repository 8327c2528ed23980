import { closeSync, writeSync } from 'node:fs';
import type { ClassifiedRecord } from '../core/index.js';
import type { RecordsPieces } from '../format/records-stream.js';
import type { OutputFlags } from './command-output.js';
import type { CliIo } from './io.js';
import { openOutputFile } from './write-output.js';

/** Records are formatted a thousand at a time: few writes, little held. */
const batchSize = 1000;

/**
 * `records --format csv|json` written as the records are handed on, to stdout or `--output`
 * (opened at the first write, so that a failed analysis leaves no file behind).
 */
export class RecordsOutput {
  private batch: ClassifiedRecord[] = [];
  private written = false;
  private writtenRecords = 0;
  private descriptor: number | null = null;

  constructor(
    private readonly pieces: RecordsPieces,
    private readonly flags: OutputFlags,
    private readonly io: CliIo,
    private readonly inputs: readonly string[],
  ) {}

  add(record: ClassifiedRecord): void {
    if (!this.written) this.write(this.pieces.start);
    this.batch.push(record);
    if (this.batch.length >= batchSize) this.flush();
  }

  /** Ends the output. */
  end(): void {
    const empty = !this.written;
    if (empty) this.write(this.pieces.start);
    this.flush();
    this.write(this.pieces.end(empty));
    if (this.descriptor !== null) closeSync(this.descriptor);
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.write(this.pieces.records(this.batch, this.writtenRecords === 0));
    this.writtenRecords += this.batch.length;
    this.batch = [];
  }

  private write(text: string): void {
    this.written = true;
    const target = this.flags.output;
    if (target === undefined) {
      this.io.stdout(text);
      return;
    }
    this.descriptor ??= openOutputFile(target, {
      cwd: this.io.cwd,
      inputs: this.inputs,
      force: this.flags.force === true,
    });
    writeSync(this.descriptor, text);
  }
}
