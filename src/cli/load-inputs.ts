import { readdir, readFile, stat } from 'node:fs/promises';
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
      info = await stat(absolute);
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
          bytes: new Uint8Array(await readFile(absolute)),
        });
      }
    } catch (error) {
      throw new ExposureInputError('FILE_UNREADABLE', { path: given, problem: describe(error) });
    }
  }
  return inputs;
}
