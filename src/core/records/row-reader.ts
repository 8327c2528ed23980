import type { RowReader } from './types.js';

export function createRowReader(header: readonly string[]): RowReader {
  const positions = new Map<string, number[]>();
  header.forEach((column, index) => {
    const key = column.toLowerCase();
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const indexesOf = (column: string) => positions.get(column.toLowerCase()) ?? [];
  return {
    has: (column) => indexesOf(column).length > 0,
    get: (cells, column) => {
      const [index] = indexesOf(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    },
    getAll: (cells, column) => indexesOf(column).map((index) => (cells[index] ?? '').trim()),
  };
}
