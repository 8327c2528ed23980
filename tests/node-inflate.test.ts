import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeInflateRaw } from '../src/cli/node-inflate.js';

async function chunksOf(compressed: Uint8Array, most = Infinity): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of nodeInflateRaw(compressed)) {
    chunks.push(chunk);
    if (chunks.length >= most) break;
  }
  return chunks;
}

const joined = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks);

describe("the CLI's inflater (node-inflate.ts)", () => {
  it('inflates a small entry at once, handed out in slices of at most 64 KiB', async () => {
    const text = Buffer.from('Date,Content\n'.repeat(20_000));
    const compressed = deflateRawSync(text);
    expect(compressed.length).toBeLessThan(64 * 1024);
    const chunks = await chunksOf(compressed);
    expect(joined(chunks).equals(text)).toBe(true);
    expect(chunks.length).toBe(Math.ceil(text.length / (64 * 1024)));
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(64 * 1024);
  });

  it('streams a small entry that inflates to more than 4 MiB (a bomb), chunk by chunk', async () => {
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const first = await chunksOf(bomb, 3);
    expect(first).toHaveLength(3);
    // Never inflated whole: no chunk is a view of a 64 MiB buffer.
    expect(Math.max(...first.map((chunk) => chunk.buffer.byteLength))).toBeLessThan(1024 * 1024);
  });

  it('streams a large entry', async () => {
    const text = Buffer.from(
      Array.from({ length: 200_000 }, (_, row) => `${String(row)},x\n`).join(''),
    );
    const compressed = deflateRawSync(text, { level: 0 });
    expect(compressed.length).toBeGreaterThan(64 * 1024);
    expect(joined(await chunksOf(compressed)).equals(inflateRawSync(compressed))).toBe(true);
  });

  it('reports a damaged entry as the stream does', async () => {
    const damaged = deflateRawSync(Buffer.from('a,b\n'.repeat(1000))).subarray(0, 20);
    await expect(chunksOf(damaged)).rejects.toThrow(/unexpected end of file/u);
  });
});
