import type { ProgressEvent } from '../../core/index.js';
import type {
  AnalysisSettings,
  DownloadBlob,
  GivenExport,
  WorkerRequest,
  WorkerResponse,
  WorkerResult,
} from '../protocol.js';
import { webText } from '../../core/messages.js';
import { errorMessage } from '../../core/util/error-message.js';

export interface SessionEvents {
  progress: (progress: ProgressEvent) => void;
  result: (result: WorkerResult) => void;
  /** The records CSV asked for with `records`. */
  records: (download: DownloadBlob) => void;
  /** It could not be made; the Worker and the report it made stay. */
  recordsFailed: (message: string) => void;
  /** `expected`: the core's one-line message about the input; otherwise a failure of ours. */
  failure: (message: string, expected: boolean) => void;
}

/**
 * The page's side of the analysis Worker. Cancel and Clear end the Worker itself: that is the only
 * way to stop a running analysis, and it also drops every byte of the export the Worker held.
 */
export class AnalysisSession {
  readonly #createWorker: () => Worker;
  readonly #events: SessionEvents;
  #worker: Worker | null = null;
  #job = 0;
  #holdsExport = false;

  constructor(createWorker: () => Worker, events: SessionEvents) {
    this.#createWorker = createWorker;
    this.#events = events;
  }

  /** Whether the Worker keeps an export that new settings can be applied to. */
  get holdsExport(): boolean {
    return this.#holdsExport;
  }

  analyze(exports: readonly GivenExport[], settings: AnalysisSettings): void {
    this.#holdsExport = true;
    this.#post({ type: 'analyze', job: ++this.#job, exports: [...exports], settings });
  }

  /** The same export with other settings, without reading the files again. */
  update(settings: AnalysisSettings): void {
    if (!this.#holdsExport) return;
    this.#post({ type: 'reanalyze', job: ++this.#job, settings });
  }

  /**
   * Every record as CSV, with the settings of the report shown. Asked only while no analysis is
   * under way: a newer job drops the answers of older ones.
   */
  records(settings: AnalysisSettings): void {
    if (!this.#holdsExport) return;
    this.#post({ type: 'records', job: ++this.#job, settings });
  }

  reset(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#holdsExport = false;
    this.#job++;
  }

  #post(request: WorkerRequest): void {
    try {
      this.#worker ??= this.#spawn();
    } catch (error) {
      this.reset();
      this.#events.failure(webText.errors.couldNotStart({ problem: errorMessage(error) }), false);
      return;
    }
    this.#worker.postMessage(request);
  }

  #spawn(): Worker {
    const worker = this.#createWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.job !== this.#job) return;
      if (response.type === 'progress') this.#events.progress(response.progress);
      else if (response.type === 'result') this.#events.result(response.result);
      else if (response.type === 'records') this.#events.records(response.download);
      else if (response.type === 'records-failed') this.#events.recordsFailed(response.message);
      else {
        this.reset();
        this.#events.failure(response.message, response.expected);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.reset();
      this.#events.failure(
        webText.errors.stopped({ problem: event.message || webText.errors.workerFailed }),
        false,
      );
    });
    return worker;
  }
}
