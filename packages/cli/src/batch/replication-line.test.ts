import { describe, expect, it } from 'vitest';
import type { ReplicationOutput } from './replication.js';
import { decodeReplicationLine, encodeReplicationLine } from './replication-line.js';

describe('replication lines', () => {
  it('round-trip an output with NaN, ±Infinity and −0 in metrics and series, exactly', () => {
    const output: ReplicationOutput = {
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
      detail: { lanes: [1, 2], note: 'plain JSON' },
    };
    const line = encodeReplicationLine(output);
    expect(line).not.toContain('\n');
    const back = decodeReplicationLine(line);
    expect(back).toEqual(output);
    expect(Object.is(back.metrics.zero, -0)).toBe(true);
    expect(encodeReplicationLine(back)).toBe(line);
  });

  it('writes an output without series or detail as just replication and metrics', () => {
    expect(encodeReplicationLine({ replication: 0, metrics: { a: 1 } })).toBe(
      '{"replication":0,"metrics":{"a":1}}',
    );
  });

  it('rejects torn or malformed lines', () => {
    const line = encodeReplicationLine({ replication: 3, metrics: { a: 1.5 } });
    expect(() => decodeReplicationLine(line.slice(0, -3))).toThrow(SyntaxError);
    expect(() => decodeReplicationLine('{"replication":-1,"metrics":{}}')).toThrow(
      /"replication" must be an integer >= 0/,
    );
    expect(() => decodeReplicationLine('{"replication":1}')).toThrow(/"metrics" must be an object/);
    expect(() => decodeReplicationLine('{"replication":1,"metrics":{"a":"x"}}')).toThrow(
      /metrics.a must be a number/,
    );
  });
});
