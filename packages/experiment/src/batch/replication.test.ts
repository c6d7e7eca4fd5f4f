import { describe, expect, it } from 'vitest';
import { checkReplicationOutput } from './replication.js';

const PREFIX = 'runReplication returned an invalid output for replication 3: ';

describe('checkReplicationOutput', () => {
  it('accepts a well-formed output, NaN metrics included', () => {
    const output = {
      replication: 3,
      metrics: { a: 1, b: Number.NaN },
      series: [{ name: 's', start: 0, interval: 1, values: [1, Number.NaN] }],
      detail: { any: 'thing' },
    };
    expect(checkReplicationOutput(output, 3)).toBe(output);
  });

  it('names the replication and the offending field', () => {
    const cases: [unknown, string][] = [
      [null, 'expected an object, got null'],
      [{ replication: 2, metrics: {} }, 'its replication field must be 3, got 2'],
      [{ replication: 3 }, 'metrics must be an object of numbers, got undefined'],
      [{ replication: 3, metrics: { w: '1' } }, 'metrics["w"] must be a number, got "1"'],
      [{ replication: 3, metrics: {}, series: {} }, 'series must be an array, got {}'],
      [
        { replication: 3, metrics: {}, series: [{ name: '' }] },
        'series[0].name must be a non-empty string, got ""',
      ],
      [
        { replication: 3, metrics: {}, series: [{ name: 'q', start: 0, interval: 0, values: [] }] },
        'series "q": interval must be a finite number > 0, got 0',
      ],
      [
        {
          replication: 3,
          metrics: {},
          series: [
            { name: 'q', start: 0, interval: 1, values: [] },
            { name: 'q', start: 0, interval: 1, values: [] },
          ],
        },
        'series name "q" appears twice',
      ],
      [
        { replication: 3, metrics: {}, series: [{ name: 'q', start: 0, interval: 1, values: ['x'] }] },
        'series "q": values must be an array of numbers',
      ],
    ];
    for (const [value, problem] of cases) {
      expect(() => checkReplicationOutput(value, 3), problem).toThrow(new TypeError(PREFIX + problem));
    }
  });
});
