import { describe, expect, it } from 'vitest';
import { ScenarioError } from './scenario-error.js';
import { validateScenario } from './validate.js';

function port(station: Record<string, unknown>, shock?: Record<string, unknown>) {
  return {
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 10 } },
    stations: [{ id: 'kz', lanes: 2, service: { deterministic: { minutes: 5 } }, ...station }],
    classes: [
      { id: 'carrier', arrivals: { rate: { perDay: 5 } }, route: ['kz'] },
      { id: 'truck', arrivals: { rate: { perDay: 5 } }, route: ['kz'] },
    ],
    shocks: shock === undefined ? [] : [{ label: 'new rule', at: { days: 2 }, change: 'service', ...shock }],
  };
}

describe('service time per car on board', () => {
  it('resolves to minutes per car for every class, 0 without it', () => {
    expect(validateScenario(port({})).stations[0]!.perCarByClass).toEqual({ carrier: 0, truck: 0 });
    const station = validateScenario(
      port({ perCar: { seconds: 90 }, perCarByClass: { truck: { minutes: 0 } } }),
    ).stations[0]!;
    expect(station.perCarByClass).toEqual({ carrier: 1.5, truck: 0 });
  });

  it('a service shock may set a new time per car, or keep it', () => {
    const shock = { station: 'kz', service: { deterministic: { minutes: 3 } } };
    expect(validateScenario(port({}, shock)).shocks[0]).toMatchObject({ perCar: null });
    expect(validateScenario(port({}, { ...shock, perCar: { minutes: 2 } })).shocks[0]).toMatchObject({
      perCar: 2,
    });
  });

  it('a negative time per car or an unknown class is an error naming the field', () => {
    try {
      validateScenario(port({ perCar: { minutes: -1 }, perCarByClass: { van: { minutes: 1 } } }));
      throw new Error('expected a ScenarioError');
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      expect(error.issues.map((i) => [i.path, i.value, i.expected])).toEqual([
        ['stations[0].perCar.minutes', -1, 'a finite number >= 0'],
        ['stations[0].perCarByClass.van', 'van', 'the id of a vehicle class ("carrier", "truck")'],
      ]);
    }
  });
});
