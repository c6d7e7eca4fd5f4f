import { gunzipSync } from 'node:zlib';
import type { ReplicationOutput } from '@landport/experiment';
import { describe, expect, it } from 'vitest';
import { decodeReplicationLine, encodeReplicationLine } from '../batch/replication-line.js';
import { packOutput, unpackLine } from './packed-output.js';

const output: ReplicationOutput = {
  replication: 7,
  metrics: { 'wait.mean': 0.1 + 0.2, 'wait.p95': Number.NaN, max: Number.POSITIVE_INFINITY, zero: -0 },
  series: [{ name: 'queue', start: 0, interval: 60, values: [1, Number.NaN, 5e-324, -0] }],
  detail: { note: 'kept as JSON' },
};

describe('packOutput', () => {
  it('stores exactly the results-log line that `landport run` appends', () => {
    expect(unpackLine(packOutput(output))).toBe(encodeReplicationLine(output));
  });

  it('round-trips every number bit for bit, NaN, infinities and −0 included', () => {
    const back = decodeReplicationLine(unpackLine(packOutput(output)));
    expect(Object.is(back.metrics.zero, -0)).toBe(true);
    expect(back.metrics['wait.mean']).toBe(0.30000000000000004);
    expect(back.metrics['wait.p95']).toBeNaN();
    expect(back.metrics.max).toBe(Number.POSITIVE_INFINITY);
    expect(back.series?.[0]?.values[2]).toBe(5e-324);
    expect(Object.is(back.series?.[0]?.values[3], -0)).toBe(true);
  });

  it('writes gzip, readable with any gunzip', () => {
    const packed = packOutput(output);
    expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(packed).toString('utf8')).toBe(encodeReplicationLine(output));
  });
});
