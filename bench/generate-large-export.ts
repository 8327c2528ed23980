/**
 * Writes the large synthetic Complete export the benchmark reads (`npm run bench`): 1,000,000
 * messages, 100,000 posts, 200,000 comments, 300,000 reactions, 20,000 connections and 5,000 job
 * applications at scale 1, plus one of every other table of the bundled sample. Everything is
 * invented by the seeded fixture generator (fixtures/generator/), so the shapes and quirks are the
 * ones export-format.md describes: messages variant D (all fields quoted, multi-line CONTENT),
 * Shares with `"\n"` line wrapping and `urn%3Ali%3AgroupPost%3A…` links, Comments with `\"`
 * escapes, M/D/YY dates and `Q:A | Q:A` cells in Job Applications.
 *
 * The big tables are written in chunks straight into a deflate stream, so generation needs a few
 * dozen MB whatever the scale. The archive is cached in the temporary folder under its seed and
 * scale; it is rebuilt only when the generator's sources change.
 *
 *   npx tsx bench/generate-large-export.ts [--scale N] [--seed TEXT] [--dir DIR] [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDeflateRaw, crc32 } from 'node:zlib';
import type { Tally } from '../fixtures/generator/categories.js';
import { archiveStamp, utc, type Span } from '../fixtures/generator/dates.js';
import { expectedFor, type Expected } from '../fixtures/generator/expected.js';
import type { Build, Context, ExportFile } from '../fixtures/generator/model.js';
import { makeAccount, type Account } from '../fixtures/generator/people.js';
import { QA_GROUPS, type QaGroup } from '../fixtures/generator/qa.js';
import { Random } from '../fixtures/generator/random.js';
import { SAMPLE_BUILDS } from '../fixtures/generator/specs/sample.js';
import { comments, reactions, shares } from '../fixtures/generator/tables/activity.js';
import { jobApplications, type Application } from '../fixtures/generator/tables/jobs.js';
import { messages } from '../fixtures/generator/tables/messages.js';
import { connections } from '../fixtures/generator/tables/network.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Rows of each big table at scale 1 (the "1M-message archive"). */
export const BASE_COUNTS = {
  messages: 1_000_000,
  posts: 100_000,
  comments: 200_000,
  reactions: 300_000,
  connections: 20_000,
  applications: 5_000,
} as const;

export type TableCounts = Record<keyof typeof BASE_COUNTS, number>;

const EXPORT_DATE = '2026-11-28';
const ACTIVITY_FROM = '2019-01-01';

export interface LargeExportOptions {
  readonly seed: string;
  /** Multiplies every count of BASE_COUNTS; 1, 2, 4 for the scaling table, 0.01 for a quick try. */
  readonly scale: number;
  /** Cache folder; default `<tmp>/linkedin-exposure-bench`. */
  readonly dir?: string;
  /** Rebuild even when a cached archive exists. */
  readonly force?: boolean;
  readonly log?: (line: string) => void;
}

export interface EntryInfo {
  readonly path: string;
  readonly bytes: number;
  readonly compressedBytes: number;
}

export interface LargeExportManifest {
  /** Hash of the generator's sources; a different one means the cached archive is stale. */
  readonly fingerprint: string;
  readonly seed: string;
  readonly scale: number;
  readonly archiveName: string;
  readonly archiveBytes: number;
  /** Inflated size of all entries. */
  readonly csvBytes: number;
  /** Rows actually written (messages: whole conversations, so a few more than asked). */
  readonly rows: TableCounts;
  /** Messages whose CONTENT spans several lines; posts written as multi-line / in groups. */
  readonly multiLineMessages: number;
  readonly entries: readonly EntryInfo[];
  /** What the analyzer must report, summed from what was written (nothing is parsed back). */
  readonly expected: Expected;
  readonly generatedInMs: number;
}

export interface LargeExport {
  readonly archive: string;
  readonly manifest: LargeExportManifest;
  /** False when the cached archive was reused. */
  readonly generated: boolean;
}

export function defaultBenchDir(): string {
  return path.join(tmpdir(), 'linkedin-exposure-bench');
}

