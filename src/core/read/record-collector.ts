import { FileRecords } from './file-records.js';
import { classify, type Classification, type CompiledPolicy } from '../policy/classify.js';
import type { TableSpec } from '../catalog/schema.js';
import type { Policy } from '../policy/schema.js';
import { isCountable } from './count-file.js';
import type { RawRecord } from '../records/types.js';
import type { CategorySummary, ClassifiedRecord, Finding } from '../report/schema.js';
import { fingerprintOf, fingerprintText, type Fingerprint } from '../util/hash.js';
import { IdCounter } from './id-counter.js';
import { MonthCounts } from './month-counts.js';
import { ContentSelector } from '../report/content-selector.js';
import { isContactKind, type RecordScan } from '../sensitive/scan.js';
import { addToTally, emptyTally, tallyOf, type Tally } from './tally.js';

/**
 * Which records the report keeps beyond their counts (`AnalyzeOptions.keepRecords`): `all`;
 * `in-scope` (with resumes and saved answers); `flagged`, which also drops in-scope posts and
 * comments once they are scanned and offered to the plan, unless they hold findings.
 */
export type KeepRecords = 'all' | 'in-scope' | 'flagged';

/**
 * What `flagged` needs while reading: the scan of one record (the plan is chosen as records go by,
 * whatever day items turn out to count as old from: report/content-selector.ts), with the
 * profile's home address when it was read.
 */
export interface ScanAsRead {
  scan: (record: ClassifiedRecord, ownAddresses: readonly string[]) => RecordScan;
}

/** The values to mask in a record not kept: the account's contact details (sensitive/scan.ts). */
export type ContactValues = (record: RawRecord) => RecordScan['values'];

/** What a collector does besides counting and keeping. */
export interface CollectorHooks {
  /** With `flagged`: the scan of each record kept, as it is read. */
  asRead?: ScanAsRead | null;
  /** Unless every record is kept (and scanned after reading): the account's own contact values. */
  contactValues?: ContactValues | null;
  /** Hands each record on as soon as it is classified instead of keeping it. */
  emit?: ((record: ClassifiedRecord) => void) | null;
}

export interface SourcedRecord extends RawRecord {
  table: string;
  file: string;
}

/** Kinds the plan reads whatever their scope: stored resumes and the saved-answer dictionary. */
const alwaysKept = new Set(['resume-text', 'saved-answer', 'saved-screening-answer']);

/**
 * Classifies records as they are read and keeps only what the report needs: every record is
 * counted in its category, but unless `keepRecords` is `all` only in-scope ones are held (a
 * million private messages become counts, not a million objects).
 */
export class RecordCollector {
  readonly records: ClassifiedRecord[] = [];
  readonly knownQuestions = new Set<string>();
  readonly tallies = new Map<string, Tally>();
  readonly dedupeKeys = new Set<string>();
  readonly inScopeMonths = new MonthCounts();
  /** Stored resume texts in reading order, with what identifies each (its asset name). */
  readonly resumeTexts: {
    text: string | null;
    identity: string;
    file: string;
    row: number | null;
  }[] = [];
  /**
   * Per table, the ids its committed files numbered. Per table because the table is part of the
   * fingerprint: a file's ids are looked up only among its own table's, and the first file of a
   * table hands over its counter as it is (so a committed file counts nothing more: `commit`).
   */
  private readonly idsByTable = new Map<string, IdCounter>();

  /** With `flagged`: what the scan found so far, in reading order, and the plan's content. */
  readonly findings: Finding[] = [];
  /** The values to mask found as records were read: the scan's and the contact details'. */
  readonly masks = new Map<string, string>();
  /** Of those, the values found running on into a letter or number (sensitive/scan.ts). */
  readonly glued = new Set<string>();
  /**
   * The home address of the profile's contact details, whatever records are kept: a post that
   * repeats it is flagged (sensitive/own-address.ts). The profile is read first (analyze.ts).
   */
  readonly ownAddresses: string[] = [];
  readonly content = new ContentSelector();
  readonly asRead: ScanAsRead | null;
  readonly contactValues: ContactValues | null;
  readonly emit: ((record: ClassifiedRecord) => void) | null;

  constructor(
    readonly compiled: CompiledPolicy,
    readonly trainingSince: string,
    readonly keep: KeepRecords,
    hooks: CollectorHooks = {},
  ) {
    this.asRead = hooks.asRead ?? null;
    this.contactValues = hooks.contactValues ?? null;
    this.emit = hooks.emit ?? null;
  }

