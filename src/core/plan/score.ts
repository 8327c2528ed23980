import type { FindingCode } from '../sensitive/codes.js';
import { detectorFor } from '../sensitive/index.js';
import { priorityRank } from '../report/priority.js';
import type { Finding, Priority } from '../report/schema.js';
import { exposurePoints, type Exposure } from './exposure.js';
import { isBefore } from '../util/dates.js';

/**
 * A suggestion's score, 0–100 (docs/sensitive-content.md, "How the plan is ranked"):
 * - what was found: the most severe finding's points (40–70), +5 for each further kind, at most
 *   +15; nothing found: 0;
 * - the priority the plan already gave (high 10, medium 5, low 0);
 * - how public the item is (exposure.ts, 0–10);
 * - 5 when dated before the training start (it may be in trained models already).
 * An item with a finding (at least 40) always ranks above one without (at most 25).
 */
export interface ScoreInput {
  findings: readonly FindingCode[];
  priority: Priority;
  exposure: Exposure;
  date: string | null;
  trainingSince: string;
}

const priorityPoints: Record<Priority, number> = { high: 10, medium: 5, low: 0 };

/**
 * The plan's order: by priority, then by score, highest first. By score alone, a stored resume
 * (high) uploaded after the training start ranked behind old posts (medium), and a member working
 * through the high items first stopped before it.
 */
export function planOrder(
  a: { priority: Priority; score: number | null },
  b: { priority: Priority; score: number | null },
): number {
  return priorityRank[a.priority] - priorityRank[b.priority] || (b.score ?? 0) - (a.score ?? 0);
}
const extraFindingPoints = 5;
const maxExtraFindingPoints = 15;
const beforeTrainingPoints = 5;

/** Distinct codes, most severe first (ties in `findingCodes` order). */
export function bySeverity(codes: readonly FindingCode[]): FindingCode[] {
  // Most records of a large export hold no finding: no Set and no sort for them.
  if (codes.length <= 1) return [...codes];
  return [...new Set(codes)].sort((a, b) => detectorFor(b).severity - detectorFor(a).severity);
}

export function findingPoints(codes: readonly FindingCode[]): number {
  const [first, ...others] = bySeverity(codes);
  if (first === undefined) return 0;
  return (
    detectorFor(first).severity +
    Math.min(maxExtraFindingPoints, others.length * extraFindingPoints)
  );
}

export function scoreOf(input: ScoreInput): number {
  const total =
    findingPoints(input.findings) +
    priorityPoints[input.priority] +
    exposurePoints[input.exposure] +
    (isBefore(input.date, input.trainingSince) ? beforeTrainingPoints : 0);
  return Math.min(100, total);
}

/** Each record's finding codes, most severe first: what its suggestion says and is scored by. */
export function findingCodesByRecord(findings: readonly Finding[]): Map<string, FindingCode[]> {
  const codes = new Map<string, FindingCode[]>();
  for (const finding of findings) {
    const found = codes.get(finding.recordId);
    if (found) found.push(finding.code);
    else codes.set(finding.recordId, [finding.code]);
  }
  for (const [id, found] of codes) codes.set(id, bySeverity(found));
  return codes;
}
