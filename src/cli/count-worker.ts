/**
 * The worker thread that counts large files of private messages while the main thread reads the
 * in-scope tables (src/cli/count-threads.ts, docs/performance.md). It inflates the entry, from
 * the archive's shared memory or, for data left in the file (archive-read.ts), from the file, and
 * runs the core's own limits (archive/entry-check.ts) and count (read/count-file.ts): what a read
 * on the main thread would do, on the other core.
 */
import { isUtf8 } from 'node:buffer';
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { checkedChunks } from '../core/archive/entry-check.js';
import { EntryLimitError } from '../core/archive/entry-limit-error.js';
import { storedChunks } from '../core/archive/inflate.js';
import { countExportFile } from '../core/read/count-file.js';
import { progressStep } from '../core/read/progress-step.js';
import type { CountReply, CountRequest } from './count-protocol.js';
import { nodeInflateRaw } from './node-inflate.js';
import { inflateDeferred } from './archive-read.js';
import { errorMessage } from '../core/util/error-message.js';

const port = parentPort;
if (port === null) throw new Error('count-worker.js runs as a worker thread only');
yieldToMainThread();
const reply = (message: CountReply) => {
  port.postMessage(message);
};

/**
 * The main thread is what the wall time waits for; this thread has time to spare (it counts the
 * benchmark export's messages in about half the main thread's time). On two cores shared with
 * zlib's and V8's own threads, the lowest priority gives the main thread the core whenever both
 * want it: 3.21 s against 3.45 s on the large export (median of 7 alternating runs,
 * docs/performance.md). Linux lets a thread set its own priority by its id, which
 * /proc/thread-self names; elsewhere the thread keeps the process's.
 */
function yieldToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, constants.priority.PRIORITY_LOW);
  } catch {
    // No /proc, or not allowed: counting at the same priority is only slower.
  }
}

async function count(request: CountRequest): Promise<void> {
  const { job, check } = request;
  let inflated = 0;
  let unreported = 0;
  try {
    const { bytes, deferred } = request;
    const source = () =>
      !request.deflated
        ? storedChunks(bytes)
        : deferred
          ? inflateDeferred(bytes, deferred)
          : nodeInflateRaw(bytes);
    const counted = await countExportFile(request.spec, checkedChunks(source, check), {
      isUtf8: (bytes) => isUtf8(bytes),
      trainingSince: request.trainingSince,
      onBytes: (bytes) => {
        inflated += bytes;
        unreported += bytes;
        if (unreported >= progressStep) {
          reply({ type: 'progress', job, bytes: unreported });
          unreported = 0;
        }
      },
    });
    if (unreported > 0) reply({ type: 'progress', job, bytes: unreported });
    reply({ type: 'done', job, counted, inflated });
  } catch (error) {
    reply({
      type: 'failed',
      job,
      message: errorMessage(error),
      limit:
        error instanceof EntryLimitError
          ? { reason: error.reason, path: error.path, bytes: error.bytes }
          : null,
    });
  }
}

port.on('message', (request: CountRequest) => {
  void count(request);
});
