import type { ClassifiedRecord } from '../core/index.js';
import { RecordsWriter, type RecordsPieces } from '../format/records-stream.js';
import type { OutputFlags } from './command-output.js';
import type { CliIo } from './io.js';
import { OutputInParts } from './write-output.js';

/**
 * `records` written as the records are handed on, to stdout or `--output` (opened at the first
 * write, and named only once complete: a failed or interrupted run leaves no file behind).
 */
export class RecordsOutput {
  private readonly writer: RecordsWriter;
  private file: OutputInParts | null = null;

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
    } catch (error) {
      this.file?.abandon();
      this.file = null;
      throw error;
    }
    this.file?.commit();
    this.file = null;
  }

  private write(text: string): void {
    const target = this.flags.output;
    if (target === undefined) {
      this.io.stdout(this.shownOnStdout(text));
      return;
    }
    this.file ??= new OutputInParts(target, {
      cwd: this.io.cwd,
      inputs: this.inputs,
      force: this.flags.force === true,
    });
    this.file.write(text);
  }
}
