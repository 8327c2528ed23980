/**
 * `npm run bench`: times the built CLI against `unzip -p` on the large synthetic export and against
 * `node -e 0` on the bundled sample, interleaved, and prints PASS or FAIL per target
 * (docs/performance.md). Nothing here runs in CI; the exit code is 0 unless `--strict`.
 *
 *   npm run bench -- [--runs 9] [--scale 1] [--scaling 1,2,4] [--seed bench] [--timeout 900]
 *                    [--sample ZIP] [--sample-runs 31]
 *                    [--rss auto|time|hook] [--cpu-prof] [--threads] [--no-sample] [--no-large]
 *                    [--dir DIR]
 *                    [--strict]
 *                    [--cli path/to/bin/linkedin-exposure.js]
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  defaultBenchDir,
  describeExport,
  ensureLargeExport,
  formatMiB,
  type LargeExport,
} from './generate-large-export.js';
import { median } from './median.js';
import { readThreadCpu, threadCpuHookSource, threadCpuRows } from './thread-cpu.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const defaultCli = path.join(repoRoot, 'bin/linkedin-exposure.js');
/** The bundled CLI a `bin/linkedin-exposure.js` loads. */
const builtBundle = (cli: string) => path.join(path.dirname(cli), '../dist/cli/cli.cjs');
const defaultSample = path.join(
  repoRoot,
  'fixtures/sample/Complete_LinkedInDataExport_11-28-2026.zip',
);
const MiB = 1024 ** 2;

/** The targets; they are printed against, never tuned. */
const TARGETS = {
  largeTimeVsUnzip: 1.5,
  // The "250 MB", read as decimal megabytes (238.4 MiB): the stricter of the two readings.
  largePeakRssBytes: 250 * 1000 ** 2,
  sampleTimeVsNode: 3,
} as const;

// ---------------------------------------------------------------------------------------------
// Running one command

/**
 * How the peak RSS and CPU time of a child are read: GNU time's `%M %U %S`, or a preload that
 * reports the CLI's own (it cannot see `unzip`).
 */
type RssMethod = 'time' | 'hook';

interface Command {
  readonly label: string;
  readonly file: string;
  readonly args: readonly string[];
  /** Node processes can report their own peak RSS through the preload hook. */
  readonly node: boolean;
}

interface Run {
  readonly ms: number;
  /** Peak resident set size in bytes, when it could be read. */
  readonly rss: number | null;
  /**
   * User and system CPU time of all its threads in ms, when it could be read. On a host that
   * leaves the machine less than two cores, the CLI's wall time drifts toward its CPU time while
   * `unzip -p`'s stays put: this column tells a busy host from a slower CLI
   * (docs/performance.md).
   */
  readonly cpuMs: number | null;
  /** Why the run did not succeed (exit code, signal, timeout); undefined when it did. */
  readonly problem?: string;
}

interface Runner {
  readonly rss: RssMethod;
  readonly work: string;
  readonly timeoutMs: number;
}

function gnuTimeWorks(): boolean {
  if (!existsSync('/usr/bin/time')) return false;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
  return result.status === 0 && /^\d+\s*$/u.test(result.stderr);
}

/**
 * Preload for `--rss hook`: writes `process.resourceUsage()`'s maxRSS (KiB) and user and system
 * CPU time (seconds), as GNU time's `%M %U %S` would, when the CLI exits.
 */
