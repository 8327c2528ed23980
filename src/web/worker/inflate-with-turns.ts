import type { InflateRaw } from '../../core/index.js';
import { inflateFromArchive } from './archive-file.js';

/** Inflated bytes between two turns of the Worker's event loop. */
const bytesPerTurn = 4 * 1024 * 1024;

/** A new task, not a microtask: a MessageChannel's message, which no timer clamping delays. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * An inflater that gives the Worker's event loop a turn every few MiB. Reading an entry from
 * memory runs on promises alone, so without a turn the page's newer request (other settings)
 * would only be seen once the analysis ended, and could not abort it (worker.ts).
 */
export function withTurns(inflate: InflateRaw, bytesBetweenTurns = bytesPerTurn): InflateRaw {
  return async function* (compressed) {
    let sinceTurn = 0;
    for await (const chunk of inflate(compressed)) {
      yield chunk;
      sinceTurn += chunk.length;
      if (sinceTurn >= bytesBetweenTurns) {
        sinceTurn = 0;
        await nextTask();
      }
    }
  };
}

/** The browser's DecompressionStream, fed from memory or from the dropped `File`, with turns. */
export const inflateWithTurns = withTurns(inflateFromArchive);
