import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractIntegerTables, restoreIntegerTables } from './integer-tables.js';

/** Extracts and restores, as the packer and unpacker do around a JSON round trip. */
function roundTrip(detail: unknown): unknown {
  const cells: number[] = [];
  const { rest, tables } = extractIntegerTables(detail, cells);
  const parsed = JSON.parse(JSON.stringify(rest));
  const bytes = Uint8Array.from(cells);
  expect(restoreIntegerTables(parsed, JSON.parse(JSON.stringify(tables)), bytes, 0)).toBe(bytes.length);
  return parsed;
}

describe('integer tables of a detail', () => {
  it('take out the tables of whole numbers, with their paths, and leave everything else', () => {
    const detail = {
      daily: {
        side: 'kz',
        groups: [
          {
            id: 'port',
            rows: [
              [1, 2, null],
              [3, 2, 5],
            ],
          },
        ],
        empty: [],
        mixed: [[1.5]],
      },
    };
    const cells: number[] = [];
    const { rest, tables } = extractIntegerTables(detail, cells);
    expect(tables).toEqual([[['daily', 'groups', 0, 'rows'], 2, 3]]);
    expect(rest).toEqual({
      daily: { side: 'kz', groups: [{ id: 'port', rows: [] }], empty: [], mixed: [[1.5]] },
    });
    // Column by column: m = d + 1 for a difference d >= 0, 0 for null; the zigzag varint of m is 2m.
    expect(cells).toEqual([4, 6, 6, 2, 0, 12]);
    expect(roundTrip(detail)).toEqual(detail);
  });

  it('read back exactly what JSON would give, for any JSON value (property)', () => {
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: -(2 ** 50), max: 2 ** 50 }));
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1 }));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        table,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (detail) => {
        expect(roundTrip(detail)).toStrictEqual(JSON.parse(JSON.stringify(detail)));
      }),
    );
  });

  it('refuse a table list that does not fit the detail', () => {
    expect(() => restoreIntegerTables({ a: [1] }, [[['a'], 1, 1]], Uint8Array.from([2]), 0)).toThrow(
      /no empty array at \["a"\]/,
    );
    expect(() => restoreIntegerTables({ a: [] }, [[['a'], 2, 1]], Uint8Array.from([2]), 0)).toThrow(
      /end in the middle/,
    );
    expect(() => restoreIntegerTables({ a: [] }, [['a', 1, 1]], new Uint8Array(), 0)).toThrow(
      /\[path, rows, width\]/,
    );
  });
});
