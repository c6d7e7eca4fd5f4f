import { readZigzagVarints, writeZigzagVarints } from './zigzag-varint.js';

/**
 * Tables of whole numbers inside a replication's `detail` (the border model's day-by-day rows),
 * taken out of its JSON and stored column by column as varints: a column of daily counts changes
 * little from one day to the next, so its differences take a byte or two where the JSON text of
 * the rows took four to six, and compress better too.
 *
 * A table is an array of one or more rows, all arrays of the same length (at least 1), each cell
 * null or an integer of magnitude at most 2^50. In the detail that is stored, each table is
 * replaced by `[]` and listed as `[path, rows, width]`, the path being the keys and indices that
 * lead to it from the detail's root. Each cell is then, column after column, the zigzag varint
 * of m: 0 for null; d + 1 for d ≥ 0 and d for d < 0, where d is the cell less the column's last
 * non-null cell above it (0 for the first). Reading restores exactly what JSON would have given.
 */
export type TablePath = (string | number)[];

/** A table's path, number of rows and width. */
export type TableEntry = [TablePath, number, number];

const MAX_CELL = 2 ** 50;

/** `detail` with its integer tables replaced by `[]`, the tables' entries, and their cells appended to `out`. */
export function extractIntegerTables(
  detail: unknown,
  out: number[],
): { rest: unknown; tables: TableEntry[] } {
  const { rest, tables, rows } = collectIntegerTables(detail);
  writeIntegerTables(rows, out);
  return { rest, tables };
}

/** `detail` with its integer tables replaced by `[]`, the tables' entries and their rows. */
export function collectIntegerTables(detail: unknown): {
  rest: unknown;
  tables: TableEntry[];
  rows: (number | null)[][][];
} {
  const tables: TableEntry[] = [];
  const rows: (number | null)[][][] = [];
  const walk = (value: unknown, path: TablePath): unknown => {
    if (Array.isArray(value)) {
      if (path.length > 0 && isIntegerTable(value)) {
        tables.push([path, value.length, (value[0] as unknown[]).length]);
        rows.push(value as (number | null)[][]);
        return [];
      }
      return value.map((item, i) => walk(item, [...path, i]));
    }
    if (typeof value === 'object' && value !== null) {
      // fromEntries defines own properties, so a key named "__proto__" stays a key.
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]),
      );
    }
    return value;
  };
  return { rest: walk(detail, []), tables, rows };
}

/** Appends the cells of `tables` to `out`, table after table, column by column. */
export function writeIntegerTables(tables: (number | null)[][][], out: number[]): void {
  for (const rows of tables) writeColumns(rows, rows[0]!.length, out);
}

/**
 * Puts back into `detail` (parsed from JSON) the tables listed in `tables`, reading their cells
 * from `bytes` at `offset`; returns the offset after them. Throws a TypeError if a path does not
 * lead to an empty array or the bytes run out.
 */
export function restoreIntegerTables(
  detail: unknown,
  tables: unknown,
  bytes: Uint8Array,
  offset: number,
): number {
  const { rows, at } = readIntegerTables(tables, bytes, offset);
  placeIntegerTables(detail, tables as TableEntry[], rows);
  return at;
}

/** Reads the cells of the tables listed in `tables` from `bytes` at `offset`. */
export function readIntegerTables(
  tables: unknown,
  bytes: Uint8Array,
  offset: number,
): { rows: (number | null)[][][]; at: number } {
  if (!Array.isArray(tables) || !tables.every(isTableEntry)) {
    throw new TypeError('the packed header must list each detail table as [path, rows, width]');
  }
  let at = offset;
  const all: (number | null)[][][] = [];
  for (const [, rows, width] of tables as TableEntry[]) {
    const cells = new Array<number>(rows * width);
    at = readZigzagVarints(bytes, at, cells.length, cells);
    const table = Array.from({ length: rows }, () => new Array<number | null>(width));
    for (let c = 0; c < width; c++) {
      let last = 0;
      for (let r = 0; r < rows; r++) {
        const m = cells[c * rows + r]!;
        if (m === 0) table[r]![c] = null;
        else table[r]![c] = last += m > 0 ? m - 1 : m;
      }
    }
    all.push(table);
  }
  return { rows: all, at };
}

/** Puts each table of `rows` into `detail` at its entry's path, which must hold an empty array. */
export function placeIntegerTables(detail: unknown, tables: TableEntry[], rows: (number | null)[][][]): void {
  tables.forEach(([path], i) => {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], detail);
    const key = path.at(-1)!;
    const slot = (parent as Record<string, unknown> | null)?.[key];
    if (path.length === 0 || !Array.isArray(slot) || slot.length !== 0) {
      throw new TypeError(`the packed detail has no empty array at ${JSON.stringify(path)} for its table`);
    }
    (parent as Record<string, unknown>)[key] = rows[i];
  });
}

function writeColumns(rows: (number | null)[][], width: number, out: number[]): void {
  const column = new Array<number>(rows.length);
  for (let c = 0; c < width; c++) {
    let last = 0;
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]![c]!;
      if (cell === null) {
        column[r] = 0;
        continue;
      }
      const d = cell - last;
      column[r] = d >= 0 ? d + 1 : d;
      last = cell + 0;
    }
    writeZigzagVarints(column, out);
  }
}

function isIntegerTable(value: unknown[]): boolean {
  const first = value[0];
  if (!Array.isArray(first) || first.length === 0) return false;
  const width = first.length;
  // Plain loops rather than every(), which skips the holes of a sparse array.
  for (let r = 0; r < value.length; r++) {
    const row = value[r];
    if (!Array.isArray(row) || row.length !== width) return false;
    for (let c = 0; c < width; c++) {
      const cell: unknown = row[c];
      if (!(cell === null || (Number.isSafeInteger(cell) && Math.abs(cell as number) <= MAX_CELL)))
        return false;
    }
  }
  return true;
}

function isTableEntry(entry: unknown): boolean {
  if (!Array.isArray(entry) || entry.length !== 3) return false;
  const [path, rows, width] = entry;
  return (
    Array.isArray(path) &&
    path.every((key) => typeof key === 'string' || (Number.isSafeInteger(key) && key >= 0)) &&
    Number.isSafeInteger(rows) &&
    rows > 0 &&
    Number.isSafeInteger(width) &&
    width > 0
  );
}
