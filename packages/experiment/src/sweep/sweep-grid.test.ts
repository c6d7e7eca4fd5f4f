import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepGrid, sweepPointName, sweepPointSettings, sweepPointValues } from './sweep-grid.js';
import { parseSweepParam } from './sweep-param.js';

describe('sweepGrid(params)', () => {
  it('gives every combination, the first parameter varying slowest', () => {
    const params = [parseSweepParam('stations.a.lanes=1,2'), parseSweepParam('quota.perDay=10, 20 ,30')];
    expect(sweepGrid(params)).toEqual([
      ['1', '10'],
      ['1', '20'],
      ['1', '30'],
      ['2', '10'],
      ['2', '20'],
      ['2', '30'],
    ]);
  });

  it('has as many distinct points as the product of the value counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }), (counts) => {
        const params = counts.map((n, i) => ({
          path: `p${i}`,
          values: Array.from({ length: n }, (_, k) => `${k}`),
        }));
        const points = sweepGrid(params);
        expect(points).toHaveLength(counts.reduce((a, b) => a * b, 1));
        expect(new Set(points.map((p) => p.join('|'))).size).toBe(points.length);
      }),
    );
  });
});

describe('a sweep point', () => {
  const params = [parseSweepParam('stations.kz-control.lanes=6,8'), parseSweepParam('x=1')];
  it('as overrides, values and a folder name', () => {
    expect(sweepPointSettings(params, ['8', '1'])).toEqual(['stations.kz-control.lanes=8', 'x=1']);
    expect(sweepPointValues(params, ['8', '1'])).toEqual({ 'stations.kz-control.lanes': '8', x: '1' });
    expect(sweepPointName(params, ['8', '1'])).toBe('kz-control.lanes=8,x=1');
  });
});

describe('parseSweepParam(text)', () => {
  it('refuses a parameter without values, naming what was expected', () => {
    for (const text of ['lanes', '=1,2', 'lanes=', 'lanes=1,,2'])
      expect(() => parseSweepParam(text)).toThrow(/expected path=v1,v2/);
  });
});
