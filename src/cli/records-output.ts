import { closeSync } from 'node:fs';
import type { ClassifiedRecord } from '../core/index.js';
import { RecordsWriter, type RecordsPieces } from '../format/records-stream.js';
import type { OutputFlags } from './command-output.js';
import type { CliIo } from './io.js';
import { openOutputFile, writeToOutput } from './write-output.js';

/**
 * `records` written as the records are handed on, to stdout or `--output` (opened at the first
 * write, so that a failed analysis leaves no file behind).
 */
export class RecordsOutput {
  private readonly writer: RecordsWriter;
  private descriptor: number | null = null;

  constructor(
    pieces: RecordsPieces,
    private readonly flags: OutputFlags,
    private readonly io: CliIo,
    private readonly inputs: readonly string[],
    /** What stdout gets instead of the text (command-output.ts, `terminalGuard`). */
    private readonly shownOnStdout: (text: string) => string,
  ) {
    this.writer = new RecordsWriter(pieces, (text) => {
      this.write(text);
    });
  }

  add(record: ClassifiedRecord): void {
    this.writer.add(record);
  }

  /** Writes what the format puts after the last record, and closes the file even if that fails. */
  end(): void {
    try {
      this.writer.end();
    } finally {
      if (this.descriptor !== null) closeSync(this.descriptor);
      this.descriptor = null;
    }
  }

  private write(text: string): void {
    const target = this.flags.output;
    if (target === undefined) {
      this.io.stdout(this.shownOnStdout(text));
      return;
    }
    this.descriptor ??= openOutputFile(target, {
      cwd: this.io.cwd,
      inputs: this.inputs,
      force: this.flags.force === true,
    });
    writeToOutput(this.descriptor, target, text);
  }
}
