import type { ProgressEvent } from '../options.js';
import type { PlannedTable } from './plan.js';
import { progressStep } from './progress-step.js';

/** One file's share of the progress: the bytes it has inflated so far. */
export interface FileProgress {
  seen: number;
  onBytes: (bytes: number) => void;
}

/**
 * The progress of reading an export (`AnalyzeOptions.onProgress`): bytes inflated of all the
 * files' declared sizes, and files done, reported about every `progressStep` bytes and at each
 * file. `readings`: how often the files are read; `records` as CSV or JSON reads them twice
 * (analyze.ts), so the bar reaches its end when the second reading does.
 *
 * Every chunk and every file passes here, so this is also where an aborted `signal` stops the
 * reading: the file being read fails, and the next file, or the end, throws the signal's reason.
 */
export class ReadProgress {
  private readonly event: ProgressEvent;
  private reportedAt = 0;

  constructor(
    private readonly onProgress: (event: ProgressEvent) => void,
    tables: readonly PlannedTable[],
    readings = 1,
    private readonly signal: AbortSignal | null = null,
  ) {
    let bytesTotal = 0;
    let filesTotal = 0;
    for (const { files } of tables) {
      filesTotal += files.length;
      for (const planned of files) bytesTotal += planned.file.size ?? 0;
    }
    this.event = {
      bytesDone: 0,
      bytesTotal: bytesTotal * readings,
      filesDone: 0,
      filesTotal: filesTotal * readings,
      file: '',
    };
  }

  /** Reports the file now being read ('' once none is). */
  reading(file: string): void {
    this.signal?.throwIfAborted();
    this.event.file = file;
    this.report();
  }

  file(): FileProgress {
    const tracker: FileProgress = {
      seen: 0,
      onBytes: (bytes) => {
        this.signal?.throwIfAborted();
        tracker.seen += bytes;
        this.event.bytesDone += bytes;
        if (this.event.bytesDone - this.reportedAt >= progressStep) this.report();
      },
    };
    return tracker;
  }

  /** A file is done: its declared size counts, so the bar ends where it said it would. */
  done(declared: number | null, tracker: FileProgress | null): void {
    this.event.filesDone++;
    this.event.bytesDone += (declared ?? 0) - (tracker?.seen ?? 0);
  }

  private report(): void {
    this.reportedAt = this.event.bytesDone;
    this.onProgress({ ...this.event });
  }
}
