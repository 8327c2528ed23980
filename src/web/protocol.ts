import type { ProgressEvent, ReportSummary } from '../core/index.js';
import type { DownloadKind, SensitiveSummary } from './worker/page-result.js';
import type { Timeline } from './worker/timeline.js';

/** The page's choices, the web counterparts of `--region`, `--older-than` and `--bom`. */
export interface AnalysisSettings {
  /** A policy region id; null counts from the policy's effective date, as the CLI does without `--region`. */
  region: string | null;
  olderThan: string;
  bom: boolean;
}

/**
 * What the member gave the page: ZIP files, or the files of an unzipped export folder with their
 * paths inside it (a folder dropped or chosen; Safari unzips downloads by itself).
 */
export type GivenExport =
  | { kind: 'zip'; file: File }
  | { kind: 'folder'; name: string; files: { path: string; file: File }[] };

/** The name a given export is shown by. */
export function givenName(given: GivenExport): string {
  return given.kind === 'zip' ? given.file.name : given.name;
}

/** Page → Worker. `job` increases with every request; answers to an older job are dropped. */
export type WorkerRequest =
  | { type: 'analyze'; job: number; exports: GivenExport[]; settings: AnalysisSettings }
  /** The same export again with other settings: the Worker kept the archive bytes. */
  | { type: 'reanalyze'; job: number; settings: AnalysisSettings }
  /**
   * Every record as CSV, with the settings of the report shown: made only when asked, by reading
   * the export again, so that the report never holds a record it does not need (docs/web.md).
   */
  | { type: 'records'; job: number; settings: AnalysisSettings };

export interface DownloadBlob {
  kind: DownloadKind;
  fileName: string;
  blob: Blob;
}

export interface WorkerResult {
  report: ReportSummary;
  sensitive: SensitiveSummary;
  timeline: Timeline;
  /** Every download but the records CSV, which is made when asked for (`records`). */
  downloads: DownloadBlob[];
}

/** Worker → page. */
export type WorkerResponse =
  | { type: 'progress'; job: number; progress: ProgressEvent }
  | { type: 'result'; job: number; result: WorkerResult }
  | { type: 'records'; job: number; download: DownloadBlob }
  /** The records CSV could not be made; the report shown stays. */
  | { type: 'records-failed'; job: number; message: string }
  /** `expected`: the core's one-line `ExposureInputError` message, not a bug. */
  | { type: 'failure'; job: number; message: string; expected: boolean };
