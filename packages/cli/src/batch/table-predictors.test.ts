import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPredictors, choosePredictors, type Table, undoPredictors } from './table-predictors.js';

const groups = [{ level: 'port' }, { level: 'class' }, { level: 'class' }, { level: 'class' }];

describe('table predictors', () => {
  it('find the port as the sum of its classes and a column as a multiple of another', () => {
    const a: Table = [
      [3, 1, 7],
      [4, 2, 14],
    ];
    const b: Table = [
      [5, 0, 0],
      [6, 3, 21],
    ];
    const c: Table = [
      [9, 9, 9],
      [1, 2, 3],
    ];
    const port: Table = [
      [8, 1, 7],
      [10, 5, 35],
    ];
    const tables = [port, a, b, c];
    const predictors = choosePredictors(tables, groups)!;
    expect(predictors.sums).toEqual([[0, [1, 2]]]);
    expect(predictors.scales).toContainEqual([1, 2, 1, 7]);
    const stored = applyPredictors(tables, predictors);
    expect(stored[0]).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(stored[1]!.map((row) => row[2])).toEqual([0, 0]);
    undoPredictors(stored, predictors);
    expect(stored).toEqual(tables);
  });

  it('give back any tables exactly, nulls and large cells included (property)', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
      fc.integer({ min: -9, max: 9 }),
    );
    const tables = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
      .chain(([rows, width]) =>
        fc.array(
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: rows,
            maxLength: rows,
          }),
          {
            minLength: 4,
            maxLength: 4,
          },
        ),
      );
    fc.assert(
      fc.property(tables, fc.boolean(), (t, summed) => {
        // Half the time the port is the sum of the first two classes, as the model writes it.
        if (summed)
          t[0] = t[1]!.map((row, r) => row.map((x, c) => (x === null ? null : x + (t[2]![r]![c] ?? 0))));
        const predictors = choosePredictors(t, groups);
        if (predictors === null) return;
        const stored = applyPredictors(t, predictors);
        undoPredictors(stored, predictors);
        expect(stored).toEqual(t);
      }),
    );
  });

  it('refuse malformed predictors: a source that is itself a target, a column out of range', () => {
    const tables: Table[] = [[[1]], [[1]], [[1]]];
    expect(() =>
      undoPredictors(tables, {
        sums: [
          [0, [1]],
          [1, [2]],
        ],
        scales: [],
      }),
    ).toThrow(/predictors.sums/);
    expect(() => undoPredictors(tables, { sums: [], scales: [[1, 3, 0, 2]] })).toThrow(/predictors.scales/);
    expect(() => undoPredictors(tables, null)).toThrow(/predictors.sums/);
  });
});
