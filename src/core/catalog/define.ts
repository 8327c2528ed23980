import type { TableSpecInput } from './schema.js';

/** Identity function that gives each catalog entry its type where it is written. */
export function defineTable(spec: TableSpecInput): TableSpecInput {
  return spec;
}
