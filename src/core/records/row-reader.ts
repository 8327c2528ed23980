import type { RowReader } from './types.js';

export function createRowReader(header: readonly string[]): RowReader {
  const positions = new Map<string, number[]>();
  header.forEach((column, index) => {
    const key = column.toLowerCase();
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  // By the name as asked: the catalog asks with the same few strings for every row of a file,
  // and lower-casing each of them again cost a large export a second.
  const asked = new Map<string, readonly number[]>();
  const indexesOf = (column: string): readonly number[] => {
    let indexes = asked.get(column);
    if (indexes === undefined) {
      indexes = positions.get(column.toLowerCase()) ?? [];
      asked.set(column, indexes);
    }
    return indexes;
  };
  return {
    has: (column) => indexesOf(column).length > 0,
    indexes: indexesOf,
    get: (cells, column) => {
      const [index] = indexesOf(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    },
    getAll: (cells, column) => indexesOf(column).map((index) => (cells[index] ?? '').trim()),
  };
}