const HOOK_SOURCE = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(
    process.env.BENCH_USAGE_FILE,
    \`\${maxRSS} \${(userCPUTime / 1e6).toFixed(6)} \${(systemCPUTime / 1e6).toFixed(6)}\`,
  );
});
`;

/** Peak RSS in bytes and CPU time in ms from the last line `%M %U %S` (KiB, seconds). */
function usage(text: string): { rss: number | null; cpuMs: number | null } {
  const lines = text.trim().split('\n');
  const last = lines[lines.length - 1]?.trim() ?? '';
  const match = /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/u.exec(last);
  if (match === null) return { rss: null, cpuMs: null };
  const [, kib = '', user = '', system = ''] = match;
  return { rss: Number(kib) * 1024, cpuMs: (Number(user) + Number(system)) * 1000 };
}

function tail(text: string, length = 400): string {
  const trimmed = text.trim();
  return trimmed.length > length ? `…${trimmed.slice(-length)}` : trimmed;
}

/** The error line of a crash (with the frame under it), else the end of what it printed. */
function whatWentWrong(head: string, end: string): string {
  const lines = head.split('\n').map((text) => text.trim());
  const index = lines.findIndex((text) => /FATAL ERROR|^\w*Error\b|Error:/u.test(text));
  if (index === -1) return tail(end).replace(/\s*\n\s*/gu, ' ⏎ ');
  const frame = lines.slice(index + 1).find((text) => text.startsWith('at '));
  return [lines[index], frame].filter((text) => text !== undefined).join(' ');
}

/** Runs `command` once, stdout to `stdoutFile` (default /dev/null), and times it to the exit. */
async function runOnce(runner: Runner, command: Command, stdoutFile?: string): Promise<Run> {
  const usageFile = path.join(runner.work, 'usage');
  await rm(usageFile, { force: true });
  let file = command.file;
  let args = [...command.args];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  if (runner.rss === 'time') {
    args = ['-f', '%M %U %S', '-o', usageFile, file, ...args];
    file = '/usr/bin/time';
  } else if (command.node) {
    args = ['--import', pathToFileURL(path.join(runner.work, 'usage-hook.mjs')).href, ...args];
    env.BENCH_USAGE_FILE = usageFile;
  }
  const out = openSync(stdoutFile ?? '/dev/null', 'w');
  const stderr = { head: '', tail: '' };
  const started = performance.now();
  try {
    const child = spawn(file, args, {
      cwd: repoRoot,
      env,
      stdio: ['ignore', out, 'pipe'],
      // Its own process group, so a timeout can end the child and everything it started.
      detached: true,
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.head.length < 4000) stderr.head += chunk;
      stderr.tail = (stderr.tail + chunk).slice(-4000);
    });
    const timeout = { hit: false };
    const timer = setTimeout(() => {
      timeout.hit = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, runner.timeoutMs);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.on('error', reject);
        child.on('close', (exitCode, exitSignal) => {
          resolve([exitCode, exitSignal]);
        });
      },
    );
    const ms = performance.now() - started;
    clearTimeout(timer);
    const usageText = existsSync(usageFile) ? readFileSync(usageFile, 'utf8') : '';
    const { rss, cpuMs } = usage(usageText);
    // GNU time reports a signal of the child as `Command terminated by signal N` and exit 128+N.
    const killedBy = /Command terminated by signal (\d+)/u.exec(usageText)?.[1];
    let problem: string | undefined;
    if (timeout.hit) problem = `timed out after ${(runner.timeoutMs / 1000).toFixed(0)} s`;
    else if (killedBy !== undefined) problem = `killed by signal ${killedBy}`;
    else if (signal !== null) problem = `killed by ${signal}`;
    else if (code !== 0) problem = `exit code ${String(code)}`;
    if (problem !== undefined && stderr.tail.trim() !== '') {
      problem += `: ${whatWentWrong(stderr.head, stderr.tail)}`;
    }
    return { ms, rss, cpuMs, problem };
  } finally {
    closeSync(out);
  }
}

interface Measured {
  readonly command: Command;
  readonly runs: Run[];
  /** The first run: cache warm-up, not counted. */
  readonly warmUp: Run;
}

const ok = (measured: Measured) =>
  measured.warmUp.problem === undefined && measured.runs.every((run) => run.problem === undefined);

const medianMs = (measured: Measured) => median(measured.runs.map((run) => run.ms));

/** Highest RSS over every run, the warm-up included. */
function peakRss(measured: Measured): number | null {
  const values = [measured.warmUp, ...measured.runs]
    .map((run) => run.rss)
    .filter((value): value is number => value !== null);
  return values.length === 0 ? null : Math.max(...values);
}

/**
 * One warm-up run of each command (the first may write its stdout to a file), then `runs` rounds
 * in which every command runs once, in turn. A command whose warm-up failed is not repeated.
 */
