import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { EntryLimitError } from '../core/archive/entry-limit-error.js';
import { OversizedTextError } from '../core/csv/oversized-text.js';
import type { CountedElsewhere, CountElsewhere } from '../core/read/count-elsewhere.js';
import type { CountReply, CountRequest } from './count-protocol.js';
import { deferredUnder } from './archive-read.js';

/**
 * Files smaller than this do not start the worker: starting it and loading the core there costs
 * about 60 ms, which a file under ~16 MiB does not win back. Once it runs, it takes them too.
 */
const defaultMinBytes = 16 * 1024 * 1024;

/**
 * The worker's young generation, in MiB (its new space grows to 32 MiB by default): counting keeps
 * no row, so what it allocates dies young either way, and the pages a larger one touches only
 * add to the peak RSS: 214 to 218 MiB against 221 to 227 MiB on the benchmark's large export, no
 * slower (docs/performance.md).
 */
const maxYoungGenerationSizeMb = 4;

/**
 * node:worker_threads, loaded when the first file worth a worker comes: a small export never
 * starts one, and loading the module cost every start about 1.3 ms (docs/performance.md).
 */
function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
}

export interface CountThreadsOptions {
  minBytes?: number;
  /** The worker's script; the bundle's own count-worker.js beside this module by default. */
  workerUrl?: URL;
}

interface Pending {
  resolve: (result: CountedElsewhere | null) => void;
  reject: (error: unknown) => void;
  onBytes: (bytes: number) => void;
  limits: CountRequest['check']['limits'];
}

/**
 * The CLI's `countElsewhere` (read/count-elsewhere.ts): one worker thread that inflates and counts
 * the large files of private messages while the main thread reads the in-scope tables, so both
 * cores work (docs/performance.md). The worker starts at the first such file and keeps the
 * process alive only while it has a file to count. The archive should sit in shared memory
 * (load-inputs.ts); other bytes are copied to the worker, entry by entry.
 *
 * A worker that cannot start or dies is no failure of the files it had: they are counted on the
 * main thread instead, and so is every later file.
 */
export function countThreads(options: CountThreadsOptions = {}): CountElsewhere {
  const minBytes = options.minBytes ?? defaultMinBytes;
  const workerUrl = options.workerUrl ?? new URL('./count-worker.js', import.meta.url);
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let broken = false;
  let nextJob = 0;

  const settle = (job: number) => {
    const waiting = pending.get(job);
    pending.delete(job);
    if (pending.size === 0) worker?.unref();
    return waiting;
  };
  const giveUp = () => {
    broken = true;
    worker = null;
    for (const job of [...pending.keys()]) settle(job)?.resolve(null);
  };
  const started = (): Worker => {
    if (worker) return worker;
    const thread = new (workerThreads().Worker)(workerUrl, {
      resourceLimits: { maxYoungGenerationSizeMb },
    });
    thread.on('message', (message: CountReply) => {
      if (message.type === 'progress') {
        try {
          pending.get(message.job)?.onBytes(message.bytes);
        } catch (error) {
          // As a progress callback that throws on the main thread fails the file it reports on.
          settle(message.job)?.reject(error);
        }
        return;
      }
      const waiting = settle(message.job);
      if (!waiting) return;
      if (message.type === 'done') {
        waiting.resolve({ counted: message.counted, inflated: message.inflated });
        return;
      }
      const { limit, oversizedRow } = message;
      waiting.reject(
        limit
          ? new EntryLimitError(limit.reason, limit.path, limit.bytes, waiting.limits)
          : oversizedRow
            ? new OversizedTextError('row', oversizedRow.limit, 'bytes')
            : new Error(message.message),
      );
    });
    thread.on('error', giveUp);
    thread.on('exit', giveUp);
    worker = thread;
    return thread;
  };

  return (spec, trainingSince, entry, onBytes) => {
    const declared = entry.check.uncompressed;
    // Once the worker runs, a small file costs it no start: it takes every file offered then.
    if (broken || declared === null || (declared < minBytes && worker === null)) return null;
    const thread = started();
    const job = nextJob++;
    const request: CountRequest = {
      job,
      spec,
      trainingSince,
      // A view of ordinary memory would take its whole buffer (a nested archive) along.
      bytes: entry.bytes.buffer instanceof SharedArrayBuffer ? entry.bytes : entry.bytes.slice(),
      deflated: entry.deflated,
      check: entry.check,
      deferred: deferredUnder(entry.bytes),
    };
    return new Promise<CountedElsewhere | null>((resolve, reject) => {
      pending.set(job, { resolve, reject, onBytes, limits: entry.check.limits });
      thread.ref();
      try {
        thread.postMessage(request);
      } catch {
        settle(job)?.resolve(null);
      }
    });
  };
}
