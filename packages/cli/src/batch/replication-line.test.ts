import type { ReplicationOutput } from '@landport/experiment';
import { encodeNumber } from '@landport/experiment';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeReplicationLine,
  encodeReplicationLine,
  UnsupportedRecordFormatError,
} from './replication-line.js';

const example: ReplicationOutput = {
  replication: 7,
  metrics: {
    'wait.p95': Number.NaN,
    'queue.max': Number.POSITIVE_INFINITY,
    zero: -0,
    'wait.mean': 1 / 3,
  },
  series: [
    { name: 'queue', start: -0, interval: 3600, values: [1, Number.NaN, Number.NEGATIVE_INFINITY, 0.1, -0] },
    { name: 'empty', start: 5e-324, interval: 1e300, values: [] },
  ],
  detail: { lanes: [1, 2], note: 'plain JSON', missing: null },
};

/** Equal as data, with every number compared by its bits (Object.is: −0 ≠ 0, NaN = NaN). */
function expectIdentical(actual: ReplicationOutput, expected: ReplicationOutput): void {
  expect(actual).toStrictEqual(expected);
  const bits = (o: ReplicationOutput) =>
    JSON.stringify(o, (_k, x: unknown) => (typeof x === 'number' ? encodeNumber(x) : x));
  expect(bits(actual)).toBe(bits(expected));
}

/** A border replication's daily detail: the port and two classes. */
const daily = (port: (number | null)[][], a: (number | null)[][], b: (number | null)[][]) => ({
  daily: {
    side: 'kz',
    groups: [
      { level: 'port', id: 'port', rows: port },
      { level: 'class', id: 'a', rows: a },
      { level: 'class', id: 'b', rows: b },
    ],
  },
});

