import { valueAtSetPath } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { assumptionRanges, assumptionsWithoutRange } from './assumption-range.js';
import { scenarioNames } from './registry.js';
import { scenarioDocument, scenarioSources } from './scenario-document.js';

describe('assumptionRanges', () => {
  it('reads the range, the unit and the path of the number, several to an entry', () => {
    expect(
      assumptionRanges({
        '/stations/gate/lanes': 'assumption (range 2–6): lanes not found.',
        '/stations/gate/service':
          'A1.8: camera. assumption (range 10–30 s at lognormal.mean.seconds): mean 20 s.',
        '/stations/kz/secondary':
          'G1. assumption (range 2–4 at lanes; range 0.02–0.05 at probability): 3 bays.',
        '/drivers/count': 'assumption (range 700–4,000): no figure. Range 1–2 in prose is not read.',
        '/calendar': 'no assumption here',
      }),
    ).toEqual([
      { source: '/stations/gate/lanes', path: 'stations.gate.lanes', low: 2, high: 6, unit: '' },
      {
        source: '/stations/gate/service',
        path: 'stations.gate.service.lognormal.mean.seconds',
        low: 10,
        high: 30,
        unit: 's',
      },
      { source: '/stations/kz/secondary', path: 'stations.kz.secondary.lanes', low: 2, high: 4, unit: '' },
      {
        source: '/stations/kz/secondary',
        path: 'stations.kz.secondary.probability',
        low: 0.02,
        high: 0.05,
        unit: '',
      },
      { source: '/drivers/count', path: 'drivers.count', low: 700, high: 4000, unit: '' },
    ]);
  });

  it('names the entry of a range that does not parse', () => {
    expect(() => assumptionRanges({ '/a/b': 'assumption (range 6–2): backwards' })).toThrow(
      'sources /a/b: expected "range LOW–HIGH [unit] [at sub.path]" with LOW < HIGH, got "range 6–2"',
    );
    expect(() => assumptionRanges({ '/a/b': 'assumption (about 3): no range' })).toThrow(/sources \/a\/b/);
  });

  it('skips "no range: why" whole, semicolons included, and reads the ranges beside it', () => {
    expect(
      assumptionRanges({
        '/a/hours': 'assumption (no range: a schedule; plausible 8–12 h): 09:00–19:00.',
        '/a/lanes': 'assumption (range 2–4): lanes not found.',
      }),
    ).toEqual([{ source: '/a/lanes', path: 'a.lanes', low: 2, high: 4, unit: '' }]);
  });

  it('assumptionsWithoutRange names entries with an assumption in any other form', () => {
    expect(
      assumptionsWithoutRange({
        '/a': 'assumption (range 2–6): fine.',
        '/b': 'assumption (no range: a rule): fine.',
        '/c': 'G1. assumption: 10.',
        '/d': 'assumption (range 1–2): one; and a second assumption: prose.',
        '/e': 'no assumed value here',
      }),
    ).toEqual(['/c', '/d']);
  });

  for (const name of scenarioNames()) {
    it(`${name}: every assumption states a range or says why it has none`, () => {
      expect(assumptionsWithoutRange(scenarioSources(name))).toEqual([]);
    });

    it(`${name}: every range leads to a number that lies inside it`, () => {
      const ranges = assumptionRanges(scenarioSources(name));
      expect(ranges.length).toBeGreaterThanOrEqual(10);
      const document = scenarioDocument(name);
      for (const r of ranges) {
        const value = valueAtSetPath(document, r.path);
        expect(typeof value, r.path).toBe('number');
        expect(value as number, r.path).toBeGreaterThanOrEqual(r.low);
        expect(value as number, r.path).toBeLessThanOrEqual(r.high);
      }
    });
  }
});
