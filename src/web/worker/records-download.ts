import { analyzeExport, type AnalyzeOptions, type ExportInput } from '../../core/index.js';
import { csvRecordsPieces } from '../../format/records-stream-csv.js';
import { RecordsWriter } from '../../format/records-stream.js';
import type { DownloadBlob } from '../protocol.js';
import { downloadFileName } from './page-result.js';

/**
 * Text gathered before it becomes a Blob. The records CSV of an export with a million messages is
 * some 400 MB: as one string it would outgrow a tab, so it is handed to Blobs, which the browser
 * keeps outside the heap, a few MB at a time.
 */
const charsPerBlob = 4 * 1024 * 1024;

/** Texts in order, as one Blob in the end, sealed into smaller Blobs as they come. */
export class BlobParts {
  readonly #blobs: Blob[] = [];
  #texts: string[] = [];
  #chars = 0;

  constructor(private readonly charsPerPart = charsPerBlob) {}

  add(text: string): void {
    this.#texts.push(text);
    this.#chars += text.length;
    if (this.#chars >= this.charsPerPart) this.#seal();
  }

  /** How many Blobs the texts were sealed into so far. */
  get sealed(): number {
    return this.#blobs.length;
  }

  blob(type: string): Blob {
    this.#seal();
    return new Blob(this.#blobs, { type });
  }

  #seal(): void {
    if (this.#texts.length === 0) return;
    this.#blobs.push(new Blob(this.#texts));
    this.#texts = [];
    this.#chars = 0;
  }
}

/**
 * The records CSV the CLI's `records --format csv` writes, byte for byte: the export read again
 * with every record handed on as it is read (`onRecord`), none held.
 */
export async function recordsDownload(
  inputs: readonly ExportInput[],
  options: Omit<AnalyzeOptions, 'onRecord' | 'keepRecords'>,
  { bom }: { bom: boolean },
): Promise<DownloadBlob> {
  const parts = new BlobParts();
  const writer = new RecordsWriter(csvRecordsPieces({ bom }), (text) => {
    parts.add(text);
  });
  const report = await analyzeExport(inputs, {
    ...options,
    onRecord: (record) => {
      writer.add(record);
    },
  });
  writer.end();
  return {
    kind: 'records',
    fileName: downloadFileName('records', report.exportDate),
    blob: parts.blob('text/csv;charset=utf-8'),
  };
}
