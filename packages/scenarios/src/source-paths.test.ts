import { describe, expect, it } from 'vitest';
import { parameterPaths, sourceOf, valueAt } from './source-paths.js';

const document = {
  $schema: '../schema.json',
  name: 'Example',
  calendar: { start: '2024-01-01T00:00Z', horizon: { days: 10 } },
  stations: [
    { id: 'gate', name: 'Gate', lanes: 2, service: { exponential: { mean: { minutes: 3 } } } },
    { id: 'a/b', lanes: 1 },
  ],
  classes: [{ id: 'car', arrivals: { rate: { perHour: 4 }, hourly: [1, 2, 3] }, route: ['gate'] }],
  shocks: [{ label: 'More lanes', at: { days: 2 }, change: 'lanes', station: 'gate', lanes: 3 }, { at: 'x' }],
  sources: { '/calendar': 'period' },
};

describe('source paths', () => {
  it('lists every parameter, lists of scalars as one, names and ids left out', () => {
    expect(parameterPaths(document)).toEqual([
      '/calendar/start',
      '/calendar/horizon/days',
      '/stations/gate/lanes',
      '/stations/gate/service/exponential/mean/minutes',
      '/stations/a~1b/lanes',
      '/classes/car/arrivals/rate/perHour',
      '/classes/car/arrivals/hourly',
      '/classes/car/route',
      '/shocks/More lanes/at/days',
      '/shocks/More lanes/change',
      '/shocks/More lanes/station',
      '/shocks/More lanes/lanes',
      '/shocks/1/at',
    ]);
  });

  it('finds a value by id, label or index, with ~1 for a slash', () => {
    expect(valueAt(document, '/stations/gate/lanes')).toBe(2);
    expect(valueAt(document, '/stations/a~1b/lanes')).toBe(1);
    expect(valueAt(document, '/shocks/More lanes/lanes')).toBe(3);
    expect(valueAt(document, '/shocks/1/at')).toBe('x');
    expect(valueAt(document, '/stations/kz/lanes')).toBeUndefined();
    expect(valueAt(document, '/calendar/start/year')).toBeUndefined();
  });

  it('rejects a path without a leading slash', () => {
    expect(() => valueAt(document, 'calendar')).toThrow(RangeError);
  });

  it('takes the source of the nearest enclosing path', () => {
    const sources = { '/stations/gate': 'A1', '/stations/gate/lanes': 'assumption: 2' };
    expect(sourceOf(sources, '/stations/gate/lanes')).toBe('assumption: 2');
    expect(sourceOf(sources, '/stations/gate/service/exponential/mean/minutes')).toBe('A1');
    expect(sourceOf(sources, '/stations/gatehouse/lanes')).toBeUndefined();
  });
});
