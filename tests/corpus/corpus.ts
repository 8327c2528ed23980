import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findingCodes,
  findingLabel,
  phoneCountryFor,
  scanText,
  type FindingCode,
} from '../../src/core/index.js';

/**
 * The labelled corpus (tests/corpus/*.txt) and how the detectors score on it. Used by the
 * corpus test and by `npx tsx tests/corpus/measure.ts`, which prints the table of
 * docs/sensitive-content.md.
 */

const corpusDir = path.dirname(fileURLToPath(import.meta.url));

export interface Label {
  code: FindingCode;
  /** The labelled value, or null when the whole sentence is about the topic. */
  value: string | null;
}

export interface CorpusLine {
  language: string;
  line: number;
  region: string | null;
  sentence: string;
  labels: Label[];
}

const knownCodes = new Set<string>(findingCodes);

function parseLabels(text: string, where: string): Label[] {
  if (text.trim() === '-') return [];
  return text.split('; ').map((part) => {
    const equals = part.indexOf('=');
    const code = (equals === -1 ? part : part.slice(0, equals)).trim();
    if (!knownCodes.has(code)) throw new Error(`${where}: unknown code "${code}"`);
    return { code: code as FindingCode, value: equals === -1 ? null : part.slice(equals + 1) };
  });
}

export function readCorpus(): CorpusLine[] {
  const lines: CorpusLine[] = [];
  const files = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  for (const file of files) {
    const language = file.replace(/\.txt$/u, '');
    let region: string | null = null;
    readFileSync(path.join(corpusDir, file), 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const where = `${file}:${String(index + 1)}`;
        if (raw.trim() === '' || raw.startsWith('#')) return;
        if (raw.startsWith('@region ')) {
          const id = raw.slice('@region '.length).trim();
          region = id === 'none' ? null : id;
          return;
        }
        const bar = raw.indexOf(' | ');
        if (bar === -1) throw new Error(`${where}: no " | " between labels and sentence`);
        const sentence = raw.slice(bar + 3);
        const labels = parseLabels(raw.slice(0, bar), where);
        for (const label of labels) {
          if (label.value !== null && !sentence.includes(label.value)) {
            throw new Error(`${where}: "${label.value}" is not in the sentence`);
          }
        }
        lines.push({ language, line: index + 1, region, sentence, labels });
      });
  }
  return lines;
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Mistake {
  kind: 'missed' | 'wrong';
  code: FindingCode;
  where: string;
  text: string;
}

export interface Measurement {
  byCode: Map<FindingCode, Counts>;
  overall: Counts;
  mistakes: Mistake[];
  sentences: number;
  languages: string[];
}

function overlapsSpan(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/**
 * Scores every detector on the corpus. A labelled value is found when a finding of its code
 * overlaps it; a topic label (no value) when any finding of its code is in the sentence. A
 * finding that overlaps no label of its code is a false positive; for topics, one per sentence.
 */
export function measure(corpus: readonly CorpusLine[]): Measurement {
  const byCode = new Map<FindingCode, Counts>(
    findingCodes.map((code) => [code, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  const mistakes: Mistake[] = [];
  for (const entry of corpus) {
    const where = `${entry.language}.txt:${String(entry.line)}`;
    const findings = scanText(entry.sentence, { phoneCountry: phoneCountryFor(entry.region) });
    const expected = entry.labels.map((label) => {
      const start = label.value === null ? 0 : entry.sentence.indexOf(label.value);
      const end = label.value === null ? entry.sentence.length : start + label.value.length;
      return { ...label, start, end };
    });
    for (const label of expected) {
      const counts = byCode.get(label.code);
      if (counts === undefined) continue;
      const found = findings.some(
        (finding) =>
          finding.code === label.code &&
          overlapsSpan(finding.start, finding.end, label.start, label.end),
      );
      if (found) counts.truePositives++;
      else {
        counts.falseNegatives++;
        mistakes.push({ kind: 'missed', code: label.code, where, text: entry.sentence });
      }
    }
    const wrongTopics = new Set<FindingCode>();
    for (const finding of findings) {
      const matched = expected.some(
        (label) =>
          label.code === finding.code &&
          overlapsSpan(finding.start, finding.end, label.start, label.end),
      );
      if (matched) continue;
      if (!finding.masksValue) {
        if (wrongTopics.has(finding.code)) continue;
        wrongTopics.add(finding.code);
      }
      const counts = byCode.get(finding.code);
      if (counts !== undefined) counts.falsePositives++;
      mistakes.push({ kind: 'wrong', code: finding.code, where, text: finding.value });
    }
  }
  const overall = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const counts of byCode.values()) {
    overall.truePositives += counts.truePositives;
    overall.falsePositives += counts.falsePositives;
    overall.falseNegatives += counts.falseNegatives;
  }
  return {
    byCode,
    overall,
    mistakes,
    sentences: corpus.length,
    languages: [...new Set(corpus.map((entry) => entry.language))],
  };
}

export function precision(counts: Counts): number {
  const found = counts.truePositives + counts.falsePositives;
  return found === 0 ? 1 : counts.truePositives / found;
}

export function recall(counts: Counts): number {
  const expected = counts.truePositives + counts.falseNegatives;
  return expected === 0 ? 1 : counts.truePositives / expected;
}

/** Two decimals, as the docs print them. */
export function rounded(value: number): string {
  return value.toFixed(2);
}

/** The Markdown table of docs/sensitive-content.md, one line per detector and the total. */
export function resultTable(result: Measurement): string[] {
  const row = (name: string, counts: Counts) =>
    `| ${name} | ${String(counts.truePositives + counts.falseNegatives)} | ${String(counts.truePositives)} | ${String(counts.falsePositives)} | ${rounded(precision(counts))} | ${rounded(recall(counts))} |`;
  return [
    '| detector | labelled | found | false alarms | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...[...result.byCode].map(([code, counts]) =>
      row(`\`${code}\` (${findingLabel[code]})`, counts),
    ),
    row('**overall**', result.overall),
  ];
}