/** The cached archive for `options`, generated first when missing or stale. */
export async function ensureLargeExport(options: LargeExportOptions): Promise<LargeExport> {
  if (!(Number.isFinite(options.scale) && options.scale > 0)) {
    throw new Error(`--scale must be a number above 0, not ${String(options.scale)}`);
  }
  const folder = path.join(
    options.dir ?? defaultBenchDir(),
    `${options.seed.replace(/[^\w.-]+/gu, '_')}-x${String(options.scale)}`,
  );
  const manifestPath = path.join(folder, 'manifest.json');
  const fingerprint = await sourceFingerprint();
  if (options.force !== true && existsSync(manifestPath)) {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as LargeExportManifest;
    const archive = path.join(folder, manifest.archiveName);
    if (manifest.fingerprint === fingerprint && existsSync(archive)) {
      return { archive, manifest, generated: false };
    }
  }
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  options.log?.(`generating the scale-${String(options.scale)} archive in ${folder} …`);
  const written = await writeLargeExport(folder, options.seed, options.scale);
  const manifest: LargeExportManifest = {
    ...written,
    fingerprint,
    seed: options.seed,
    scale: options.scale,
    generatedInMs: Math.round(performance.now() - started),
  };
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { archive: path.join(folder, manifest.archiveName), manifest, generated: true };
}

/**
 * sha256 over this file and every module it imports, directly or not (the fixture generator's
 * table writers): editing one of them rebuilds the archive, editing any other file does not.
 */
