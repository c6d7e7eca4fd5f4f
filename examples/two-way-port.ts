// A two-way port built in code: car carriers leave loaded (outbound), come back empty (inbound)
// as a fleet of 40, and share the bridge with inbound trucks. In a second run inbound customs
// slows down for the empty carriers from day 10: they queue there on their way back, fewer are
// free to load, and outbound loads wait longer for one. Prints one replication of each, split by
// direction (common random numbers: the same seed drives the same arrivals).
import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';

const lognormal = (minutes: number, cv: number) => ({ lognormal: { mean: { minutes }, cv } });

const input: ScenarioInput = {
  name: 'two-way port',
  calendar: { start: '2024-06-03T00:00+08:00', horizon: { days: 20 }, warmUp: { days: 2 } },
  sides: [{ id: 'cn', utcOffset: '+08:00', openingHours: '24h' }],
  stations: [
    { id: 'out-customs', side: 'cn', lanes: 3, service: lognormal(10, 0.5), perCar: { minutes: 2 } },
    { id: 'bridge', lanes: 2, shared: true, service: lognormal(4, 0.3) },
    {
      id: 'in-customs',
      side: 'cn',
      lanes: 5,
      service: lognormal(30, 0.8),
      serviceByClass: { 'carrier-back': lognormal(8, 0.5) },
    },
  ],
  classes: [
    {
      id: 'carrier',
      carsPerVehicle: { discreteUniform: { min: 5, max: 8 } },
      arrivals: { rate: { perDay: 120 } },
      route: ['out-customs', 'bridge'],
    },
    { id: 'carrier-back', direction: 'inbound', route: ['bridge', 'in-customs'] },
    {
      id: 'truck',
      direction: 'inbound',
      arrivals: { rate: { perDay: 120 } },
      route: ['bridge', 'in-customs'],
    },
  ],
  fleets: [
    {
      id: 'carriers',
      vehicles: 40,
      class: 'carrier',
      returnsAs: 'carrier-back',
      away: lognormal(240, 0.3),
      home: lognormal(120, 0.3),
    },
  ],
};

const slowdown: ScenarioInput = {
  ...input,
  shocks: [
    {
      label: 'inbound customs slows',
      at: { days: 10 },
      change: 'service',
      station: 'in-customs',
      class: 'carrier-back',
      service: lognormal(25, 0.5),
    },
  ],
};

const hours = (minutes: number | null) => (minutes === null ? '-' : (minutes / 60).toFixed(2));
for (const [label, scenario] of [
  ['as planned', input],
  ['slow inbound', slowdown],
] as const) {
  const result = runBorderReplication(validateScenario(scenario), { seed: 2024, replication: 0 });
  console.log(label);
  for (const [direction, d] of Object.entries(result.directions)) {
    console.log(
      `  ${direction.padEnd(8)} arrived ${String(d.arrived).padStart(5)}  exited ${String(d.exited).padStart(5)}  ` +
        `in port at end ${String(d.inSystemAtEnd).padStart(4)}  vehicles/day ${d.throughputPerDay.toFixed(1).padStart(6)}  ` +
        `crossing mean ${hours(d.crossing.mean)} h`,
    );
  }
  const fleet = result.fleets.carriers!;
  console.log(
    `  fleet    round trips ${fleet.roundTrips}  utilisation ${fleet.utilisation?.toFixed(3)}  ` +
      `loads waiting for a carrier: mean ${fleet.queue.mean?.toFixed(1)}`,
  );
}
