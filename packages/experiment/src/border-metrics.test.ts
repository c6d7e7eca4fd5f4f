import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { borderMetrics } from './border-metrics.js';
import { dailyGroups, dailyMetrics } from './daily-metrics.js';
import { metricUnit } from './metric-unit.js';

function scenario(withQueue: boolean) {
  return validateScenario({
    calendar: { start: '2024-01-01T00:00+05:00', horizon: { days: 20 }, warmUp: { days: 2 } },
    sides: [{ id: 'kz', utcOffset: '+05:00' }],
    ...(withQueue ? { equeues: [{ id: 'eq', side: 'kz', perDay: 10 }] } : {}),
    stations: [{ id: 'gate', side: 'kz', lanes: 1, service: { exponential: { mean: { minutes: 60 } } } }],
    classes: [
      {
        id: 'truck',
        ...(withQueue ? { equeue: 'eq' } : {}),
        arrivals: { rate: { perDay: 12 } },
        route: ['gate'],
      },
    ],
  });
}

describe('borderMetrics', () => {
  it("reports an e-queue's counts, backlog, days to a free slot and virtual wait apart from the station's wait", () => {
    const result = runBorderReplication(scenario(true), { seed: 3, replication: 0 });
    const m = borderMetrics(result);
    const q = result.equeues!.eq!;
    expect(m['equeue.eq.booked']).toBe(q.booked);
    expect(m['equeue.eq.booked']).toBe(
      m['equeue.eq.arrivedAtBorder']! + m['equeue.eq.stillBooked']! + m['equeue.eq.noShows']!,
    );
    expect(m['equeue.eq.backlog.max']).toBe(q.backlog.max);
    expect(m['equeue.eq.daysToFreeSlot.max']).toBe(q.daysToFreeSlot.max);
    expect(m['equeue.eq.virtualWaitHours.mean']).toBeCloseTo(q.virtualWait.mean! / 60, 12);
    expect(m['station.gate.waitHours.mean']).toBeCloseTo(result.stations.gate!.wait.mean! / 60, 12);
    // Demand 12 a day against 10 slots: the backlog grows, and so does the wait at home.
    expect(q.daysToFreeSlot.atEnd).toBeGreaterThan(0);
  });

  it('adds no e-queue names for a scenario without one', () => {
    const m = borderMetrics(runBorderReplication(scenario(false), { seed: 3, replication: 0 }));
    expect(Object.keys(m).filter((k) => k.startsWith('equeue.'))).toEqual([]);
  });
});

function port(inbound: boolean) {
  const classes: ScenarioInput['classes'] = [
    { id: 'car', arrivals: { rate: { perHour: 4 } }, route: ['bridge'] },
  ];
  if (inbound)
    classes.push({
      id: 'truck',
      direction: 'inbound',
      arrivals: { rate: { perHour: 2 } },
      route: ['bridge'],
    });
  return validateScenario({
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 4 }, warmUp: { days: 1 } },
    stations: [{ id: 'bridge', lanes: 2, shared: true, service: { exponential: { mean: { minutes: 10 } } } }],
    classes,
  } satisfies ScenarioInput);
}

describe('borderMetrics by direction', () => {
  it('a one-way port has no direction metrics: its outputs stay as they were', () => {
    const m = borderMetrics(runBorderReplication(port(false), { seed: 1, replication: 0 }));
    expect(Object.keys(m).filter((k) => k.startsWith('direction.') || k.startsWith('fleet.'))).toEqual([]);
  });

  it('a two-way port splits counts, rates (per day) and crossing times (hours) by direction', () => {
    const result = runBorderReplication(port(true), { seed: 1, replication: 0 });
    const m = borderMetrics(result);
    for (const [direction, cls] of [
      ['outbound', 'car'],
      ['inbound', 'truck'],
    ] as const) {
      const p = `direction.${direction}`;
      expect(m[`${p}.arrived`]).toBe(m[`class.${cls}.arrived`]);
      expect(m[`${p}.exited`]).toBe(m[`class.${cls}.exited`]);
      expect(m[`${p}.throughputPerDay`]).toBe(m[`class.${cls}.throughputPerDay`]);
      expect(m[`${p}.crossingHours.mean`]).toBe(m[`class.${cls}.crossingHours.mean`]);
      expect(m[`${p}.crossingHours.mean`]).toBeCloseTo(result.directions[direction]!.crossing.mean! / 60, 12);
      expect(m[`${p}.inSystemAtEnd`]).toBe(result.directions[direction]!.inSystemAtEnd);
    }
  });
});

