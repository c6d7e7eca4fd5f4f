// Two crossings in one scenario. At the main port, outbound trucks book a slot in an electronic
// queue and then drive to an approach road of 800 m in front of the export gate; outbound cars
// come when they like; inbound trucks share the main bridge. When the approach road is full, a
// vehicle drives on to a second, smaller crossing (about 1.5 h away) and clears there. Cars
// choose their port on arrival by the shortest expected wait; trucks go to the main port (their
// slot is there) unless they are diverted. Prints one replication, by port and by direction.
import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';

const lognormal = (minutes: number, cv: number) => ({ lognormal: { mean: { minutes }, cv } });

const input: ScenarioInput = {
  name: 'two ports with a diversion',
  calendar: { start: '2024-06-03T00:00+08:00', horizon: { days: 30 }, warmUp: { days: 2 } },
  ports: [
    { id: 'main', name: 'Main crossing' },
    { id: 'spare', name: 'Second crossing' },
  ],
  sides: [{ id: 'cn', utcOffset: '+08:00', openingHours: ['07:00-23:00'] }],
  equeues: [{ id: 'slots', side: 'cn', perDay: 220, arrival: 'uniform' }],
  stations: [
    {
      id: 'export-gate',
      port: 'main',
      side: 'cn',
      lanes: 3,
      service: lognormal(9, 0.5),
      buffer: {
        capacity: { km: 0.8 },
        whenFull: { divert: { to: 'spare', travel: lognormal(90, 0.3) } },
      },
    },
    { id: 'bridge', port: 'main', lanes: 2, shared: true, service: lognormal(4, 0.3) },
    { id: 'import-gate', port: 'main', side: 'cn', lanes: 3, service: lognormal(12, 0.6) },
    { id: 'spare-gate', port: 'spare', side: 'cn', lanes: 2, service: lognormal(15, 0.5) },
  ],
  classes: [
    {
      id: 'truck',
      lengthMetres: 20,
      equeue: 'slots',
      arrivals: { rate: { perDay: 200 } },
      route: ['export-gate', 'bridge'],
      routesAt: { spare: ['spare-gate'] },
      portChoice: { shares: { main: 1, spare: 0 } },
    },
    {
      id: 'car',
      lengthMetres: 7,
      arrivals: { rate: { perDay: 160 } },
      route: ['export-gate', 'bridge'],
      routesAt: { spare: ['spare-gate'] },
      portChoice: 'shortestWait',
    },
    {
      id: 'import',
      direction: 'inbound',
      arrivals: { rate: { perDay: 150 } },
      route: ['bridge', 'import-gate'],
    },
  ],
};

const result = runBorderReplication(validateScenario(input), { seed: 2024, replication: 0 });
const hours = (minutes: number | null) => (minutes === null ? '-' : (minutes / 60).toFixed(2));
const n = (x: number, width = 5) => String(x).padStart(width);
console.log('by port (vehicles after the warm-up; times in hours)');
for (const [id, p] of Object.entries(result.ports!)) {
  console.log(
    `  ${id.padEnd(6)} arrived ${n(p.arrived)}  diverted in ${n(p.divertedIn, 4)}  out ${n(p.divertedOut, 4)}  ` +
      `exited ${n(p.exited)}  mean wait ${hours(p.wait.mean)} h  crossing ${hours(p.crossing.mean)} h`,
  );
}
const storage = result.stations['export-gate']!.storage!;
console.log(
  `approach road full for ${storage.overflow} vehicles: diverted ${storage.diverted}, gave up ${storage.gaveUp}, waited beyond ${storage.waitedBeyond}`,
);
for (const [id, c] of Object.entries(storage.byClass))
  console.log(`  ${id.padEnd(6)} diverted ${n(c.diverted, 4)}`);
console.log('by direction');
for (const [direction, d] of Object.entries(result.directions)) {
  console.log(
    `  ${direction.padEnd(8)} arrived ${n(d.arrived)}  exited ${n(d.exited)}  crossing mean ${hours(d.crossing.mean)} h`,
  );
}
const slots = result.equeues!.slots!;
console.log(
  `e-queue: booked ${slots.booked}, mean wait for the slot ${hours(slots.virtualWait.mean)} h (off site, not at the border)`,
);
