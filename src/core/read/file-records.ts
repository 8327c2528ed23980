import { bySeverity } from '../plan/score.js';
import type { RawRecord } from '../records/types.js';
import { ContentSelector, contentItem, isContentKind } from '../report/content-selector.js';
import type { ClassifiedRecord, Finding } from '../report/schema.js';
import type { WarningSink } from '../report/warnings.js';
import { classify } from '../policy/classify.js';
import { ownAddress } from '../sensitive/own-address.js';
import { addFoundValue, isContactKind, type FoundValue } from '../sensitive/scan.js';
import { detachedRecord } from '../util/text.js';
import { IdCounter } from './id-counter.js';
import { MonthCounts } from './month-counts.js';
import type { ReadContext } from './read-file.js';
import type { RecordCollector, ScanAsRead } from './record-collector.js';
import { addToTally, mergeTally, tallyOf, type Tally } from './tally.js';

/** What one file added, once it was read to its end. */
export interface FileRecordSummary {
  records: number;
  categories: ReadonlySet<string>;
}

/** Ids numbered before the file's rate of ids per byte is taken as its own. */
const idsBeforeSizing = 4096;

/** Kinds whose question is remembered, to find it again inside applications' answers. */
const questionKinds = new Set(['saved-answer', 'saved-screening-answer']);

/**
 * One file's records. They count only once the file was read to its end (`commit`), so a file
 * that fails half-way adds nothing, as if it had not been read.
 */
export class FileRecords {
  private readonly tallies = new Map<string, Tally>();
  private readonly dedupeKeys = new Set<string>();
  private readonly inScopeMonths = new MonthCounts();
  private readonly questions: string[] = [];
  private readonly kept: ClassifiedRecord[] = [];
  private readonly resumeTexts: RecordCollector['resumeTexts'] = [];
  /**
   * The ids this file numbered, apart from the analysis's until it is read to its end: typed
   * arrays, where a log of every fingerprint was a growing array of numbers, a large object
   * that only a full collection frees (docs/performance.md).
   */
  private readonly ids = new IdCounter();
  private readonly findings: Finding[] = [];
  private readonly values: FoundValue[] = [];
  private readonly content = new ContentSelector();
  /** The home address of the profile's contact details in this file, the analysis's at `commit`. */
  private readonly addresses: string[] = [];
  private count = 0;
  /** Bytes of the file read so far, and whether its id counter was sized from them. */
  private bytesRead = 0;
  private idsSized = false;
  /** Its counts are the collector's now, its id counter perhaps its table's: nothing more. */
  private committed = false;

  private open(): void {
    if (this.committed) throw new Error(`FileRecords: ${this.file} was already committed`);
  }

  constructor(
    private readonly collector: RecordCollector,
    readonly table: string,
    readonly file: string,
    private readonly options: {
      /** Its dates can lie after the export (`RecordCollector.latestDate`). */
      upcomingDates: boolean;
      /** Profile.csv: its contact record names the home address posts are checked for. */
      holdsContactDetails: boolean;
      /** Its uncompressed size, when the archive states it: how many ids to make room for. */
      size: number | null;
    },
  ) {}

  add(records: readonly RawRecord[]): void {
    this.open();
    const { collector, file } = this;
    // Before the loop: the profile record comes before the contact record of its row, and with
    // `flagged` it is scanned as it goes by; kept, it is scanned after reading, address known.
    if (this.options.holdsContactDetails) {
      for (const record of records) {
        const address = ownAddress(record);
        if (address !== null && !this.addresses.includes(address)) this.addresses.push(address);
      }
    }
    for (const record of records) {
      const key = record.dedupeKey;
      if (key !== undefined) {
        // policy.md §2: a receipt in both files counts once; in one file, every row is a
        // record (a charge and its refund can share an invoice number).
        if (collector.dedupeKeys.has(key)) continue;
        this.dedupeKeys.add(key);
      }
      const classification = classify(collector.compiled, record);
      const tally = tallyOf(this.tallies, classification.category);
      addToTally(tally, record.date, collector.trainingSince);
      this.inScopeMonths.add(classification.scope, record.date);
      this.count++;
      if (questionKinds.has(record.kind) && record.question) this.questions.push(record.question);
      if (!collector.shouldKeep(record, classification)) {
        collector.countId(record, this.table, this.ids);
        // Checked here, not inside: this runs for every record not kept (a million messages).
        if (collector.contactValues && isContactKind(record.kind)) {
          for (const value of collector.contactValues(record)) this.values.push(value);
        }
        continue;
      }
      const kept = collector.classified(record, this, classification, this.ids);
      if (collector.emit) {
        collector.emit(kept);
        continue;
      }
      // Kept records outlive the chunk their cells were cut from (util/text.ts).
      const held = collector.asRead ? this.scanned(kept, collector.asRead) : detachedRecord(kept);
      if (held) this.kept.push(held);
      if (record.kind === 'resume-text') {
        this.resumeTexts.push({
          text: record.text,
          identity: record.identity,
          file,
          row: record.row,
        });
      }
    }
  }