  /** The newest date of a record read that can date the export (`latestDate`). */
  private latest: string | null = null;

  /** A file of `spec`'s table; its dates date the export unless they can lie ahead. */
  beginFile(spec: TableSpec, file: string, size: number | null): FileRecords {
    return new FileRecords(this, spec.id, file, {
      upcomingDates: spec.date?.upcoming === true,
      holdsContactDetails: spec.extractor === 'profile',
      size,
    });
  }

  /** Notes a date for `latestDate`. */
  noteDate(date: string | null): void {
    if (date !== null && (this.latest === null || date > this.latest)) this.latest = date;
  }

  /** Adds a record made after reading (a resume); it is always kept. */
  addMade(record: SourcedRecord): ClassifiedRecord {
    const classification = classify(this.compiled, record);
    addToTally(tallyOf(this.tallies, classification.category), record.date, this.trainingSince);
    this.inScopeMonths.add(classification.scope, record.date);
    this.noteDate(record.date);
    const made = this.classified(record, record, classification);
    if (this.emit) this.emit(made);
    else this.records.push(made);
    return made;
  }

  /**
   * A record's id: a fingerprint of what identifies it, numbered when two share one. A file's
   * records are counted in `fileIds`, added to the analysis's when the file was read to its end,
   * so a file that fails half-way takes no number.
   */
  classified(
    record: RawRecord,
    where: { table: string; file: string },
    { category, scope, reason }: Classification,
    fileIds?: IdCounter,
  ): ClassifiedRecord {
    return {
      id: this.nextId(record, where.table, fileIds),
      category,
      scope,
      kind: record.kind,
      date: record.date,
      source: { file: where.file, row: record.row },
      link: record.link,
      text: record.text,
      reason,
    };
  }

  /**
   * Numbers a record's id whether or not it is kept, so that every `keepRecords` gives a kept
   * record the id `all` gives it.
   */
  nextId(record: RawRecord, table: string, fileIds?: IdCounter): string {
    const { key, seen } = this.countId(record, table, fileIds);
    const baseId = `${table}-${fingerprintText(key)}`;
    return seen === 0 ? baseId : `${baseId}-${String(seen + 1)}`;
  }

  /**
   * Counts one record's id without making its text (a record the report does not keep): its
   * fingerprint, and how many records had it before.
   */
  countId(
    record: RawRecord,
    table: string,
    fileIds?: IdCounter,
  ): { key: Fingerprint; seen: number } {
    const key = fingerprintOf(table, '\u001d', record.identity);
    const known = this.idsByTable.get(table);
    if (!fileIds) {
      if (known) return { key, seen: known.take(key) };
      const counter = new IdCounter();
      this.idsByTable.set(table, counter);
      return { key, seen: counter.take(key) };
    }
    const before = known && known.size > 0 ? known.count(key) : 0;
    return { key, seen: before + fileIds.take(key) };
  }

  /** Adds the ids a file of `table` counted (read to its end) to the analysis's. */
  addIds(table: string, fileIds: IdCounter): void {
    const known = this.idsByTable.get(table);
    if (known) known.addAll(fileIds);
    else this.idsByTable.set(table, fileIds);
  }

  /**
   * The category a table's records all fall into when the report keeps none of them, so its
   * files can be counted instead of read (read/count-file.ts); null when they must be read.
   */
  countedCategory(spec: TableSpec): string | null {
    if (this.keep === 'all' || !isCountable(spec)) return null;
    // Read, not counted: their values are masked wherever the report shows them.
    if (this.contactValues && isContactKind(spec.kind)) return null;
    const [rule] = this.compiled.rulesByKind.get(spec.kind) ?? [];
    if (rule?.test !== null) return null;
    const { classification } = rule;
    return this.shouldKeep({ kind: spec.kind }, classification) ? null : classification.category;
  }

  shouldKeep(record: Pick<RawRecord, 'kind'>, classification: Classification): boolean {
    return (
      this.keep === 'all' || classification.scope === 'in-scope' || alwaysKept.has(record.kind)
    );
  }

  /** The policy's categories in its order, with what was counted in each. */
  summaries(policy: Policy): CategorySummary[] {
    return policy.categories.map((category) => ({
      id: category.id,
      label: category.label,
      scope: category.scope,
      ...(this.tallies.get(category.id) ?? emptyTally()),
    }));
  }

  /**
   * The newest date of any record read, but for dates that can lie ahead of the export (an
   * event registered for, catalog `date.upcoming`): what dates an export named without its date.
   */
  latestDate(): string | null {
    return this.latest;
  }
}
