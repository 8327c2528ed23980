import { Worker } from 'node:worker_threads';
import { EntryLimitError } from '../core/archive/entry-limit-error.js';
import type { CountedElsewhere, CountElsewhere } from '../core/read/count-elsewhere.js';
import type { CountReply, CountRequest } from './count-protocol.js';

/**
 * Files smaller than this are counted on the main thread: starting the worker and loading the
 * core there costs about 60 ms, which a file under ~16 MiB does not win back.
 */
const defaultMinBytes = 16 * 1024 * 1024;

export interface CountThreadsOptions {
  minBytes?: number;
  /** The worker's script; the bundle's own count-worker.js beside this module by default. */
  workerUrl?: URL;
}

interface Pending {
  resolve: (result: CountedElsewhere) => void;
  reject: (error: Error) => void;
  onBytes: (bytes: number) => void;
  limits: CountRequest['check']['limits'];
}

/**
 * The CLI's `countElsewhere` (read/count-elsewhere.ts): one worker thread that inflates and counts
 * the large files of private messages while the main thread reads the in-scope tables, so both
 * cores work (docs/performance.md). The worker starts at the first such file and keeps the
 * process alive only while it has a file to count. The archive must sit in shared memory
 * (load-inputs.ts), else each file's stored bytes are copied to the worker.
 */
export function countThreads(options: CountThreadsOptions = {}): CountElsewhere {
  const minBytes = options.minBytes ?? defaultMinBytes;
  const workerUrl = options.workerUrl ?? new URL('./count-worker.js', import.meta.url);
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let nextJob = 0;

  const settle = (job: number) => {
    const waiting = pending.get(job);
    pending.delete(job);
    if (pending.size === 0) worker?.unref();
    return waiting;
  };
  const started = (): Worker => {
    if (worker) return worker;
    const thread = new Worker(workerUrl);
    thread.on('message', (message: CountReply) => {
      if (message.type === 'progress') {
        pending.get(message.job)?.onBytes(message.bytes);
        return;
      }
      const waiting = settle(message.job);
      if (!waiting) return;
      if (message.type === 'done') {
        waiting.resolve({ counted: message.counted, inflated: message.inflated });
        return;
      }
      const { limit } = message;
      waiting.reject(
        limit
          ? new EntryLimitError(limit.reason, limit.path, limit.bytes, waiting.limits)
          : new Error(message.message),
      );
    });
    thread.on('error', (error: Error) => {
      // Every file it had fails with the reason; the next file starts a new worker.
      worker = null;
      for (const job of [...pending.keys()]) settle(job)?.reject(error);
    });
    worker = thread;
    return thread;
  };

  return (spec, trainingSince, entry, onBytes) => {
    const declared = entry.check.uncompressed;
    if (declared === null || declared < minBytes) return null;
    const thread = started();
    const job = nextJob++;
    const request: CountRequest = {
      job,
      spec,
      trainingSince,
      bytes: entry.bytes,
      deflated: entry.deflated,
      check: entry.check,
    };
    return new Promise<CountedElsewhere>((resolve, reject) => {
      pending.set(job, { resolve, reject, onBytes, limits: entry.check.limits });
      thread.ref();
      thread.postMessage(request);
    });
  };
}
