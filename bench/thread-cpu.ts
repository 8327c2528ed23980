/**
 * `npm run bench -- --threads`: the CPU time of each thread of one CLI run, from Linux's
 * `/proc/self/task/<tid>/stat`, read by a preload every 25 ms and once more as the CLI exits
 * (docs/performance.md). It tells the main thread, which the wall time waits for, from the worker
 * thread and from the threads Node runs for V8 (optimizing compiler, garbage collector helpers)
 * and libuv (zlib), which share the same cores.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What the preload writes when the CLI exits. */
export interface ThreadCpuRecord {
  readonly wallMs: number;
  readonly main: string;
  /** Threads that existed when the preload ran: the main thread and those Node starts with. */
  readonly atStart: readonly string[];
  /** Worker threads, each written by the preload running in it. */
  readonly workers: readonly string[];
  /** User plus system time per thread, in clock ticks. */
  readonly ticks: Readonly<Record<string, number>>;
}

/**
 * The preload (CommonJS, for `--require`: it runs before Node's ES-module loader, whose file reads
 * start libuv's threads, so the threads it finds are those Node starts with), written beside the
 * run with the record's path in it. In a worker thread it only names itself
 * (`/proc/thread-self`), in a file the main thread's exit handler reads.
 */
export function threadCpuHookSource(recordFile: string): string {
  return `const { readdirSync, readFileSync, readlinkSync, writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const recordFile = ${JSON.stringify(recordFile)};
if (!isMainThread) {
  writeFileSync(recordFile + '.worker-' + readlinkSync('/proc/thread-self').split('/').pop(), '');
} else {
  const started = Date.now();
  const atStart = readdirSync('/proc/self/task');
  const ticks = {};
  const sample = () => {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks[tid] = Number(fields[11]) + Number(fields[12]);
      } catch {
        // The thread ended between the listing and the read: its last sample stands.
      }
    }
  };
  setInterval(sample, 25).unref();
  process.on('exit', () => {
    sample();
    const dir = recordFile.slice(0, recordFile.lastIndexOf('/'));
    const prefix = recordFile.slice(recordFile.lastIndexOf('/') + 1) + '.worker-';
    const workers = readdirSync(dir).filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
    writeFileSync(recordFile, JSON.stringify({ wallMs: Date.now() - started, main: String(process.pid), atStart, workers, ticks }));
  });
}
`;
}

function clockTicksPerSecond(): number {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const value = Number(result.stdout.trim());
  // USER_HZ is 100 on every Linux that does not say otherwise.
  return Number.isInteger(value) && value > 0 ? value : 100;
}

export function readThreadCpu(recordFile: string): ThreadCpuRecord {
  return JSON.parse(readFileSync(recordFile, 'utf8')) as ThreadCpuRecord;
}

/** The record as rows: main, worker threads, Node's own threads, the threads started later. */
export function threadCpuRows(record: ThreadCpuRecord): string[][] {
  const perSecond = clockTicksPerSecond();
  const groups = [
    { name: 'main thread', tids: [record.main] },
    { name: 'worker threads', tids: record.workers },
    {
      name: "Node's own threads from the start (V8: compiler, GC)",
      tids: record.atStart.filter((tid) => tid !== record.main && !record.workers.includes(tid)),
    },
    {
      name: 'threads started later (libuv: zlib)',
      tids: Object.keys(record.ticks).filter(
        (tid) => !record.atStart.includes(tid) && !record.workers.includes(tid),
      ),
    },
  ];
  const seconds = (ticks: number) => `${(ticks / perSecond).toFixed(2)} s`;
  return [
    ['thread', 'count', 'CPU'],
    ...groups.map(({ name, tids }) => [
      name,
      String(tids.length),
      seconds(tids.reduce((sum, tid) => sum + (record.ticks[tid] ?? 0), 0)),
    ]),
    ['wall time', '', `${(record.wallMs / 1000).toFixed(2)} s`],
  ];
}
