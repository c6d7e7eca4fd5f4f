// A small two-sided port built in code (not from a file), with a dated shock: the Chinese side
// goes from daytime hours to 24-hour clearance on day 10. Prints the figures of one replication.
import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';

const input: ScenarioInput = {
  name: 'two-sided port',
  calendar: { start: '2024-06-03T00:00+08:00', horizon: { days: 20 }, warmUp: { days: 2 } },
  sides: [
    { id: 'cn', utcOffset: '+08:00', openingHours: ['09:00-19:00'] },
    { id: 'kz', utcOffset: '+05:00', openingHours: '24h', quotas: [{ id: 'eqs', perDay: 900 }] },
  ],
  stations: [
    { id: 'cn-gate', side: 'cn', lanes: 4, service: { lognormal: { mean: { minutes: 1 }, cv: 0.5 } } },
    {
      id: 'neutral-zone',
      lanes: 'infinite',
      service: { uniform: { min: { minutes: 5 }, max: { minutes: 12 } } },
    },
    {
      id: 'kz-customs',
      side: 'kz',
      lanes: 8,
      service: { lognormal: { mean: { minutes: 8 }, cv: 1 } },
      buffer: { capacity: 300 },
      secondary: {
        probability: 0.03,
        service: { uniform: { min: { minutes: 30 }, max: { minutes: 90 } } },
        lanes: 2,
      },
      quotas: ['eqs'],
    },
  ],
  classes: [
    {
      id: 'carrier',
      carsPerVehicle: { discreteUniform: { min: 5, max: 8 } },
      arrivals: { rate: { perDay: 120 } },
      route: ['cn-gate', 'neutral-zone', 'kz-customs'],
    },
    {
      id: 'driven',
      needsDriver: true,
      arrivals: { rate: { perDay: 500 } },
      route: ['cn-gate', 'neutral-zone', 'kz-customs'],
    },
  ],
  drivers: {
    count: 600,
    returnTrip: { lognormal: { mean: { hours: 20 }, cv: 0.4 } },
    feePerTrip: { amount: 500, currency: 'CNY' },
  },
  costs: { currency: 'CNY', exchangeRates: {} },
  shocks: [
    { label: '24-hour clearance', at: { days: 10 }, change: 'hours', side: 'cn', openingHours: '24h' },
  ],
};

const result = runBorderReplication(validateScenario(input), { seed: 2024, replication: 0 });
const hours = (minutes: number | null) => (minutes === null ? '-' : (minutes / 60).toFixed(2));
for (const [id, c] of Object.entries(result.classes)) {
  console.log(
    `${id.padEnd(8)} exited ${String(c.exited).padStart(6)}  cars/day ${c.carsPerDay.toFixed(1).padStart(6)}  ` +
      `crossing mean ${hours(c.crossing.mean)} h  p95 ${hours(c.crossing.p95)} h  cost/vehicle ${c.costs.perVehicle?.toFixed(0) ?? '-'} CNY`,
  );
}
for (const [id, s] of Object.entries(result.stations)) {
  console.log(
    `${id.padEnd(12)} wait mean ${hours(s.wait.mean)} h  p95 ${hours(s.wait.p95)} h  ` +
      `utilisation ${s.utilisation === null ? '-' : s.utilisation.toFixed(3)}  queue mean ${s.queue.mean?.toFixed(1)}`,
  );
}
const before = result.series.waiting['cn-gate']!.slice(0, 8 * 24);
const after = result.series.waiting['cn-gate']!.slice(8 * 24);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`cn-gate queue before the shock ${mean(before).toFixed(1)}, after ${mean(after).toFixed(1)}`);
