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

describe('replication lines (format 3, packed)', () => {
  it('round-trip an output with NaN, ±Infinity and −0 in metrics, series and series starts, exactly', () => {
    const line = encodeReplicationLine(example);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^\{"replication":7,"format":3,"packed":"[A-Za-z0-9+/]+=*"\}$/);
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
  });

  it('refuse a record format this version does not read, naming it', () => {
    const line = '{"replication":1,"format":4,"packed":""}';
    expect(() => decodeReplicationLine(line)).toThrow(UnsupportedRecordFormatError);
    expect(() => decodeReplicationLine(line)).toThrow(/format 4, and this Landport reads formats 1, 2 and 3/);
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
