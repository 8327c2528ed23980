import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';
import type { ExportInput } from '../core/index.js';

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Node reads at most 2 GiB at a time. */
const readPiece = 1024 ** 3;

/**
 * A ZIP's bytes in shared memory: the worker that counts private messages reads its entries
 * where they are instead of getting a copy (count-threads.ts). Read in place, not through
 * readFile, which would hold a second copy until it was collected.
 */
function readShared(file: string, size: number): Uint8Array {
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  // Synchronous: nothing else runs yet, and the thread pool's start and round trips cost a small
  // export some milliseconds (docs/performance.md, "Start-up").
  const handle = openSync(file, 'r');
  try {
    let offset = 0;
    while (offset < size) {
      const length = Math.min(size - offset, readPiece);
      const bytesRead = readSync(handle, bytes, offset, length, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return bytes.subarray(0, offset);
  } finally {
    closeSync(handle);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads each `<export>` argument: a ZIP file's bytes, or every file of an unzipped export folder. */
export async function loadInputs(paths: readonly string[], cwd: string): Promise<ExportInput[]> {
  if (paths.length === 0) throw new ExposureInputError('NO_INPUT', {});
  const inputs: ExportInput[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = statSync(absolute);
    } catch {
      throw new ExposureInputError('FILE_NOT_FOUND', { path: given });
    }
    try {
      if (info.isDirectory()) {
        const files = await listFiles(absolute);
        inputs.push({
          name: path.basename(absolute),
          files: await Promise.all(
            files.map(async (file) => ({
              path: path.relative(absolute, file).split(path.sep).join('/'),
              bytes: new Uint8Array(await readFile(file)),
            })),
          ),
        });
      } else {
        inputs.push({
          name: path.basename(absolute),
          // A pipe or a device states no size: read to its end, unshared.
          bytes:
            info.isFile() && info.size > 0
              ? readShared(absolute, info.size)
              : new Uint8Array(await readFile(absolute)),
        });
      }
    } catch (error) {
      throw new ExposureInputError('FILE_UNREADABLE', { path: given, problem: describe(error) });
    }
  }
  return inputs;
}