describe('the unit of every border metric', () => {
  it('is named, for a port with every part that reports metrics', () => {
    // Drivers, a quota at a station and one counted at booking, an e-queue, a secondary
    // inspection, a fleet with its return direction, and a daily threshold.
    const port = validateScenario({
      calendar: { start: '2024-01-01T00:00+05:00', horizon: { days: 5 } },
      sides: [
        {
          id: 'kz',
          utcOffset: '+05:00',
          quotas: [
            { id: 'bookings', perDay: 100, countedAt: 'booking' },
            { id: 'gate-cars', perDay: 2000, counts: 'cars', classes: ['load'] },
          ],
        },
      ],
      equeues: [{ id: 'slots', side: 'kz', perDay: 150 }],
      stations: [
        {
          id: 'out-gate',
          lanes: 4,
          service: { exponential: { mean: { minutes: 5 } } },
          secondary: { probability: 0.1, service: { deterministic: { minutes: 30 } }, lanes: 1 },
          quotas: ['gate-cars'],
        },
        { id: 'road', lanes: 'infinite', shared: true, service: { exponential: { mean: { minutes: 30 } } } },
        { id: 'in-gate', lanes: 4, service: { exponential: { mean: { minutes: 5 } } } },
      ],
      classes: [
        {
          id: 'load',
          carsPerVehicle: { deterministic: 6 },
          equeue: 'slots',
          needsDriver: true,
          arrivals: { rate: { perHour: 10 } },
          route: ['out-gate', 'road'],
        },
        { id: 'empty', direction: 'inbound', route: ['road', 'in-gate'] },
      ],
      drivers: { count: 100, returnTrip: { deterministic: { hours: 1 } } },
      fleets: [
        {
          id: 'carriers',
          vehicles: 40,
          class: 'load',
          returnsAs: 'empty',
          away: { exponential: { mean: { hours: 10 } } },
          home: { exponential: { mean: { hours: 2 } } },
        },
      ],
      daily: { side: 'kz', threshold: { perDay: 10 } },
    } satisfies ScenarioInput);
    const result = runBorderReplication(port, { seed: 1, replication: 0 });
    const names = [
      ...Object.keys(borderMetrics(result)),
      ...Object.keys(
        dailyMetrics(
          dailyGroups(result.daily, Object.fromEntries(port.classes.map((c) => [c.id, c.direction]))),
          port.daily.threshold,
        ),
      ),
    ];
    expect(names.length).toBeGreaterThan(200);
    expect(names.filter((name) => metricUnit(name, 'USD') === '')).toEqual([]);
    expect(metricUnit('class.load.cost.perVehicle', 'USD')).toBe('USD');
    expect(names.some((name) => name.startsWith('port.'))).toBe(false);
  });

  it('is named for the metrics of two ports with a diversion, which appear only then', () => {
    const service = { exponential: { mean: { minutes: 6 } } };
    const ports = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 3 } },
      ports: [{ id: 'main' }, { id: 'spare' }],
      stations: [
        {
          id: 'gate',
          port: 'main',
          lanes: 1,
          service,
          buffer: {
            capacity: 2,
            whenFull: { divert: { to: 'spare', travel: { deterministic: { hours: 1 } } } },
          },
        },
        { id: 'spare-gate', port: 'spare', lanes: 1, service },
      ],
      classes: [
        {
          id: 'truck',
          arrivals: { rate: { perHour: 12 } },
          route: ['gate'],
          routesAt: { spare: ['spare-gate'] },
        },
      ],
    } satisfies ScenarioInput);
    const result = runBorderReplication(ports, { seed: 1, replication: 0 });
    const m = borderMetrics(result);
    const names = Object.keys(m).filter((name) => name.startsWith('port.'));
    expect(names).toContain('port.spare.divertedIn');
    expect(names).toContain('port.main.waitHours.mean');
    expect(names.filter((name) => metricUnit(name) === '')).toEqual([]);
    expect(metricUnit('port.main.divertedOut')).toBe('vehicles');
    expect(metricUnit('port.main.crossingHours.p95')).toBe('h');
    expect(m['port.main.divertedOut']).toBe(result.ports!.main!.divertedOut);
    expect(m['port.main.divertedOut']).toBeGreaterThan(0);
    expect(m['port.main.waitHours.mean']).toBeCloseTo(result.ports!.main!.wait.mean! / 60, 12);
  });
});