  /**
   * `flagged`: scans the record now and offers it to the plan. A post or comment without findings
   * is not kept (null); everything else is, detached once, and the plan holds the same copy.
   */
  private scanned(record: ClassifiedRecord, asRead: ScanAsRead): ClassifiedRecord | null {
    const known = this.collector.ownAddresses;
    const { findings, values } = asRead.scan(
      record,
      this.addresses.length === 0 ? known : [...known, ...this.addresses],
    );
    for (const finding of findings) this.findings.push(finding);
    for (const value of values) this.values.push(value);
    const held = !isContentKind(record.kind) || findings.length > 0 ? detachedRecord(record) : null;
    // Nearly every post and comment has no finding: no array copied or sorted for them, and
    // `bySeverity`'s copy no longer sees arrays of every kind V8 makes (it recompiled this
    // function four times on the large export; -76 and -100 ms in two sets of paired rounds).
    const codes = findings.length === 0 ? [] : bySeverity(findings.map((finding) => finding.code));
    const item = contentItem(held ?? record, codes);
    if (item) this.content.offer(item);
    return held;
  }

  /** How a reading of this file hands it its records (read/read-file.ts). */
  readContext(warnings: WarningSink, onBytes: (bytes: number) => void): ReadContext {
    return {
      knownQuestions: this.collector.knownQuestions,
      articleBase: this.collector.compiled.policy.links.articleBase,
      warnings,
      onRecords: (records) => {
        this.add(records);
        if (!this.idsSized && this.ids.size >= idsBeforeSizing) this.sizeIds();
      },
      onBytes: (bytes) => {
        this.bytesRead += bytes;
        onBytes(bytes);
      },
    };
  }

  /**
   * Makes room in the id counter for as many ids as the file holds at the rate read so far,
   * once: growing it by doubling from a thousand rehashed every id again at each step and
   * touched fresh memory each time, 0.1 s and 4,700 page faults on the large export's posts
   * and comments (docs/performance.md, "Page faults").
   */
  private sizeIds(): void {
    this.idsSized = true;
    const { size } = this.options;
    if (size === null || this.bytesRead === 0 || this.bytesRead >= size) return;
    this.ids.reserve(Math.ceil((this.ids.size * size) / this.bytesRead));
  }

  /** Records counted without being read (read/count-file.ts), all of one category. */
  addTally(category: string, tally: Tally): void {
    mergeTally(tallyOf(this.tallies, category), tally);
    this.count += tally.records;
  }

  commit(): FileRecordSummary {
    this.open();
    this.committed = true;
    const { collector } = this;
    collector.addIds(this.table, this.ids);
    for (const [category, tally] of this.tallies) {
      mergeTally(tallyOf(collector.tallies, category), tally);
      // Its tallies hold its newest date already, category by category.
      if (!this.options.upcomingDates) collector.noteDate(tally.latest);
    }
    for (const key of this.dedupeKeys) collector.dedupeKeys.add(key);
    collector.inScopeMonths.addAll(this.inScopeMonths);
    for (const question of this.questions) collector.knownQuestions.add(question);
    for (const resumeText of this.resumeTexts) collector.resumeTexts.push(resumeText);
    for (const record of this.kept) collector.records.push(record);
    for (const finding of this.findings) collector.findings.push(finding);
    for (const value of this.values) addFoundValue(collector, value);
    for (const address of this.addresses) {
      if (!collector.ownAddresses.includes(address)) collector.ownAddresses.push(address);
    }
    collector.content.merge(this.content);
    return { records: this.count, categories: new Set(this.tallies.keys()) };
  }
}