describe('replication lines (format 4, packed)', () => {
  it('round-trip an output with NaN, ±Infinity and −0 in metrics, series and series starts, exactly', () => {
    const line = encodeReplicationLine(example);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^\{"replication":7,"format":4,"packed":"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]+"\}$/);
    const back = decodeReplicationLine(line);
    expectIdentical(back, example);
    expect(encodeReplicationLine(back)).toBe(line);
  });

  it('keep the metric order and leave out series and detail an output does not have', () => {
    const back = decodeReplicationLine(encodeReplicationLine({ replication: 0, metrics: { b: 2, a: 1 } }));
    expect(back).toStrictEqual({ replication: 0, metrics: { b: 2, a: 1 } });
    expect(Object.keys(back.metrics)).toEqual(['b', 'a']);
  });

  it('round-trip any output bit for bit (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 });
    const number = fc.double();
    const output = fc.record(
      {
        replication: fc.nat(),
        metrics: fc.dictionary(name, number, { noNullPrototype: true }),
        series: fc.uniqueArray(
          fc.record(
            {
              name,
              start: fc.double({ noNaN: true, noDefaultInfinity: true }),
              interval: fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
              values: fc.array(number, { maxLength: 50 }),
            },
            { noNullPrototype: true },
          ),
          { selector: (s) => s.name, maxLength: 4 },
        ),
      },
      { noNullPrototype: true },
    );
    fc.assert(
      fc.property(output, (o) => {
        expectIdentical(decodeReplicationLine(encodeReplicationLine(o)), o);
      }),
    );
  });

  it('round-trip series rounded to decimal places, stored as integers, exactly (property)', () => {
    // Values k / 10^d as the border model rounds its series, mixed with values that are not so.
    const rounded = fc
      .tuple(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 0, max: 6 }))
      .map(([k, d]) => k / 10 ** d);
    const series = fc.array(
      fc.record({ name: fc.string({ minLength: 1 }), values: fc.array(rounded, { maxLength: 40 }) }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(series, fc.array(fc.double(), { maxLength: 5 }), (list, raw) => {
        const output: ReplicationOutput = {
          replication: 2,
          metrics: {},
          series: [...list, { name: '', values: raw }].map((s, i) => ({
            name: `${i}:${s.name}`,
            start: i,
            interval: 1,
            values: s.values,
          })),
        };
        expectIdentical(decodeReplicationLine(encodeReplicationLine(output)), output);
      }),
    );
  });

  it('store a rounded series in a small fraction of the bytes of the same series unrounded', () => {
    // A month of hourly means of a busy queue: a random walk, as the border model records them.
    let queue = 40;
    const values = Array.from({ length: 720 }, (_, k) => {
      queue = Math.abs(queue + Math.sin(k * 12.9898) * 7.3 + Math.cos(k * 78.233) * 3.1);
      return queue;
    });
    const line = (v: number[]) =>
      encodeReplicationLine({
        replication: 1,
        metrics: {},
        series: [{ name: 'q', start: 0, interval: 1, values: v }],
      });
    const rounded = values.map((v) => Math.round(v * 100) / 100);
    expect(line(rounded).length).toBeLessThan(line(values).length / 2.5);
  });

  it('are several times smaller than format 1 for hourly series of queue lengths', () => {
    // A month of hourly means of a queue that is mostly empty, as the border model records them.
    const values = Array.from({ length: 720 }, (_, k) => (k % 24 < 18 ? 0 : Math.sin(k) ** 2 * 40 + 1 / 7));
    const output: ReplicationOutput = {
      replication: 1,
      metrics: { 'wait.mean': 0.123456789 },
      series: [{ name: 'queue', start: 0, interval: 1, values }],
    };
    const v1 = JSON.stringify({ replication: 1, metrics: output.metrics, series: output.series });
    expect(encodeReplicationLine(output).length).toBeLessThan(v1.length / 2);
  });

  it('reject torn, malformed or corrupt lines', () => {
    const line = encodeReplicationLine({ replication: 3, metrics: { a: 1.5 } });
    expect(() => decodeReplicationLine(line.slice(0, -3))).toThrow(SyntaxError);
    expect(() => decodeReplicationLine('{"replication":-1,"format":3,"packed":""}')).toThrow(
      /"replication" must be an integer >= 0/,
    );
    expect(() => decodeReplicationLine('{"replication":1,"format":3,"packed":"a*b="}')).toThrow(
      /"packed" must be a base64 string/,
    );
    expect(() => decodeReplicationLine('{"replication":1,"format":3,"packed":"AAAA"}')).toThrow(
      /does not decompress/,
    );
    expect(() => decodeReplicationLine('{"replication":1,"format":4,"packed":"AA,AA"}')).toThrow(
      /base85 text holds ","/,
    );
    expect(() => decodeReplicationLine('{"replication":1,"format":4,"packed":"00000"}')).toThrow(
      /does not decompress/,
    );
  });

  it('refuse a record format this version does not read, naming it', () => {
    const line = '{"replication":1,"format":5,"packed":""}';
    expect(() => decodeReplicationLine(line)).toThrow(UnsupportedRecordFormatError);
    expect(() => decodeReplicationLine(line)).toThrow(
      /format 5, and this Landport reads formats 1, 2, 3 and 4/,
    );
  });
});

describe('replication lines with daily tables (format 4 predictors)', () => {
  it('round-trip daily groups whatever their rows, sums of the classes or not (property)', () => {
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), fc.nat(50));
    const rows = (n: number) =>
      fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: n, maxLength: n });
    const tables = fc
      .integer({ min: 1, max: 6 })
      .chain((n) => fc.tuple(rows(n), rows(n), rows(n), fc.boolean()));
    fc.assert(
      fc.property(tables, ([port, a, b, summed]) => {
        // Half the time the port is the classes' sum, as the border model writes it.
        const total = summed
          ? a.map((row, r) => row.map((x, c) => (x === null ? null : x + (b[r]![c] ?? 0))))
          : port;
        const output: ReplicationOutput = { replication: 1, metrics: {}, detail: daily(total, a, b) };
        expectIdentical(decodeReplicationLine(encodeReplicationLine(output)), output);
      }),
    );
  });

  it('store a port that is the sum of its classes in little more than the classes alone', () => {
    const a = Array.from({ length: 365 }, (_, d) => [
      100 + ((d * 37) % 23),
      7000 + ((d * 7919) % 3001),
      (d * 13) % 5,
    ]);
    const b = Array.from({ length: 365 }, (_, d) => [
      50 + ((d * 11) % 17),
      9000 + ((d * 104729) % 4001),
      (d * 3) % 7,
    ]);
    const port = a.map((row, r) => row.map((x, c) => x + b[r]![c]!));
    const line = (p: number[][]) =>
      encodeReplicationLine({ replication: 1, metrics: {}, detail: daily(p, a, b) });
    const unrelated = port.map((row, r) => row.map((x, c) => (x * 7 + r * 13 + c) % 10007));
    const zeros = port.map((row) => row.map(() => 0));
    expect(line(port).length).toBeLessThan(line(zeros).length * 1.05);
    expect(line(port).length).toBeLessThan(line(unrelated).length * 0.8);
  });
});

