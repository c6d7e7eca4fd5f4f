// The experiment layer from a script, without the CLI: two short replications of a small port
// run with sim-core's runBorderReplication, turned into flat metrics with units, and aggregated
// with Student-t intervals into the summary `landport run --json` prints. The same functions run
// in a browser.
import {
  borderReplicationOutput,
  fmt,
  metricUnit,
  type ReplicationOutput,
  summarizeRun,
} from '@landport/experiment';
import { validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';

const scenario = validateScenario({
  name: 'one gate',
  calendar: { start: '2024-06-03T00:00+08:00', horizon: { days: 5 } },
  sides: [{ id: 'cn', utcOffset: '+08:00', openingHours: ['08:00-20:00'] }],
  stations: [{ id: 'gate', side: 'cn', lanes: 2, service: { exponential: { mean: { minutes: 15 } } } }],
  classes: [{ id: 'truck', arrivals: { rate: { perDay: 80 } }, route: ['gate'] }],
});

const seed = 2024;
const outputs: ReplicationOutput[] = [0, 1].map((replication) =>
  borderReplicationOutput(scenario, runBorderReplication(scenario, { seed, replication }), replication),
);
const summary = summarizeRun(outputs);

for (const name of ['station.gate.waitHours.mean', 'throughputPerDay']) {
  const m = summary.metrics[name]!;
  const unit = metricUnit(name);
  console.log(
    `${name}: ${fmt(m.mean)} ${unit}, ${summary.level * 100}% interval [${fmt(m.lower)}, ${fmt(m.upper)}] ${unit} over ${m.n} replications`,
  );
}