async function interleaved(
  runner: Runner,
  commands: readonly Command[],
  runs: number,
  firstStdout: readonly (string | undefined)[] = [],
  progress: (text: string) => void = () => undefined,
): Promise<Measured[]> {
  const results: Measured[] = [];
  for (const [index, command] of commands.entries()) {
    progress(`  warm-up: ${command.label}`);
    const warmUp = await runOnce(runner, command, firstStdout[index]);
    results.push({ command, warmUp, runs: [] });
  }
  for (let round = 1; round <= runs; round++) {
    progress(`  round ${String(round)} of ${String(runs)}`);
    for (const result of results) {
      if (result.warmUp.problem !== undefined) continue;
      result.runs.push(await runOnce(runner, result.command));
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Checking what the CLI reported

interface ReportSummary {
  readonly categories: readonly { readonly id: string; readonly records: number }[];
  readonly files: readonly { readonly path: string; readonly status: string }[];
  readonly warnings: readonly unknown[];
  readonly totals: { readonly records: number };
}

/** Differences between the CLI's report and the counts the generator wrote. */
async function checkReport(file: string, large: LargeExport): Promise<string[]> {
  let report: ReportSummary;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as ReportSummary;
  } catch (error) {
    return [`the report is no JSON: ${error instanceof Error ? error.message : String(error)}`];
  }
  const problems: string[] = [];
  const expected = large.manifest.expected.categories as Record<string, number>;
  for (const [id, count] of Object.entries(expected)) {
    const found = report.categories.find((category) => category.id === id)?.records ?? 0;
    if (found !== count)
      problems.push(`${id}: reported ${String(found)}, written ${String(count)}`);
  }
  const expectedEmpty =
    /(?:guide|learning_role_play)_messages\.csv|LearningCoachMessages\.csv|Profile Summary\.csv/u;
  for (const entry of report.files) {
    if (
      entry.status !== 'parsed' &&
      !(entry.status === 'empty' && expectedEmpty.test(entry.path))
    ) {
      problems.push(`${entry.path}: ${entry.status}`);
    }
  }
  if (report.warnings.length > 0) {
    problems.push(
      `${String(report.warnings.length)} warnings: ${tail(JSON.stringify(report.warnings), 300)}`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Printing

const seconds = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(0)} ms`;
const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / MiB).toFixed(0)} MiB`);
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** The median CPU time of the counted runs, when every one could be read. */
function medianCpuMs(measured: Measured): number | null {
  const values = measured.runs.flatMap((run) => (run.cpuMs === null ? [] : [run.cpuMs]));
  return values.length === 0 || values.length < measured.runs.length ? null : median(values);
}

function timeRow(measured: Measured, format: (ms: number) => string): string[] {
  const times = measured.runs.map((run) => run.ms);
  const cpu = medianCpuMs(measured);
  if (!ok(measured)) {
    const failed = [measured.warmUp, ...measured.runs].find((run) => run.problem !== undefined);
    return [
      measured.command.label,
      String(times.length),
      'FAILED',
      '',
      '',
      '',
      mib(peakRss(measured)),
      `failed after ${seconds(failed?.ms ?? 0)}, see below`,
    ];
  }
  return [
    measured.command.label,
    String(times.length),
    format(medianMs(measured)),
    format(Math.min(...times)),
    format(Math.max(...times)),
    cpu === null ? 'n/a' : format(cpu),
    mib(peakRss(measured)),
    '',
  ];
}

/** One line per command that failed, with why. */
function failures(measured: readonly Measured[]): string[] {
  return measured.flatMap((result) => {
    const failed = [result.warmUp, ...result.runs].find((run) => run.problem !== undefined);
    return failed === undefined ? [] : [`${result.command.label} failed: ${failed.problem ?? ''}`];
  });
}

interface Verdict {
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean | null;
}

function verdictLine(verdict: Verdict): string[] {
  const result = verdict.pass === null ? 'n/a' : verdict.pass ? 'PASS' : 'FAIL';
  return [verdict.target, verdict.measured, result];
}

function machine(rssMethod: RssMethod, cli: string): string[] {
  const cpus = os.cpus();
  const load = os.loadavg().map((value) => value.toFixed(2));
  let built = 'missing';
  if (existsSync(builtBundle(cli))) built = statSync(builtBundle(cli)).mtime.toISOString();
  return [
    `machine   ${cpus[0]?.model ?? 'unknown CPU'}, ${String(os.availableParallelism())} CPUs, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
    `node      ${process.version}; peak RSS and CPU (median, user + system) via ${rssMethod === 'time' ? 'GNU /usr/bin/time %M %U %S' : 'process.resourceUsage() (preload)'}`,
    `cli       ${cli} (dist built ${built})`,
    `load      ${load.join(' ')} (1, 5, 15 min)`,
  ];
}

// ---------------------------------------------------------------------------------------------
// The benchmark

interface Options {
  readonly runs: number;
  readonly scale: number;
  readonly scaling: readonly number[];
  readonly seed: string;
  readonly dir: string;
  /** The small archive timed against `node -e 0`; null with `--no-sample`. */
  readonly sample: string | null;
  /** False with `--no-large`: the start-up target alone, without generating the large archive. */
  readonly large: boolean;
  readonly sampleRuns: number;
  /** The `bin/linkedin-exposure.js` to time; another checkout's for a comparison. */
  readonly cli: string;
  readonly timeoutSeconds: number;
  readonly rss: RssMethod | 'auto';
  readonly strict: boolean;
  readonly cpuProf: boolean;
  /** One more run of the CLI on the large archive, with the CPU time of each of its threads. */
  readonly threads: boolean;
}

function cliCommand(cli: string, archive: string, label: string): Command {
  return {
    label,
    file: process.execPath,
    args: [cli, 'report', archive, '--format', 'json'],
    node: true,
  };
}

function unzipCommand(archive: string): Command {
  return {
    label: 'unzip -p archive > /dev/null',
    file: 'unzip',
    args: ['-p', archive],
    node: false,
  };
}

interface LargeResult {
  readonly large: LargeExport;
  readonly cli: Measured;
  readonly unzip: Measured;
  readonly problems: readonly string[];
}

const log = (text: string) => {
  console.log(text);
};

async function measureLarge(runner: Runner, opts: Options, scale: number): Promise<LargeResult> {
  const large = await ensureLargeExport({ seed: opts.seed, scale, dir: opts.dir, log });
  for (const text of describeExport(large)) log(text);
  const reportFile = path.join(runner.work, `report-x${String(scale)}.json`);
  const [cli, unzip] = (await interleaved(
    runner,
    [
      cliCommand(opts.cli, large.archive, 'CLI report --format json > /dev/null'),
      unzipCommand(large.archive),
    ],
    opts.runs,
    [reportFile],
    log,
  )) as [Measured, Measured];
  const problems =
    cli.warmUp.problem === undefined ? await checkReport(reportFile, large) : ['the CLI failed'];
  await rm(reportFile, { force: true });
  return { large, cli, unzip, problems };
}

async function profile(runner: Runner, opts: Options, large: LargeExport): Promise<void> {
  const dir = path.join(opts.dir, 'cpu-profiles');
  await mkdir(dir, { recursive: true });
  const command = cliCommand(opts.cli, large.archive, 'CLI --cpu-prof');
  const before = new Set(await readdir(dir));
  await runOnce(runner, {
    ...command,
    args: ['--cpu-prof', '--cpu-prof-dir', dir, ...command.args],
  });
  const written = (await readdir(dir)).filter((name) => !before.has(name));
  for (const name of written) {
    const file = path.join(dir, name);
    log(`cpu profile ${file}`);
    for (const text of topFunctions(file, 15)) log(text);
  }
}

async function threadCpu(runner: Runner, opts: Options, large: LargeExport): Promise<void> {
  if (!existsSync('/proc/self/task')) {
    log('threads: the CPU time per thread needs Linux (/proc/self/task)');
    return;
  }
  const hook = path.join(runner.work, 'thread-cpu.cjs');
  const recordFile = path.join(runner.work, 'thread-cpu.json');
  writeFileSync(hook, threadCpuHookSource(recordFile));
  const command = cliCommand(opts.cli, large.archive, 'CLI with thread CPU');
  const run = await runOnce(runner, { ...command, args: ['--require', hook, ...command.args] });
  if (run.problem !== undefined || !existsSync(recordFile)) {
    log(`threads: the run failed (${run.problem ?? 'no record written'})`);
    return;
  }
  log('');
  log('CPU time per thread, one run of the CLI on the large archive (/proc/self/task):');
  for (const text of table(threadCpuRows(readThreadCpu(recordFile)))) log(`  ${text}`);
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The functions with the most self time in a `.cpuprofile`. */
function topFunctions(file: string, count: number): string[] {
  const profileData = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profileData.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profileData.samples.forEach((id, index) => {
    const delta = profileData.timeDeltas[index] ?? 0;
    const frame = byId.get(id)?.callFrame;
    const where = frame?.url
      .replace(/^.*node_modules\//u, '')
      .replace(pathToFileURL(repoRoot).href, '');
    const key = `${frame?.functionName === undefined || frame.functionName === '' ? '(anonymous)' : frame.functionName} ${where ?? ''}:${String((frame?.lineNumber ?? 0) + 1)}`;
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  });
  const rows = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => [
      `${(micros / 1000).toFixed(0)} ms`,
      `${((100 * micros) / total).toFixed(1)} %`,
      key,
    ]);
  return table([['self', 'share', 'function'], ...rows]).map((text) => `  ${text}`);
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '9' },
      scale: { type: 'string', default: '1' },
      scaling: { type: 'string' },
      seed: { type: 'string', default: 'bench' },
      dir: { type: 'string', default: defaultBenchDir() },
      timeout: { type: 'string', default: '900' },
      rss: { type: 'string', default: 'auto' },
      sample: { type: 'string', default: defaultSample },
      'sample-runs': { type: 'string', default: '31' },
      'no-sample': { type: 'boolean', default: false },
      'no-large': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      threads: { type: 'boolean', default: false },
      cli: { type: 'string', default: defaultCli },
    },
  });
  const runs = Number(values.runs);
  const sampleRuns = Number(values['sample-runs']);
  if (![runs, sampleRuns].every((value) => Number.isInteger(value) && value >= 1)) {
    throw new Error('--runs and --sample-runs must be whole numbers ≥ 1');
  }
  if (values['no-large'] && (values['no-sample'] || values['cpu-prof'] || values.threads)) {
    throw new Error(
      '--no-large leaves only the sample: drop --no-sample, --cpu-prof and --threads',
    );
  }
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new Error('--timeout must be a number of seconds above 0');
  const rss = values.rss;
  if (rss !== 'auto' && rss !== 'time' && rss !== 'hook') {
    throw new Error('--rss must be auto, time or hook');
  }
  return {
    runs,
    scale: Number(values.scale),
    scaling: values.scaling === undefined ? [] : values.scaling.split(',').map(Number),
    seed: values.seed,
    dir: values.dir,
    cli: path.resolve(values.cli),
    timeoutSeconds,
    rss,
    sample: values['no-sample'] ? null : path.resolve(values.sample),
    large: !values['no-large'],
    sampleRuns,
    strict: values.strict,
    cpuProf: values['cpu-prof'],
    threads: values.threads,
  };
}

function largeVerdicts(large: LargeResult): Verdict[] {
  const largeRatio = medianMs(large.cli) / medianMs(large.unzip);
  const cliOk = ok(large.cli);
  return [
    {
      target: `large: CLI wall time ≤ ${String(TARGETS.largeTimeVsUnzip)}× unzip -p`,
      measured: cliOk
        ? `${ratio(largeRatio)} (${seconds(medianMs(large.cli))} vs ${seconds(medianMs(large.unzip))})`
        : 'CLI failed',
      pass: cliOk && largeRatio <= TARGETS.largeTimeVsUnzip,
    },
    {
      target: `large: CLI peak RSS ≤ 250 MB (${mib(TARGETS.largePeakRssBytes)})`,
      measured: mib(peakRss(large.cli)),
      pass:
        peakRss(large.cli) === null
          ? null
          : cliOk && (peakRss(large.cli) ?? 0) <= TARGETS.largePeakRssBytes,
    },
  ];
}

async function main(): Promise<number> {
  const opts = parseOptions();
  if (!existsSync(builtBundle(opts.cli))) {
    console.error(
      `${opts.cli} is not built: run \`npm run build\` first (the benchmark times dist/).`,
    );
    return 2;
  }
  const rss: RssMethod = opts.rss === 'auto' ? (gnuTimeWorks() ? 'time' : 'hook') : opts.rss;
  if (rss === 'time' && !gnuTimeWorks()) throw new Error('--rss time needs GNU /usr/bin/time');
  await mkdir(opts.dir, { recursive: true });
  const work = await mkdtemp(path.join(opts.dir, 'run-'));
  writeFileSync(path.join(work, 'usage-hook.mjs'), HOOK_SOURCE);
  const runner: Runner = { rss, work, timeoutMs: opts.timeoutSeconds * 1000 };
  for (const text of machine(rss, opts.cli)) log(text);
  log('');
  try {
    if (opts.scaling.length > 0) {
      await scaling(runner, opts);
      return 0;
    }
    const verdicts: Verdict[] = [];
    const lines: string[][] = [['command', 'runs', 'median', 'min', 'max', 'CPU', 'peak RSS', '']];

    const measured: Measured[] = [];
    let large: LargeResult | null = null;
    if (opts.large) {
      log(`Large archive (scale ${String(opts.scale)})`);
      large = await measureLarge(runner, opts, opts.scale);
      lines.push(timeRow(large.cli, seconds), timeRow(large.unzip, seconds));
      measured.push(large.cli, large.unzip);
      verdicts.push(...largeVerdicts(large));
    }

    if (opts.sample !== null) {
      log('Bundled sample');
      const [sampleCli, nodeStart] = (await interleaved(
        runner,
        [
          cliCommand(opts.cli, opts.sample, 'sample: CLI report --format json'),
          { label: 'node -e 0', file: process.execPath, args: ['-e', '0'], node: true },
        ],
        opts.sampleRuns,
        [],
        log,
      )) as [Measured, Measured];
      lines.push(timeRow(sampleCli, millis), timeRow(nodeStart, millis));
      measured.push(sampleCli, nodeStart);
      const sampleRatio = medianMs(sampleCli) / medianMs(nodeStart);
      verdicts.push({
        target: `sample: CLI wall time ≤ ${String(TARGETS.sampleTimeVsNode)}× node -e 0`,
        measured: ok(sampleCli)
          ? `${ratio(sampleRatio)} (${millis(medianMs(sampleCli))} vs ${millis(medianMs(nodeStart))})`
          : 'CLI failed',
        pass: ok(sampleCli) && sampleRatio <= TARGETS.sampleTimeVsNode,
      });
    }

    log('');
    for (const text of table(lines)) log(text);
    for (const text of failures(measured)) log(text);
    log('');
    if (large !== null) {
      log(
        large.problems.length === 0
          ? 'large archive: the report matches the counts the generator wrote'
          : `large archive: the report differs from what the generator wrote:\n  ${large.problems.join('\n  ')}`,
      );
      log('');
    }
    for (const text of table([['target', 'measured', 'result'], ...verdicts.map(verdictLine)]))
      log(text);
    log(
      `load      ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')} (1, 5, 15 min) at the end`,
    );
    if (opts.threads && large !== null) await threadCpu(runner, opts, large.large);
    if (opts.cpuProf && large !== null) await profile(runner, opts, large.large);
    const failed =
      verdicts.some((verdict) => verdict.pass === false) || (large?.problems.length ?? 0) > 0;
    return opts.strict && failed ? 1 : 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** `--scaling 1,2,4`: the large measurement at each scale, with growth relative to the first. */
async function scaling(runner: Runner, opts: Options): Promise<void> {
  const results: LargeResult[] = [];
  for (const scale of opts.scaling) {
    log(`Scale ${String(scale)}`);
    results.push(await measureLarge(runner, opts, scale));
    log('');
  }
  const base = results[0];
  const rows = [
    [
      'scale',
      'ZIP',
      'inflated',
      'unzip -p',
      'CLI',
      'CLI/unzip',
      'CLI peak RSS',
      'time vs first',
      'RSS vs first',
      'report',
    ],
  ];
  for (const result of results) {
    const cliOk = ok(result.cli);
    const cliMs = medianMs(result.cli);
    const rss = peakRss(result.cli);
    const baseRss = base === undefined ? null : peakRss(base.cli);
    const failed = [result.cli.warmUp, ...result.cli.runs].find((run) => run.problem !== undefined);
    rows.push([
      `${String(result.large.manifest.scale)}×`,
      formatMiB(result.large.manifest.archiveBytes),
      formatMiB(result.large.manifest.csvBytes),
      seconds(medianMs(result.unzip)),
      cliOk ? seconds(cliMs) : `FAILED after ${seconds(failed?.ms ?? 0)}`,
      cliOk ? ratio(cliMs / medianMs(result.unzip)) : 'n/a',
      mib(rss),
      cliOk && base !== undefined && ok(base.cli) ? ratio(cliMs / medianMs(base.cli)) : 'n/a',
      rss !== null && baseRss !== null ? ratio(rss / baseRss) : 'n/a',
      result.problems.length === 0 ? 'matches' : `${String(result.problems.length)} differences`,
    ]);
  }
  for (const text of table(rows)) log(text);
  for (const result of results) {
    const failed = [result.cli.warmUp, ...result.cli.runs].find((run) => run.problem !== undefined);
    if (failed !== undefined)
      log(`${String(result.large.manifest.scale)}×: ${failed.problem ?? ''}`);
    for (const problem of result.problems)
      log(`${String(result.large.manifest.scale)}×: ${problem}`);
  }
  log(
    `load      ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} (1, 5, 15 min) at the end`,
  );
}

process.exitCode = await main();
