/**
 * Exact predictors between the integer tables of a replication's detail (format 4 of the results
 * log, docs/results-format.md): a table's cells are stored less a prediction made from cells the
 * reader has already restored, so that what is stored is mostly zeros.
 *
 * - A **sum** `[t, [s1, s2, …]]`: every cell of table t less the sum of the same cells of tables
 *   s1, s2, … The border model's daily rows of the port and of each direction are, column by
 *   column, the sums of its classes' rows (exactly for the counts; within a minute for the summed
 *   minutes; the daily maxima are bounded by the sums), so their residuals are zeros and small
 *   numbers.
 * - A **scale** `[t, column, source, factor]`: every cell of `column` of table t less `factor`
 *   times the cell of column `source` in the same row. A class's queue in metres of road is its
 *   queue in vehicles times its vehicles' length.
 *
 * A null cell is stored as null; a null in a prediction's terms counts as 0. Predictors are only
 * hints: the writer keeps one only if it makes the stored cells smaller and only after checking,
 * cell by cell, that the reader's arithmetic gives the cell back to the bit, so any data at all
 * round-trips exactly. The tables a sum reads from are never predicted by a sum, and the column a
 * scale reads from is never scaled itself, so the reader restores the scales first, then the sums.
 */
export type Table = (number | null)[][];

export interface TablePredictors {
  sums: [number, number[]][];
  scales: [number, number, number, number][];
}

/** Groups of the border model's daily detail: `level` says which rows add up to which. */
export interface TableGroup {
  level: unknown;
}

const MAX_CELL = 2 ** 50;
/** Most source tables a sum searches over (2^12 subsets, each a pass over one column). */
const MAX_SOURCES = 12;

/**
 * Predictors for `tables`, given what each is (`groups[i]` describes `tables[i]`, or is undefined
 * for a table that is not a daily group): each group whose level is not `class` is tried as the
 * sum of the subset of class groups that matches its first column best; each class group's
 * columns as a whole multiple of another. Returns null when none helps.
 */
export function choosePredictors(
  tables: Table[],
  groups: (TableGroup | undefined)[],
): TablePredictors | null {
  const classes = tables.flatMap((_, i) => (groups[i]?.level === 'class' ? [i] : []));
  const sums: [number, number[]][] = [];
  if (classes.length > 0 && classes.length <= MAX_SOURCES) {
    for (let t = 0; t < tables.length; t++) {
      const group = groups[t];
      if (group === undefined || group.level === 'class') continue;
      const sources = bestSubset(tables, t, classes);
      if (sources !== null && worthIt(tables[t]!, residualOfSum(tables, t, sources))) sums.push([t, sources]);
    }
  }
  const scales: [number, number, number, number][] = [];
  for (const t of classes) {
    const table = tables[t]!;
    const width = table[0]!.length;
    // A column read from is never scaled, and a scaled column never read from.
    const scaled = new Set<number>();
    const read = new Set<number>();
    for (let column = 0; column < width; column++) {
      if (read.has(column)) continue;
      for (let source = 0; source < width; source++) {
        if (source === column || scaled.has(source)) continue;
        const factor = ratio(table, column, source);
        if (factor === null) continue;
        const residual = residualOfScale(table, column, source, factor);
        if (residual !== null && worthIt(columnOf(table, column), residual)) {
          scales.push([t, column, source, factor]);
          scaled.add(column);
          read.add(source);
          break;
        }
      }
    }
  }
  return sums.length === 0 && scales.length === 0 ? null : { sums, scales };
}

/** The tables as stored: each cell less its prediction. */
export function applyPredictors(tables: Table[], predictors: TablePredictors): Table[] {
  const stored = tables.map((table) => table.map((row) => [...row]));
  for (const [t, sources] of predictors.sums) stored[t] = residualOfSum(tables, t, sources)!;
  for (const [t, column, source, factor] of predictors.scales) {
    const residual = residualOfScale(tables[t]!, column, source, factor)!;
    for (let r = 0; r < residual.length; r++) stored[t]![r]![column] = residual[r]![0]!;
  }
  return stored;
}

/** Inverse of {@link applyPredictors}, in place. Throws a TypeError if `predictors` is malformed. */
export function undoPredictors(stored: Table[], predictors: unknown): void {
  const { sums, scales } = checkPredictors(stored, predictors);
  for (const [t, column, source, factor] of scales) {
    for (const row of stored[t]!) {
      const cell = row[column]!;
      if (cell !== null) row[column] = cell + factor * (row[source] ?? 0);
    }
  }
  for (const [t, sources] of sums) {
    const table = stored[t]!;
    for (let r = 0; r < table.length; r++) {
      const row = table[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c]!;
        if (cell !== null) row[c] = cell + sumAt(stored, sources, r, c);
      }
    }
  }
}

function sumAt(tables: Table[], sources: readonly number[], r: number, c: number): number {
  let sum = 0;
  for (const s of sources) sum += tables[s]![r]![c] ?? 0;
  return sum;
}

