/**
 * Inflates one raw-deflate ZIP entry as a stream of chunks. The core's default is the platform's
 * own `DecompressionStream('deflate-raw')` (browsers and Node 20); a shell may pass a faster one
 * (the CLI passes Node's zlib, docs/performance.md) through `AnalyzeOptions.inflateRaw`.
 */
export type InflateRaw = (compressed: Uint8Array) => AsyncIterable<Uint8Array>;

type Bytes = Uint8Array<ArrayBuffer>;

/**
 * Compressed bytes handed to the inflater at a time. Small, because the limits are checked on its
 * output: however the platform paces itself, one slice inflates to at most about 1000 times its
 * size (deflate's own ceiling) before the next check.
 */
const feedBytes = 64 * 1024;

/** Reads a web stream chunk by chunk; `for await` over a ReadableStream is not in every browser. */
async function* chunksOfStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopping early (a limit, a failure) must not leave the decompressor running.
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Inflates raw deflate that arrives in parts (a shell reading an entry's data from a file piece
 * by piece), with the platform's `DecompressionStream`. Each part is fed in slices of `feedBytes`.
 */
export function inflateRawParts(
  parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncIterable<Uint8Array> {
  const iterator =
    Symbol.asyncIterator in parts ? parts[Symbol.asyncIterator]() : parts[Symbol.iterator]();
  let part: Uint8Array = new Uint8Array(0);
  let offset = 0;
  const source = new ReadableStream<Bytes>({
    async pull(controller) {
      while (offset >= part.length) {
        const next = await iterator.next();
        if (next.done === true) {
          controller.close();
          return;
        }
        part = next.value;
        offset = 0;
      }
      // A copy per slice: the stream may hold on to what it is given, and the archive stays whole.
      controller.enqueue(part.slice(offset, offset + feedBytes));
      offset += feedBytes;
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  // The WebWorker lib types DecompressionStream as BufferSource in, Uint8Array out; Node's as bytes.
  const inflated = source.pipeThrough<Uint8Array>(
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Bytes>,
  );
  return chunksOfStream(inflated);
}

export const inflateRawWithWebStreams: InflateRaw = (compressed) => inflateRawParts([compressed]);

/** A Blob's bytes in chunks as the platform reads them: a file of a folder the browser was given. */
export function blobChunks(blob: Blob): AsyncIterable<Uint8Array> {
  return chunksOfStream(blob.stream());
}

/** A stored (uncompressed) entry, handed out in slices so no consumer sees one huge chunk. */
export async function* storedChunks(content: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < content.length; offset += feedBytes) {
    yield await Promise.resolve(content.subarray(offset, offset + feedBytes));
  }
}
