// First: the core's schemas must be built without `new Function` (see the module).
import './zod-jitless.js';
import {
  analyzeExport,
  blobChunks,
  defaultPolicy,
  ExposureInputError,
  isExposureInputError,
  type AnalyzeOptions,
  type ExportInput,
} from '../../core/index.js';
import type { AnalysisSettings, GivenExport, WorkerRequest, WorkerResponse } from '../protocol.js';
import { readArchiveFile } from './archive-file.js';
import { inflateWithTurns } from './inflate-with-turns.js';
import { buildPageResult } from './page-result.js';
import { recordsDownload } from './records-download.js';
import { problemText } from '../../core/messages.js';
import { errorMessage } from '../../core/util/error-message.js';

/**
 * The archive bytes of the export being shown, kept so that a new region or age re-runs the
 * analysis without asking for the files again. Dropped with the Worker (`terminate`) on "Clear".
 */
let inputs: ExportInput[] | null = null;
/**
 * Why the files could not be read, for requests that come after: new settings sent while the
 * files were being read get this error (the member's to fix), not "no export is loaded".
 */
let inputsError: Error | null = null;
let latestJob = 0;
let queue = Promise.resolve();
/** Aborted when a newer request comes: the analysis running stops at its next chunk. */
let running = new AbortController();

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

/**
 * A dropped ZIP's bytes, its large entries left in the `File` until they are inflated
 * (archive-file.ts). One the browser cannot read is the member's to fix, not a bug of ours: a
 * file moved since it was chosen, or a folder the browser would not let the page walk.
 */
async function bytesOf(file: File): Promise<Uint8Array> {
  try {
    return await readArchiveFile(file);
  } catch {
    throw new ExposureInputError('FILE_UNREADABLE', {
      path: file.name,
      problem: problemText.browserUnreadable(),
    });
  }
}

/**
 * The inputs of the analysis: a ZIP's bytes (jszip opens an archive whole, but its large entries
 * are read when inflated), a folder's files as Blobs read in chunks when the analysis reads each,
 * so neither is ever held whole.
 */
async function readExports(exports: readonly GivenExport[]): Promise<ExportInput[]> {
  return Promise.all(
    exports.map(async (given): Promise<ExportInput> => {
      if (given.kind === 'zip') return { name: given.file.name, bytes: await bytesOf(given.file) };
      return {
        name: given.name,
        files: given.files.map(({ path, file }) => ({
          path,
          size: file.size,
          chunks: () => blobChunks(file),
        })),
      };
    }),
  );
}

function analysisOptions(
  job: number,
  settings: AnalysisSettings,
  signal: AbortSignal,
): AnalyzeOptions {
  return {
    region: settings.region ?? undefined,
    olderThan: settings.olderThan,
    signal,
    inflateRaw: inflateWithTurns,
    onProgress: (progress) => {
      post({ type: 'progress', job, progress });
    },
  };
}

/**
 * No inputs after a failed `analyze`: requests sent meanwhile (new settings, the records CSV) get
 * its error, an unreadable file's or an empty ZIP's, rather than "no export is loaded".
 */
function forgetInputs(error: unknown): Error {
  inputs = null;
  inputsError = error instanceof Error ? error : new Error(String(error));
  return inputsError;
}

function loadedInputs(): ExportInput[] {
  if (inputs !== null) return inputs;
  throw inputsError ?? new Error('no export is loaded');
}

async function analyze(
  job: number,
  settings: AnalysisSettings,
  signal: AbortSignal,
): Promise<void> {
  // Only what the report shows is kept, as the CLI's `report` does: a million private messages
  // are counted, not held in the tab (docs/web.md).
  const report = await analyzeExport(loadedInputs(), {
    ...analysisOptions(job, settings, signal),
    keepRecords: 'flagged',
  });
  const { downloads, ...shown } = buildPageResult(report, defaultPolicy, { bom: settings.bom });
  post({
    type: 'result',
    job,
    result: {
      ...shown,
      downloads: downloads.map(({ kind, fileName, mediaType, text }) => ({
        kind,
        fileName,
        blob: new Blob([text], { type: mediaType }),
      })),
    },
  });
}

async function writeRecords(
  job: number,
  settings: AnalysisSettings,
  signal: AbortSignal,
): Promise<void> {
  const download = await recordsDownload(loadedInputs(), analysisOptions(job, settings, signal), {
    bom: settings.bom,
  });
  post({ type: 'records', job, download });
}

async function handle(request: WorkerRequest): Promise<void> {
  running = new AbortController();
  const { signal } = running;
  try {
    if (request.type === 'analyze') {
      inputs = null;
      inputsError = null;
      try {
        inputs = await readExports(request.exports);
      } catch (error) {
        // Even when a newer request superseded this one: it may ask for these inputs.
        throw forgetInputs(error);
      }
    }
    // A newer request is queued and the page drops this one's answer: only the newest is analyzed
    // (after the files above are read, which a newer request for new settings needs).
    if (request.job < latestJob) return;
    if (request.type === 'records') await writeRecords(request.job, request.settings, signal);
    else await analyze(request.job, request.settings, signal);
  } catch (error) {
    // Superseded by a newer request, whose answer is the one the page waits for.
    if (signal.aborted) return;
    const message = errorMessage(error);
    // The report shown stays: only its records CSV could not be made.
    if (request.type === 'records') {
      post({ type: 'records-failed', job: request.job, message });
      return;
    }
    const expected = isExposureInputError(error);
    if (request.type === 'analyze') forgetInputs(error);
    post({
      type: 'failure',
      job: request.job,
      message,
      expected,
    });
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  latestJob = Math.max(latestJob, request.job);
  running.abort();
  queue = queue.then(() => handle(request));
});
