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
}

/** One archive's worth of files: a ZIP, a ZIP inside a ZIP, or an unzipped folder. */
export interface ExportSource {
  /** Display name: the ZIP's file name, or `outer.zip › inner.zip`. */
  name: string;
  /** The file name that carries LinkedIn's export date (`…_MM-DD-YYYY.zip`). */
  fileName: string;
  files: ExportFile[];
}

/** What the caller hands the core: archive bytes, or the files of an unzipped export. */
export type ExportInput =
  | { name: string; bytes: Uint8Array }
  | { name: string; files: { path: string; bytes: Uint8Array }[] };
