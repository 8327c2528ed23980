/**
 * Micro-benchmark of the sensitive-content scan (issue 5): times `scanRecords` alone, without the
 * archive around it, on two sets of 300,000 in-scope records (as many posts and comments as the
 * large benchmark export holds at scale 1):
 *
 * - `generator`: the texts of the fixture generator (fixtures/generator/texts.ts), posts and
 *   comments in the proportions of bench/generate-large-export.ts: what the large export holds;
 * - `corpus`: one to four sentences of the labelled corpus (tests/corpus/*.txt) per record, so
 *   that most records hold something the detectors find: the worst case for the slow paths.
 *
 * It prints records per second, the total (wall and CPU time: on a loaded machine the CPU time is
 * the steadier of the two), and a digest of the findings so that two versions of the scan can be
 * compared for identical results. The corpus set takes about a minute per run at full size: it is
 * only timed when asked for. Nothing here runs in CI.
 *
 *   npx tsx bench/sensitive-scan.ts [--records 300000] [--runs 5] [--region us|none|…]
 *                                   [--set generator|corpus|all]
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { makePerson, type Person } from '../fixtures/generator/people.js';
import { Random } from '../fixtures/generator/random.js';
import {
  commentText,
  plainMultiLineComment,
  postLines,
  quotedMultiLineComment,
} from '../fixtures/generator/texts.js';
import type { ClassifiedRecord } from '../src/core/index.js';
import { rememberingScan } from '../src/core/sensitive/scan-memo.js';
import { scanContext, scanRecords, type SensitiveScan } from '../src/core/sensitive/scan.js';
import { readCorpus } from '../tests/corpus/corpus.js';
import { median } from './median.js';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '300000' },
    runs: { type: 'string', default: '5' },
    region: { type: 'string', default: 'us' },
    set: { type: 'string', default: 'generator' },
  },
});
const total = Number(args.records);
const runs = Number(args.runs);
const region = args.region === 'none' ? null : args.region;

function record(index: number, kind: 'post' | 'comment', text: string): ClassifiedRecord {
  return {
    id: `${kind}-${String(index)}`,
    category: kind === 'post' ? 'posts' : 'comments',
    scope: 'in-scope',
    kind,
    date: null,
    source: { file: kind === 'post' ? 'Shares.csv' : 'Comments.csv', row: index + 2 },
    link: null,
    text,
    reason: 'bench',
  };
}

/** One post in three, as the large export has 100,000 posts to 200,000 comments. */
function generatorRecords(count: number): ClassifiedRecord[] {
  const rng = new Random('bench/sensitive-scan');
  const contacts: Person[] = Array.from({ length: 50 }, () => makePerson(rng));
  return Array.from({ length: count }, (_, index) => {
    const person = rng.pick(contacts);
    if (index % 3 === 0) {
      return record(index, 'post', postLines(rng, rng.chance(0.1), person).join('\n'));
    }
    const text = rng.chance(0.1)
      ? (rng.chance(0.5) ? plainMultiLineComment(rng) : quotedMultiLineComment(rng, person)).join(
          '\n',
        )
      : commentText(rng, rng.chance(0.05), person);
    return record(index, 'comment', text);
  });
}

function corpusRecords(count: number): ClassifiedRecord[] {
  const rng = new Random('bench/sensitive-scan/corpus');
  const sentences = readCorpus().map((line) => line.sentence);
  return Array.from({ length: count }, (_, index) => {
    const parts = Array.from({ length: rng.int(1, 4) }, () => rng.pick(sentences));
    return record(index, index % 3 === 0 ? 'post' : 'comment', parts.join(' '));
  });
}

function digest(scan: SensitiveScan): string {
  return createHash('sha256').update(JSON.stringify(scan)).digest('hex').slice(0, 16);
}

function bench(name: string, records: readonly ClassifiedRecord[]): void {
  const characters = records.reduce((sum, item) => sum + (item.text?.length ?? 0), 0);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let result: SensitiveScan | undefined;
  // The first run includes compiling the matchers, which a CLI run pays once too.
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const options = { region, showValues: false };
    // As an analysis scans: one memo per run (it only remembers screening answers).
    result = scanRecords(records, options, rememberingScan(scanContext(options)));
    const cpu = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  if (result === undefined) return;
  const typical = median(times);
  console.log(
    [
      `${name.padEnd(9)} ${String(records.length)} records, ${(characters / records.length).toFixed(0)} chars on average`,
      `  first run ${times[0]?.toFixed(0) ?? '?'} ms, median ${typical.toFixed(0)} ms of ${String(runs)} (CPU ${median(cpuTimes).toFixed(0)} ms): ${Math.round((records.length / typical) * 1000).toLocaleString('en')} records/s`,
      `  ${String(result.findings.length)} findings, ${String(result.masks.length)} masks, digest ${digest(result)}`,
    ].join('\n'),
  );
}

const sets: Record<string, () => ClassifiedRecord[]> = {
  generator: () => generatorRecords(total),
  corpus: () => corpusRecords(total),
};
console.log(`region ${region ?? 'none'}, node ${process.version}`);
for (const [name, build] of Object.entries(sets)) {
  if (args.set === 'all' || args.set === name) bench(name, build());
}
