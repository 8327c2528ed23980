import type { Priority } from './schema.js';

/**
 * The priorities in plan order, as numbers. Not in schema.ts: a value imported from there runs
 * the report's zod schemas as the program starts, some 10 ms of every run (docs/performance.md,
 * "Start-up").
 */
export const priorityRank: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2 };