async function sourceFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const pending = [fileURLToPath(import.meta.url)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    hash.update(path.relative(repoRoot, file)).update(source);
    for (const [, specifier] of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/gu)) {
      if (specifier !== undefined)
        pending.push(path.resolve(path.dirname(file), `${specifier}.ts`));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// The export's content

/** One entry of the archive: its text arrives in pieces; `tally` is complete once they are read. */
interface Entry {
  readonly path: string;
  readonly pieces: () => Iterable<string | Uint8Array>;
  readonly tallies: Tally[];
}

/** The big tables, by the paths the bundled sample writes them under (member-id suffixes). */
const BIG_TABLE =
  /^(?:messages|Connections|(?:Shares|Comments|Reactions)_\d+)\.csv$|^Jobs\/Job Applications(?:_\d+)?\.csv$/u;

interface Chunked {
  /** Rows to write in all. */
  readonly total: number;
  /** Rows per call of the fixture table writer. */
  readonly chunk: number;
  /** The fixture table writer for `rows` rows. */
  readonly build: (rows: number) => Build;
  /** Rows the writer really wrote, from its tally (messages round up to whole conversations). */
  readonly written: (tally: Tally) => number;
}

/**
 * Calls a fixture table writer once per chunk, each time with its own random streams and its own
 * slice of the activity span (newest first, as LinkedIn sorts), and drops the repeated header.
 */
function* chunkedTable(
  root: Random,
  account: Account,
  label: string,
  spec: Chunked,
  tallies: Tally[],
  rowsWritten: (rows: number) => void,
): Generator<string> {
  const chunks = Math.max(1, Math.ceil(spec.total / spec.chunk));
  const span = account.activity;
  const width = (span.to.getTime() - span.from.getTime()) / chunks;
  let done = 0;
  for (let index = 0; done < spec.total; index++) {
    const window: Span = {
      from: new Date(span.to.getTime() - width * Math.min(chunks, index + 1)),
      to: new Date(span.to.getTime() - width * Math.min(chunks - 1, index)),
    };
    const context: Context = {
      account: { ...account, activity: window },
      random: (name) => root.fork(`${label}#${String(index)}/${name}`),
    };
    const files = spec.build(Math.min(spec.chunk, spec.total - done))(context);
    for (const file of files) {
      if (typeof file.content !== 'string') throw new Error(`${file.path} is not text`);
      const text = index === 0 ? file.content : file.content.slice(file.content.indexOf('\n') + 1);
      const rows = spec.written(file.tally);
      done += rows;
      rowsWritten(rows);
      tallies.push(file.tally);
      yield text;
    }
  }
}

const sum = (tally: Tally): number =>
  Object.values(tally.counts).reduce((total, count) => total + count, 0);

const QA_KEYS = Object.keys(QA_GROUPS) as QaGroup[];

/** Resume names as members upload them: case, spaces and `%20` vary (§3.33). */
function resumePool(rng: Random, account: Account): string[] {
  const { first, last } = account.member;
  const names: string[] = [];
  for (let year = 2019; year <= 2026; year++) {
    names.push(`${first}_${last}_Resume_${String(year)}.pdf`);
    names.push(`Resume_${rng.pick(['March', 'October'])}%20${String(year)}.pdf.pdf`);
  }
  names.push(
    `${first} ${last} - Data Lead.docx.pdf`,
    `${first}_${last}_Resume.PDF`,
    'Resume (1).pdf',
  );
  return names;
}

/** Application rows, unsorted as in real files (§3.33); most carry a few Q&A groups. */
function applicationSpecs(rng: Random, account: Account, count: number): Application[] {
  const pool = resumePool(rng, account);
  const { from, to } = account.activity;
  return Array.from({ length: count }, (): Application => {
    const date = new Date(rng.int(from.getTime() / 1000, to.getTime() / 1000) * 1000);
    const anonymous = rng.chance(0.03);
    return {
      date: date.toISOString().slice(0, 19),
      resume: anonymous || rng.chance(0.05) ? '' : rng.pick(pool),
      qa: rng.chance(0.8) ? rng.sample(QA_KEYS, rng.int(1, 4)) : [],
      anonymous,
    };
  });
}

interface Content {
  readonly entries: Entry[];
  readonly rows: TableCounts;
  readonly multiLine: { messages: number };
}

function exportContent(seed: string, scale: number): Content {
  const target = (count: number) => Math.max(1, Math.round(count * scale));
  const root = new Random(`bench/${seed}`);
  const exportDate = utc(EXPORT_DATE);
  const hidden = Math.round(target(BASE_COUNTS.connections) * 0.02);
  const account = makeAccount(root.fork('account'), {
    first: 'Marisol',
    last: 'Quennell',
    exportDate,
    activityFrom: utc(ACTIVITY_FROM),
    contactCount: target(BASE_COUNTS.connections) - hidden,
  });
  const rows: TableCounts = {
    messages: 0,
    posts: 0,
    comments: 0,
    reactions: 0,
    connections: 0,
    applications: 0,
  };
  const multiLine = { messages: 0 };
  const count = (key: keyof TableCounts) => (written: number) => {
    rows[key] += written;
  };
  const fraction = (rowsInChunk: number, share: number) => Math.round(rowsInChunk * share);

  const big = (file: ExportFile): Entry => {
    const tallies: Tally[] = [];
    const chunked = (label: string, key: keyof TableCounts, spec: Chunked) => ({
      path: file.path,
      tallies,
      pieces: () => chunkedTable(root, account, label, spec, tallies, count(key)),
    });
    if (file.path === 'messages.csv') {
      return chunked('messages', 'messages', {
        total: target(BASE_COUNTS.messages),
        chunk: 10_000,
        build: (rowCount) => (context) => {
          const written = messages({ variant: 'D', target: rowCount })(context);
          for (const { content } of written) {
            // A multi-line CONTENT is the only place a quoted field holds a line break.
            if (typeof content === 'string') multiLine.messages += countMultiLine(content);
          }
          return written;
        },
        written: (tally) => tally.counts['private-messages'] ?? 0,
      });
    }
    if (file.path.startsWith('Shares_')) {
      return chunked('Shares', 'posts', {
        total: target(BASE_COUNTS.posts),
        chunk: 5_000,
        build: (rowCount) =>
          shares({
            count: rowCount,
            multiLine: fraction(rowCount, 0.1),
            group: fraction(rowCount, 0.05),
            reposts: fraction(rowCount, 0.03),
            urlColumns: 'SharedUrl',
            quoteEmptyUrls: true,
            memberIdSuffix: true,
          }),
        written: sum,
      });
    }
    if (file.path.startsWith('Comments_')) {
      return chunked('Comments', 'comments', {
        total: target(BASE_COUNTS.comments),
        chunk: 10_000,
        build: (rowCount) =>
          comments({
            count: rowCount,
            group: fraction(rowCount, 0.05),
            multiLine: fraction(rowCount, 0.04),
            style: 'backslash',
            memberIdSuffix: true,
          }),
        written: sum,
      });
    }
    if (file.path.startsWith('Reactions_')) {
      return chunked('Reactions', 'reactions', {
        total: target(BASE_COUNTS.reactions),
        chunk: 20_000,
        build: (rowCount) => reactions({ count: rowCount, memberIdSuffix: true }),
        written: sum,
      });
    }
    if (file.path === 'Connections.csv') {
      // One call: the 2 % hidden rows plus one row per contact of the account.
      return chunked('Connections', 'connections', {
        total: target(BASE_COUNTS.connections),
        chunk: Number.MAX_SAFE_INTEGER,
        build: () => connections(hidden),
        written: (tally) => tally.counts.network ?? 0,
      });
    }
    const applications = applicationSpecs(
      root.fork('applications'),
      account,
      target(BASE_COUNTS.applications),
    );
    return chunked('Job Applications', 'applications', {
      total: applications.length,
      chunk: Number.MAX_SAFE_INTEGER,
      build: () => jobApplications(applications),
      written: (tally) => tally.counts['job-activity'] ?? 0,
    });
  };

  // The bundled sample's tables, in its order; its big tables are replaced by chunked ones.
  const context: Context = { account, random: (name) => root.fork(`small/${name}`) };
  const entries = SAMPLE_BUILDS.flatMap((build) => build(context)).map((file): Entry => {
    if (BIG_TABLE.test(file.path)) return big(file);
    const { content } = file;
    return {
      path: file.path,
      tallies: [file.tally],
      pieces: () => [content],
    };
  });
  for (const table of ['messages.csv', 'Connections.csv', 'Jobs/Job Applications.csv']) {
    if (!entries.some((entry) => entry.path === table))
      throw new Error(`no ${table} in the sample`);
  }
  return { entries, rows, multiLine };
}

/** Rows of a variant-D messages chunk whose quoted CONTENT holds a line break. */
function countMultiLine(csvText: string): number {
  let rowsWithBreaks = 0;
  let inQuotes = false;
  let breakInRow = false;
  for (let index = 0; index < csvText.length; index++) {
    const code = csvText.charCodeAt(index);
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 10) {
      if (inQuotes) breakInRow = true;
      else {
        if (breakInRow) rowsWithBreaks++;
        breakInRow = false;
      }
    }
  }
  return rowsWithBreaks;
}

