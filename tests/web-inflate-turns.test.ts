import { describe, expect, it } from 'vitest';
import type { InflateRaw } from '../src/core/index.js';
import { withTurns } from '../src/web/worker/inflate-with-turns.js';

/** An inflater that never waits for a task: its chunks come on promises alone, as from memory. */
const fromMemory: InflateRaw = async function* (content) {
  for (let offset = 0; offset < content.length; offset += 1000) {
    yield await Promise.resolve(content.subarray(offset, offset + 1000));
  }
};

async function readAll(inflate: InflateRaw, content: Uint8Array) {
  let taskRanAfterChunks: number | null = null;
  let chunks = 0;
  // A message that comes while the entry is read: the page's newer request.
  setTimeout(() => {
    taskRanAfterChunks = chunks;
  }, 0);
  const parts: Uint8Array[] = [];
  for await (const chunk of inflate(content)) {
    parts.push(chunk);
    chunks++;
  }
  return { bytes: Buffer.concat(parts), taskRanAfterChunks };
}

describe('inflating with turns of the event loop', () => {
  const content = new Uint8Array(2_000_000).map((_, index) => index % 251);

  it('lets a waiting task run between chunks, and gives the same bytes', async () => {
    const plain = await readAll(fromMemory, content);
    // Without turns the task waits for the whole entry.
    expect(plain.taskRanAfterChunks).toBeNull();
    const turned = await readAll(withTurns(fromMemory, 10_000), content);
    expect(turned.bytes.equals(plain.bytes)).toBe(true);
    // A turn every 10 chunks, 200 in all: the timer's millisecond passes long before the end.
    expect(turned.taskRanAfterChunks).not.toBeNull();
    expect(turned.taskRanAfterChunks).toBeLessThan(2000);
  });
});
