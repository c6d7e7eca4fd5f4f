import { describe, expect, it } from 'vitest';
import { checkDistinctTargets, parsePrecisionTarget } from './precision-target.js';

describe('parsePrecisionTarget', () => {
  it("reads a relative target as a fraction of |mean| and an absolute one in the metric's unit", () => {
    expect(parsePrecisionTarget('crossingHours.mean=2%')).toEqual({
      metric: 'crossingHours.mean',
      kind: 'relative',
      value: 0.02,
      text: '2%',
    });
    expect(parsePrecisionTarget('class.car.crossingHours.p95 = 0.25')).toMatchObject({
      metric: 'class.car.crossingHours.p95',
      kind: 'absolute',
      value: 0.25,
    });
  });
  it.each(['x', '=2%', 'x=', 'x=0', 'x=0%', 'x=100%', 'x=-1', 'x=1e3', 'x=abc', 'x=Infinity'])(
    'refuses %j, naming the option and what was expected',
    (text) => {
      expect(() => parsePrecisionTarget(text)).toThrow(/^--precision .*expected <metric>=<half-width>/);
    },
  );
  it('refuses a metric named twice', () => {
    expect(() => checkDistinctTargets([parsePrecisionTarget('x=1'), parsePrecisionTarget('x=2%')])).toThrow(
      /x is named twice/,
    );
  });
});
