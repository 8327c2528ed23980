import type { InflateBudget } from '../archive/limits.js';
import type { StoredEntry } from '../archive/types.js';
import type { IsUtf8 } from '../csv/utf8-check.js';
import type { ResumeUse } from '../records/types.js';
import type { FileSummary } from '../report/schema.js';
import type { WarningSink } from '../report/warnings.js';
import type { CountedElsewhere, CountElsewhere } from './count-elsewhere.js';
import { countExportFile } from './count-file.js';
import type { PlannedFile, PlannedTable } from './plan.js';
import { readExportFile } from './read-file.js';
import { describeReadFailure } from './read-failure.js';
import type { FileProgress, ReadProgress } from './read-progress.js';
import type { FileRecordSummary } from './file-records.js';
import type { RecordCollector } from './record-collector.js';
import { tableOutcome } from './table-outcome.js';

/** How one file of the plan ended. */
export interface FileReadOutcome {
  status: FileSummary['status'];
  summary: FileRecordSummary | null;
  note: string | null;
}

export interface ReadFilesContext {
  collector: RecordCollector;
  warnings: WarningSink;
  budget: InflateBudget;
  isUtf8: IsUtf8;
  countElsewhere: CountElsewhere | null;
  progress: ReadProgress;
}

/** A counted file on the other thread: its entry (to spend its size) and the count to come. */
interface Elsewhere {
  entry: StoredEntry;
  result: Promise<CountedElsewhere | null>;
}

interface FileToRead {
  spec: PlannedTable['spec'];
  planned: PlannedFile;
  /** The category its records are counted in without being read (count-file.ts), or null. */
  countedAs: string | null;
  /** This file's place in the report's warnings. */
  warnings: WarningSink;
}

/** Whether every file states its size and all of them together fit what the limits leave. */
function fitsBudget(files: readonly FileToRead[], budget: InflateBudget): boolean {
  let total = 0;
  for (const { planned } of files) {
    if (planned.file.size === null) return false;
    total += planned.file.size;
  }
  return total <= budget.remaining;
}

/**
 * Reads every planned file into the collector, in the tables' order: counted files on another
 * thread where the platform offers one, the others in turn on this one. Each file's warnings keep
 * their place in that order, and its records count only once it was read to its end.
 */
export async function readFiles(
  tables: readonly PlannedTable[],
  context: ReadFilesContext,
): Promise<{ outcomes: Map<PlannedFile, FileReadOutcome>; resumeUses: ResumeUse[] }> {
  const { collector, warnings, budget, progress } = context;
  const { trainingSince } = collector;
  const outcomes = new Map<PlannedFile, FileReadOutcome>();
  const resumeUses: ResumeUse[] = [];
  // Every file's warnings have their place in reading order, whenever the file is read.
  const toRead = tables.flatMap(({ spec, files: planned }) =>
    planned.map((file): FileToRead => ({
      spec,
      planned: file,
      countedAs: collector.countedCategory(spec),
      warnings: warnings.reserve(),
    })),
  );

  // Counted files may go to another thread where the platform offers one (the CLI: a worker),
  // read alongside the others. Their records are only counted, so the report is the same in any
  // order; but a file that overruns the total size limit would fail in another place, so only
  // archives whose declared sizes all fit the limit are read so.
  const countElsewhere =
    context.countElsewhere && fitsBudget(toRead, budget) ? context.countElsewhere : null;

  /** A counted file handed to the other thread, or null when it is better counted here. */
  const startElsewhere = (
    spec: PlannedTable['spec'],
    file: PlannedFile['file'],
    onBytes: (bytes: number) => void,
  ): Elsewhere | null => {
    const entry = countElsewhere ? (file.stored?.() ?? null) : null;
    const result = entry && countElsewhere?.(spec, trainingSince, entry, onBytes);
    return entry && result ? { entry, result } : null;
  };

  const count = async (
    spec: PlannedTable['spec'],
    file: PlannedFile['file'],
    onBytes: (bytes: number) => void,
    elsewhere: Elsewhere | null,
  ) => {
    const done = elsewhere && (await elsewhere.result);
    if (elsewhere && done) {
      if (done.counted) elsewhere.entry.spend(done.inflated);
      return done.counted;
    }
    return countExportFile(spec, file.chunks(), {
      isUtf8: context.isUtf8,
      trainingSince,
      onBytes,
    });
  };

  const readFile = async (
    { spec, planned, countedAs, warnings: fileWarnings }: FileToRead,
    tracker: FileProgress,
    elsewhere: Elsewhere | null,
  ) => {
    const path = planned.file.path;
    const fileRecords = collector.beginFile(spec, path, planned.file.size);
    const { onBytes } = tracker;
    try {
      const counted = countedAs ? await count(spec, planned.file, onBytes, elsewhere) : null;
      if (counted && countedAs && counted.tally.records > 0) {
        fileRecords.addTally(countedAs, counted.tally);
      }
      const outcome = counted
        ? tableOutcome(
            path,
            counted.table,
            {
              records: counted.tally.records,
              resumeUses: [],
              dateProblems: counted.dateProblems,
            },
            fileWarnings,
          )
        : await readExportFile(
            spec,
            path,
            planned.file.chunks,
            fileRecords.readContext(fileWarnings, onBytes),
          );
      for (const use of outcome.resumeUses) resumeUses.push(use);
      outcomes.set(planned, {
        status: outcome.status,
        summary: fileRecords.commit(),
        note: outcome.note,
      });
    } catch (error) {
      // Nothing of the file was committed: its records, ids and plan items go with it.
      outcomes.set(planned, {
        status: 'failed',
        summary: null,
        note: describeReadFailure(error, path, fileWarnings),
      });
    }
    progress.done(planned.file.size, tracker);
  };

  // The largest counted files are offered first: the first one worth another thread starts it,
  // and the smaller ones after it go there too (count-threads.ts), where offered in the tables'
  // order a small table read before the private messages stayed on this thread.
  const offered = toRead
    .filter((file) => file.countedAs !== null)
    .sort((a, b) => (b.planned.file.size ?? 0) - (a.planned.file.size ?? 0));
  const startedElsewhere = new Map<FileToRead, { tracker: FileProgress; elsewhere: Elsewhere }>();
  for (const file of offered) {
    const tracker = progress.file();
    const elsewhere = startElsewhere(file.spec, file.planned.file, tracker.onBytes);
    if (elsewhere) startedElsewhere.set(file, { tracker, elsewhere });
  }

  const alongside: { path: string; done: Promise<void>; finished: boolean }[] = [];
  const inTurn: FileToRead[] = [];
  for (const file of toRead) {
    const started = startedElsewhere.get(file);
    if (!started) {
      inTurn.push(file);
      continue;
    }
    const { tracker, elsewhere } = started;
    const reading = { path: file.planned.file.path, done: Promise.resolve(), finished: false };
    reading.done = readFile(file, tracker, elsewhere).then(() => {
      reading.finished = true;
    });
    alongside.push(reading);
  }
  for (const file of inTurn) {
    progress.reading(file.planned.file.path);
    await readFile(file, progress.file(), null);
  }
  for (const reading of alongside) {
    if (reading.finished) continue;
    progress.reading(reading.path);
    await reading.done;
  }
  return { outcomes, resumeUses };
}
