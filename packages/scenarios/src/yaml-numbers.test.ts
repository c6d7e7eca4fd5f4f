import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeNumbers } from './yaml-numbers.js';

const TEXT = `# a comment
stations:
  - id: a
    service: &s { lognormal: { mean: { minutes: 10 }, cv: 1 } } # tied
  - id: b
    service: *s
    perCar: { minutes: 2.6 } # free parameter
rows: [1, 2, 3]
`;

describe('writeNumbers', () => {
  it('changes only the digits of each number, keeping comments, anchors and style', () => {
    const out = writeNumbers(TEXT, [
      { path: 'stations.b.perCar.minutes', value: 2.75 },
      { path: 'stations.b.service.lognormal.mean.minutes', value: 12 },
      { path: 'rows.2', value: 30 },
    ]);
    expect(out).toBe(
      TEXT.replace('minutes: 2.6 }', 'minutes: 2.75 }')
        .replace('minutes: 10 }', 'minutes: 12 }')
        .replace('3]', '30]'),
    );
    expect(parse(out).stations[1].service.lognormal.mean.minutes).toBe(12);
  });

  it('names a path that leads to no number', () => {
    expect(() => writeNumbers(TEXT, [{ path: 'stations.c.perCar.minutes', value: 1 }])).toThrow(
      'stations.c.perCar.minutes: no number at this path in the file',
    );
    expect(() => writeNumbers(TEXT, [{ path: 'stations.b.perCar', value: 1 }])).toThrow(
      /stations\.b\.perCar:/,
    );
  });
});
