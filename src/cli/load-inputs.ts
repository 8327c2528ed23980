// Synchronous calls, not node:fs/promises: loading that module (and the readline and watcher
// modules it brings) cost every start some 2 ms (docs/performance.md, "Start-up").
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';
import { problemText } from '../core/messages.js';
import { storedChunks } from '../core/archive/inflate.js';
import { defaultLimits } from '../core/archive/limits.js';
import { compareText } from '../core/util/compare.js';
import type { ExportInput, FolderFile, UnlistedFolder } from '../core/index.js';
import { errorMessage } from '../core/util/error-message.js';
import { readArchive } from './archive-read.js';

interface ListedFile {
  /** The path as the file system has it: names are bytes, not always valid UTF-8. */
  onDisk: Buffer;
  /** The path inside the export, `/`-separated, as text. */
  path: string;
}

const separator = Buffer.from(path.sep);
const nameDecoder = new TextDecoder();

interface FolderListing {
  files: ListedFile[];
  /** Folders inside the export the system would not list: the core warns of each. */
  unlisted: UnlistedFolder[];
}

/**
 * Every file under `root`, walked by the bytes of its names: `unzip` writes the non-ASCII names
 * of an export's articles (export-format.md §3.27) as its code page has them, which need not be
 * UTF-8, and a name read as text could not be opened again. A folder inside it that cannot be
 * listed is noted and the walk goes on, as a file that cannot be read is a warning.
 */
function listFiles(
  root: Buffer,
  most: number,
  listing: FolderListing = { files: [], unlisted: [] },
  inside = '',
): FolderListing {
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    // The export's own folder is the input: one that cannot be listed cannot be analyzed.
    if (inside === '') throw error;
    listing.unlisted.push({ path: inside.slice(0, -1), problem: errorMessage(error) });
    return listing;
  }
  for (const entry of entries) {
    // A folder with more files than an export could hold (a home or Downloads folder given by
    // mistake) is not walked to its end: the core refuses it as it refuses such a ZIP.
    if (listing.files.length > most) return listing;
    const onDisk = Buffer.concat([root, separator, entry.name]);
    const name = `${inside}${nameDecoder.decode(entry.name)}`;
    if (entry.isDirectory()) listFiles(onDisk, most, listing, `${name}/`);
    else if (entry.isFile()) listing.files.push({ onDisk, path: name });
  }
  return listing;
}

/** What Node reads of a file at a time: the chunk size the ZIP entries are inflated in. */
const folderChunkBytes = 64 * 1024;
/**
 * Smaller files are read in one call: a stream's setup costs a small export's 60-odd files
 * some 40 ms, where reading them whole costs next to nothing.
 */
const streamFrom = 1024 * 1024;

/**
 * A file of an unzipped export, read from disk in chunks each time the core reads it: an
 * export folder's `messages.csv` can hold hundreds of MB, which the core never needs whole
 * (docs/performance.md). One the system will not let us read fails when it is read, as a damaged
 * entry of a ZIP does: a warning names it, and the rest of the export is still reported.
 */
function folderFile({ onDisk, path: inside }: ListedFile): FolderFile {
  const { size } = statSync(onDisk);
  return {
    path: inside,
    size,
    chunks: () =>
      size < streamFrom
        ? storedChunks(readFileSync(onDisk))
        : createReadStream(onDisk, { highWaterMark: folderChunkBytes }),
  };
}

/**
 * The most a pipe (`<(curl …)`, `/dev/stdin`) is read to: an export ZIP is tens of MB, and a
 * stream that never ends (a device like /dev/zero) must not fill the memory.
 */
const mostFromPipe = 2 * 1024 ** 3;

/** A pipe's bytes to its end, up to `mostFromPipe`. */
async function readPipe(file: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > mostFromPipe) throw new Error(problemText.endlessStream());
    parts.push(chunk);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Reads each `<export>` argument: a ZIP file's bytes, or every file of an unzipped export folder,
 * listed up to one more than `maxEntries` (the core names the limit).
 */
export async function loadInputs(
  paths: readonly string[],
  cwd: string,
  maxEntries = defaultLimits.maxEntries,
): Promise<ExportInput[]> {
  if (paths.length === 0) throw new ExposureInputError('NO_INPUT', {});
  const inputs: ExportInput[] = [];
  for (const given of paths) {
    // An empty argument (`report ""`, an unset shell variable) would resolve to the current folder.
    if (given.trim() === '') throw new ExposureInputError('NO_INPUT', {});
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      // Only a path that leads nowhere is missing; a folder on the way we may not open is not.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new ExposureInputError('FILE_NOT_FOUND', { path: given });
      }
      throw new ExposureInputError('FILE_UNREADABLE', {
        path: given,
        problem: errorMessage(error),
      });
    }
    try {
      if (info.isDirectory()) {
        const { files, unlisted } = listFiles(Buffer.from(absolute), maxEntries);
        files.sort((a, b) => compareText(a.path, b.path));
        inputs.push({ name: path.basename(absolute), files: files.map(folderFile), unlisted });
      } else if (info.isFile() || info.isFIFO()) {
        inputs.push({
          name: path.basename(absolute),
          // A pipe states no size: read to its end, unshared.
          bytes:
            info.isFile() && info.size > 0
              ? readArchive(absolute, info.size)
              : info.isFile()
                ? new Uint8Array(readFileSync(absolute))
                : await readPipe(absolute),
        });
      } else {
        throw new Error(problemText.device());
      }
    } catch (error) {
      throw new ExposureInputError('FILE_UNREADABLE', {
        path: given,
        problem: errorMessage(error),
      });
    }
  }
  return inputs;
}
