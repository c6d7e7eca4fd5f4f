// A road storage in code: 600 m of approach road in front of an export gate of 3 lanes, filled by
// trucks (20 m each, with the gap) and cars (7 m). The gate closes each night from 22:00 to 06:00,
// so the road fills. Run once with vehicles waiting further back when the road is full ('wait')
// and once with them giving up ('giveUp'); common random numbers: the same seed, the same arrivals.
import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';

const scenario = (whenFull: 'wait' | 'giveUp'): ScenarioInput => ({
  name: `road storage, ${whenFull}`,
  calendar: { start: '2024-06-03T00:00+08:00', horizon: { days: 30 }, warmUp: { days: 2 } },
  sides: [{ id: 'cn', utcOffset: '+08:00', openingHours: ['06:00-22:00'] }],
  stations: [
    {
      id: 'gate',
      side: 'cn',
      lanes: 3,
      service: { lognormal: { mean: { minutes: 9 }, cv: 0.5 } },
      buffer: { capacity: { km: 0.6 }, whenFull },
    },
  ],
  classes: [
    { id: 'truck', lengthMetres: 20, arrivals: { rate: { perDay: 150 } }, route: ['gate'] },
    { id: 'car', lengthMetres: 7, arrivals: { rate: { perDay: 100 } }, route: ['gate'] },
  ],
});

const h = (minutes: number | null) => (minutes === null ? '-' : (minutes / 60).toFixed(2));
for (const whenFull of ['wait', 'giveUp'] as const) {
  const result = runBorderReplication(validateScenario(scenario(whenFull)), { seed: 2024, replication: 0 });
  const gate = result.stations.gate!;
  const storage = gate.storage!;
  console.log(`whenFull: ${whenFull}`);
  for (const id of ['truck', 'car']) {
    const c = storage.byClass[id]!;
    console.log(
      `  ${id.padEnd(5)} arrived ${result.classes[id]!.arrived} vehicles, found the road full ${c.overflow} = waited beyond ${c.waitedBeyond} + gave up ${c.gaveUp}; mean wait ${h(gate.waitByClass[id]!.mean)} h`,
    );
  }
  console.log(
    `  vehicles beyond the road: mean ${storage.beyond.mean!.toFixed(2)}, max ${storage.beyond.max} vehicles`,
  );
}