/** Table t less the sum of `sources`, or null if the shapes differ or a cell would not read back. */
function residualOfSum(tables: Table[], t: number, sources: readonly number[]): Table | null {
  const table = tables[t]!;
  const fits = (s: number) =>
    tables[s]!.length === table.length && tables[s]![0]!.length === table[0]!.length;
  if (!sources.every(fits)) return null;
  const residual: Table = [];
  for (let r = 0; r < table.length; r++) {
    const row: (number | null)[] = [];
    for (let c = 0; c < table[r]!.length; c++) {
      const cell = table[r]![c]!;
      if (cell === null) {
        row.push(null);
        continue;
      }
      const prediction = sumAt(tables, sources, r, c);
      const stored = cell - prediction;
      if (!(Math.abs(stored) <= MAX_CELL) || stored + prediction !== cell) return null;
      row.push(stored);
    }
    residual.push(row);
  }
  return residual;
}

/** The column less factor × source, as one-cell rows, or null if a cell would not read back. */
function residualOfScale(table: Table, column: number, source: number, factor: number): Table | null {
  const residual: Table = [];
  for (const row of table) {
    const cell = row[column]!;
    if (cell === null) {
      residual.push([null]);
      continue;
    }
    const prediction = factor * (row[source] ?? 0);
    const stored = cell - prediction;
    if (!(Math.abs(stored) <= MAX_CELL) || stored + prediction !== cell) return null;
    residual.push([stored]);
  }
  return residual;
}

/** The subset of `candidates` whose first column adds up closest to table t's. */
function bestSubset(tables: Table[], t: number, candidates: readonly number[]): number[] | null {
  const target = tables[t]!;
  const usable = candidates.filter((s) => s !== t && tables[s]!.length === target.length);
  let best: number[] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  // engine-math: 2 ** n for a small integer n is an exact power of two on every engine.
  for (let mask = 1; mask < 2 ** usable.length; mask++) {
    // engine-math: 2 ** j for a small integer j is an exact power of two on every engine.
    const subset = usable.filter((_, j) => Math.floor(mask / 2 ** j) % 2 === 1);
    let cost = 0;
    for (let r = 0; r < target.length && cost < bestCost; r++) {
      cost += Math.abs((target[r]![0] ?? 0) - sumAt(tables, subset, r, 0));
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = subset;
    }
  }
  return best;
}

/** The whole factor ≥ 2 with column = factor × source in the first row where source ≠ 0. */
function ratio(table: Table, column: number, source: number): number | null {
  for (const row of table) {
    const s = row[source];
    const c = row[column];
    if (s === null || s === undefined || s === 0 || c === null || c === undefined) continue;
    const factor = c / s;
    return Number.isSafeInteger(factor) && factor >= 2 ? factor : null;
  }
  return null;
}

function columnOf(table: Table, column: number): Table {
  return table.map((row) => [row[column]!]);
}

/** Whether the residual's magnitudes add up to less than half the original's. */
function worthIt(original: Table | null, residual: Table | null): boolean {
  if (original === null || residual === null) return false;
  const size = (table: Table) =>
    table.reduce((sum, row) => sum + row.reduce<number>((s, x) => s + Math.abs(x ?? 0), 0), 0);
  return size(residual) < size(original) / 2;
}

function checkPredictors(stored: Table[], predictors: unknown): TablePredictors {
  const p = predictors as Partial<TablePredictors> | null;
  const index = (x: unknown): x is number =>
    Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) < stored.length;
  const sums = p?.sums;
  const scales = p?.scales;
  const sumTargets = new Set<number>();
  const wellFormedSums =
    Array.isArray(sums) &&
    sums.every(
      (s) => Array.isArray(s) && s.length === 2 && index(s[0]) && Array.isArray(s[1]) && s[1].every(index),
    );
  if (wellFormedSums) for (const [t] of sums) sumTargets.add(t);
  const shape = (t: number, s: number) =>
    stored[s]!.length === stored[t]!.length && stored[s]![0]!.length === stored[t]![0]!.length;
  if (
    !wellFormedSums ||
    !sums.every(([t, sources]) => sources.every((s) => !sumTargets.has(s) && shape(t, s)))
  ) {
    throw new TypeError(
      'the packed header\'s "predictors.sums" must list [table, [source tables]] of one shape, no source a target',
    );
  }
  const width = (t: number) => stored[t]![0]!.length;
  const column = (t: number, c: unknown) =>
    Number.isSafeInteger(c) && (c as number) >= 0 && (c as number) < width(t);
  const scaledColumns = new Set((Array.isArray(scales) ? scales : []).map((s) => `${s?.[0]}:${s?.[1]}`));
  const wellFormedScales =
    Array.isArray(scales) &&
    scales.every(
      (s) =>
        Array.isArray(s) &&
        s.length === 4 &&
        index(s[0]) &&
        !sumTargets.has(s[0]) &&
        column(s[0], s[1]) &&
        column(s[0], s[2]) &&
        s[1] !== s[2] &&
        !scaledColumns.has(`${s[0]}:${s[2]}`) &&
        Number.isSafeInteger(s[3]),
    );
  if (!wellFormedScales) {
    throw new TypeError(
      'the packed header\'s "predictors.scales" must list [table, column, source column, factor]',
    );
  }
  return { sums, scales };
}