// ---------------------------------------------------------------------------------------------
// A streaming ZIP writer: Deflate, UTF-8 name flag, no directory entries (export-format.md §1.2)

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const UTF8_NAME_FLAG = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const MAX_32 = 0xffffffff;

interface CentralRecord {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day:
      ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

async function writeZip(
  target: string,
  entries: readonly Entry[],
  date: Date,
): Promise<EntryInfo[]> {
  const { time, day } = dosDateTime(date);
  const handle = await open(target, 'w');
  const records: CentralRecord[] = [];
  let offset = 0;
  const put = async (bytes: Buffer) => {
    await handle.write(bytes, 0, bytes.length, offset);
    offset += bytes.length;
  };
  try {
    for (const entry of entries) {
      const name = Buffer.from(entry.path, 'utf8');
      const start = offset;
      const header = Buffer.alloc(30);
      header.writeUInt32LE(LOCAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(UTF8_NAME_FLAG, 6);
      header.writeUInt16LE(DEFLATE, 8);
      header.writeUInt16LE(time, 10);
      header.writeUInt16LE(day, 12);
      // CRC and sizes (offset 14) are filled in once the data is written.
      header.writeUInt16LE(name.length, 26);
      await put(Buffer.concat([header, name]));
      let crc = 0;
      let size = 0;
      let compressed = 0;
      function* raw(): Generator<Buffer> {
        for (const piece of entry.pieces()) {
          const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece);
          crc = crc32(bytes, crc);
          size += bytes.length;
          yield bytes;
        }
      }
      await pipeline(Readable.from(raw()), createDeflateRaw({ level: 6 }), async (deflated) => {
        for await (const chunk of deflated as AsyncIterable<Buffer>) {
          compressed += chunk.length;
          await put(chunk);
        }
      });
      if (size > MAX_32 || offset > MAX_32) {
        throw new Error(`${entry.path}: the archive passes 4 GiB, which needs ZIP64 (not written)`);
      }
      const sizes = Buffer.alloc(12);
      sizes.writeUInt32LE(crc >>> 0, 0);
      sizes.writeUInt32LE(compressed, 4);
      sizes.writeUInt32LE(size, 8);
      await handle.write(sizes, 0, 12, start + 14);
      records.push({ name, crc: crc >>> 0, compressed, size, offset: start });
    }
    const directoryStart = offset;
    for (const record of records) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(UTF8_NAME_FLAG, 8);
      header.writeUInt16LE(DEFLATE, 10);
      header.writeUInt16LE(time, 12);
      header.writeUInt16LE(day, 14);
      header.writeUInt32LE(record.crc, 16);
      header.writeUInt32LE(record.compressed, 20);
      header.writeUInt32LE(record.size, 24);
      header.writeUInt16LE(record.name.length, 28);
      header.writeUInt32LE(record.offset, 42);
      await put(Buffer.concat([header, record.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(records.length, 8);
    end.writeUInt16LE(records.length, 10);
    end.writeUInt32LE(offset - directoryStart, 12);
    end.writeUInt32LE(directoryStart, 16);
    await put(end);
  } finally {
    await handle.close();
  }
  return records.map((record) => ({
    path: record.name.toString('utf8'),
    bytes: record.size,
    compressedBytes: record.compressed,
  }));
}

type Written = Omit<LargeExportManifest, 'fingerprint' | 'seed' | 'scale' | 'generatedInMs'>;

async function writeLargeExport(folder: string, seed: string, scale: number): Promise<Written> {
  const exportDate = utc(EXPORT_DATE);
  const archiveName = `Complete_LinkedInDataExport_${archiveStamp(exportDate)}.zip`;
  const content = exportContent(seed, scale);
  const partial = path.join(folder, `${archiveName}.${String(process.pid)}.partial`);
  try {
    const entries = await writeZip(partial, content.entries, exportDate);
    const archive = path.join(folder, archiveName);
    await rename(partial, archive);
    const files = content.entries.map((entry) => ({
      path: entry.path,
      content: '',
      tally: mergeTallies(entry.tallies),
    }));
    return {
      archiveName,
      archiveBytes: (await stat(archive)).size,
      csvBytes: entries.reduce((total, entry) => total + entry.bytes, 0),
      rows: content.rows,
      multiLineMessages: content.multiLine.messages,
      entries,
      expected: expectedFor('complete', exportDate, files, []),
    };
  } finally {
    await rm(partial, { force: true });
  }
}

function mergeTallies(tallies: readonly Tally[]): Tally {
  const counts: Record<string, number> = {};
  for (const tally of tallies) {
    for (const [id, value] of Object.entries(tally.counts)) counts[id] = (counts[id] ?? 0) + value;
  }
  return { counts, distinct: tallies.flatMap((tally) => tally.distinct) };
}

// ---------------------------------------------------------------------------------------------
// Command line

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

export function describeExport(large: LargeExport): string[] {
  const { manifest } = large;
  const rows = Object.entries(manifest.rows)
    .map(([name, value]) => `${value.toLocaleString('en-US')} ${name}`)
    .join(', ');
  return [
    `archive   ${large.archive}`,
    `size      ${formatMiB(manifest.archiveBytes)} ZIP, ${formatMiB(manifest.csvBytes)} inflated, ${String(manifest.entries.length)} entries`,
    `rows      ${rows}`,
    `          (${manifest.multiLineMessages.toLocaleString('en-US')} multi-line messages)`,
    large.generated
      ? `generated in ${(manifest.generatedInMs / 1000).toFixed(1)} s`
      : `cached (generated in ${(manifest.generatedInMs / 1000).toFixed(1)} s; --force rebuilds)`,
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: 'bench' },
      dir: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const large = await ensureLargeExport({
    seed: values.seed,
    scale: Number(values.scale),
    dir: values.dir,
    force: values.force,
    log: (text) => {
      console.log(text);
    },
  });
  for (const text of describeExport(large)) console.log(text);
}

const invokedAs = process.argv[1];
if (invokedAs !== undefined && import.meta.url === pathToFileURL(invokedAs).href) {
  await main();
}