describe('replication lines (format 3, varint series, base64, still read)', () => {
  it('read a format-3 line, as the previous Landport wrote it, bit for bit', () => {
    // encodeReplicationLine of this output by Landport with record format 3 (commit cc12b2f).
    const line =
      '{"replication":7,"format":3,"packed":"GwECAMSv9tO9sMpER2We3iAUhKqrugCTLLKMKkk2ulPjv0xVB88BjaEV8tVAu0baQU9eICV4O9HNXdtD+RHrcMZXy6u2IJqgluu2S5kOQhKDVKlrawa9YNynvq2WGoLh9RyMmNVyqTpijJVLhKSEG7CX34VMYixRqgfQ4PbKFYsxIg4YhCZwGe88dkrZHEKojMFgyOfLJiD6CyE0G+0uGKVs4Ue5gpCMzRiq/oOn0+JUhtJxbKYenCN2E0iKFquCHQOOxdjF7hij6Jywqx+bEdEuVd5DSxlY3gPLyVqhX3pV1sq3nCiLxXJrub21+NePaOtN9yNudDt/qgt94FFvokfjSvcoVroTQQfGdmNPzAxm"}';
    expectIdentical(decodeReplicationLine(line), {
      replication: 7,
      metrics: example.metrics,
      series: [
        example.series![0]!,
        { name: 'inSystem', start: 0, interval: 1, values: [4.1, 3.04, 6.99, 7.38, 5.49] },
      ],
      detail: daily(
        [
          [456, 467, null],
          [483, 474, 915],
        ],
        [
          [400, 400, null],
          [483, 470, 900],
        ],
        [
          [56, 67, 3],
          [0, 4, 15],
        ],
      ),
    });
  });
});

describe('replication lines (format 2, packed doubles, still read)', () => {
  it('read a format-2 line, as the previous Landport wrote it, bit for bit', () => {
    // encodeReplicationLine(example) by Landport with record format 2 (commit bafcdf4).
    const line =
      '{"replication":7,"format":2,"packed":"GwEBAMSIUz9kuefvHiKlsTcWqBuwICUoWM+DsZrtdHcbyxh2txvPwgKpvy4JJLU40PSGlhyfVmq8kq8LgC379dmkXZ0ymuWy3J45R5EAxXkanf3yiqLqSTG2fr08YF6s3BjNZulIBfLKUrqZcufz4p0BZHTLXnkQ4JE3L+5FFEY5KmG2m2iPj9VBk9Hdkm6/B5DxBXjAeCX8jmMOBXXmuJi3n23hi7dlWx97hI7HU+qUTh3/qRMO"}';
    expectIdentical(decodeReplicationLine(line), example);
  });
});

describe('replication lines (format 1, plain JSON, still read)', () => {
  it('read a format-1 line with NaN, ±Infinity and −0 written as strings', () => {
    const line =
      '{"replication":7,"metrics":{"wait.p95":"NaN","queue.max":"Infinity","zero":"-0","wait.mean":0.3333333333333333},' +
      '"series":[{"name":"queue","start":0,"interval":3600,"values":[1,"NaN","-Infinity",0.1]}],' +
      '"detail":{"lanes":[1,2]}}';
    expectIdentical(decodeReplicationLine(line), {
      replication: 7,
      metrics: {
        'wait.p95': Number.NaN,
        'queue.max': Number.POSITIVE_INFINITY,
        zero: -0,
        'wait.mean': 1 / 3,
      },
      series: [
        { name: 'queue', start: 0, interval: 3600, values: [1, Number.NaN, Number.NEGATIVE_INFINITY, 0.1] },
      ],
      detail: { lanes: [1, 2] },
    });
  });

  it('reject malformed format-1 lines', () => {
    expect(() => decodeReplicationLine('{"replication":1}')).toThrow(/"metrics" must be an object/);
    expect(() => decodeReplicationLine('{"replication":1,"metrics":{"a":"x"}}')).toThrow(
      /metrics.a must be a number/,
    );
  });
});
