import type { EntryCheck } from './entry-check.js';

/** One file of an export, however it arrived (ZIP entry, nested ZIP, unzipped folder). */
export interface ExportFile {
  /** Path inside the export, `/`-separated, with any wrapping folder removed. */
  path: string;
  /** Path as stored in the archive, for messages. */
  originalPath: string;
  /** Uncompressed size when the archive states it (for progress); null when unknown. */
  size: number | null;
  /** The file's bytes in chunks; each call reads it again from the start. */
  chunks: () => AsyncIterable<Uint8Array>;
  /**
   * A ZIP entry's bytes as stored, for another thread to inflate and read (read/count-elsewhere.ts);
   * absent for the files of a folder, null for an entry stored with nothing in it.
   */
  stored?: () => StoredEntry | null;
}

/** A ZIP entry as the archive stores it, with the checks reading it must make. */
export interface StoredEntry {
  bytes: Uint8Array;
  /** Raw deflate; else the bytes are the content itself. */
  deflated: boolean;
  check: EntryCheck;
  /** Counts what the entry held against the archive's total, once, after it was read in full. */
  spend: (bytes: number) => void;
}

/** One archive's worth of files: a ZIP, a ZIP inside a ZIP, or an unzipped folder. */
export interface ExportSource {
  /** Display name: the ZIP's file name, or `outer.zip › inner.zip`. */
  name: string;
  /**
   * The name that carries LinkedIn's export date (`…_MM-DD-YYYY.zip`): the archive's, or that of
   * the folder wrapped around its files when only that one has the date.
   */
  fileName: string;
  files: ExportFile[];
  /** A ZIP found inside another (`outer.zip › inner.zip`), at this depth; 0 for a given input. */
  depth: number;
}

/**
 * One file of an unzipped export as the caller hands it: its bytes, or a way to read them in
 * chunks (a shell reading from disk), so that a 300 MB `messages.csv` is never held whole.
 */
export type FolderFile =
  | { path: string; bytes: Uint8Array }
  | { path: string; size: number; chunks: () => AsyncIterable<Uint8Array> };

/** A folder inside an unzipped export that the caller could not list, and the system's words. */
export interface UnlistedFolder {
  path: string;
  problem: string;
}

/**
 * What the caller hands the core: archive bytes, or the files of an unzipped export, with the
 * folders inside it that could not be listed (their files are missing from the report).
 */
export type ExportInput =
  | { name: string; bytes: Uint8Array }
  | { name: string; files: FolderFile[]; unlisted?: readonly UnlistedFolder[] };
