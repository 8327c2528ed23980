/**
 * The worker thread that counts large files of private messages while the main thread reads the
 * in-scope tables (src/cli/count-threads.ts, docs/performance.md). It inflates the entry, from
 * the archive's shared memory or, for data left in the file (archive-read.ts), from the file, and
 * runs the core's own limits (archive/entry-check.ts) and count (read/count-file.ts): what a read
 * on the main thread would do, on the other core.
 */
import { isUtf8 } from 'node:buffer';
import { parentPort } from 'node:worker_threads';
import { checkedChunks } from '../core/archive/entry-check.js';
import { EntryLimitError } from '../core/archive/entry-limit-error.js';
import { OversizedTextError } from '../core/csv/oversized-text.js';
import { storedChunks } from '../core/archive/inflate.js';
import { countExportFile } from '../core/read/count-file.js';
import { progressStep } from '../core/read/progress-step.js';
import type { CountReply, CountRequest } from './count-protocol.js';
import { inflateArchived } from './archive-read.js';
import { errorMessage } from '../core/util/error-message.js';
import { lowerOwnThread } from './thread-priority.js';

const port = parentPort;
if (port === null) throw new Error('count-worker.js runs as a worker thread only');
lowerOwnThread();
const reply = (message: CountReply) => {
  port.postMessage(message);
};

async function count(request: CountRequest): Promise<void> {
  const { job, check } = request;
  let inflated = 0;
  let unreported = 0;
  try {
    const { bytes, deferred } = request;
    const source = () =>
      request.deflated ? inflateArchived(bytes, deferred) : storedChunks(bytes);
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
      oversizedRow: error instanceof OversizedTextError ? { limit: error.limit } : null,
    });
  }
}

port.on('message', (request: CountRequest) => {
  void count(request);
});
