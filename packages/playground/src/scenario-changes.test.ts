import { describe, expect, it } from 'vitest';
import { loadScenarioSource } from '../../cli/src/scenario-source.js';
import { scenarioText } from '../../scenarios/src/registry.js';
import { parameterFields, rewriteOverrides } from './parameter-fields.js';
import { prepareScenario, readScenario, withChanges } from './scenario-changes.js';

// The page must run the scenario the CLI runs for the same overrides, or its results could not
// equal `landport run --json`: the CLI's own loader is the reference.
describe('prepareScenario, against the CLI’s scenario loader', () => {
  const text = scenarioText('horgos-2024');
  const cases = [
    [],
    ['calendar.horizon=20d'],
    ['calendar.horizon=20d', 'stations.kz-control.lanes=12', 'drivers.count=400'],
    [
      'calendar.warmUp=2d',
      'sides.kazakhstan.openingHours=24h',
      'classes.driven.arrivals.rate={"perDay":400}',
    ],
  ];
  it.each(cases.map((c) => [c]))('gives the scenario `landport run --set` gives: %j', (overrides) => {
    const page = prepareScenario(text, 'horgos-2024.yaml', overrides);
    const cli = loadScenarioSource('horgos-2024', { set: overrides }).scenario;
    expect(page.ok && page.scenario).toEqual(cli);
  });

  it('reports an override the scenario has no field for as the CLI does', () => {
    const overrides = ['stations.kz-control.lanez=12'];
    const page = prepareScenario(text, 'horgos-2024.yaml', overrides);
    expect(page.ok).toBe(false);
    expect(() => loadScenarioSource('horgos-2024', { set: overrides })).toThrow(
      !page.ok ? page.message : 'unreachable',
    );
  });

  it('reports a value the scenario rejects with its path, and the text’s own problems at their lines', () => {
    const bad = prepareScenario(text, 'horgos-2024.yaml', ['stations.kz-control.lanes=-1']);
    expect(bad.ok === false && bad.stage).toBe('overrides');
    expect(bad.ok === false && bad.issues[0]?.path).toBe('stations[4].lanes');
    const line = text.split('\n').findIndex((l) => l.includes('lanes: 10')) + 1;
    const broken = prepareScenario(text.replace('lanes: 10', 'lanes: ten'), 'horgos-2024.yaml', []);
    expect(broken.ok === false && broken.stage).toBe('text');
    expect(broken.ok === false && broken.issues.map((i) => i.line)).toEqual([line]);
  });
});

describe('one reading of a text for every set of overrides (readScenario, withChanges)', () => {
  const text = scenarioText('horgos-2024');

  it('gives what prepareScenario gives, and leaves the reading as it was', () => {
    const base = readScenario(text, 'horgos-2024.yaml');
    const before = JSON.stringify(base);
    for (const overrides of [
      [],
      ['calendar.horizon=20d'],
      ['stations.kz-control.lanes=12', 'calendar.horizon=9d'],
    ]) {
      const page = withChanges(base, overrides);
      expect(JSON.stringify(page)).toBe(JSON.stringify(prepareScenario(text, 'horgos-2024.yaml', overrides)));
    }
    // The horizon override drops dated shocks from its copy, not from the reading.
    expect(JSON.stringify(base)).toBe(before);
  });

  it('a text that fails fails the same way whatever the overrides', () => {
    const broken = readScenario(text.replace('lanes: 10', 'lanes: ten'), 'horgos-2024.yaml');
    expect(broken.ok).toBe(false);
    expect(withChanges(broken, ['calendar.horizon=20d'])).toBe(broken);
  });
});

describe('parameter fields', () => {
  const base = prepareScenario(scenarioText('horgos-2024'), 'horgos-2024.yaml', []);
  if (!base.ok) throw new Error('horgos-2024 must be valid');
  const fields = parameterFields(base.document, base.document);
  const field = (label: string) => fields.find((f) => f.label === label)!;

  it('offers the calendar, every station with a number of lanes, the sides’ hours, demand and drivers', () => {
    expect(fields.map((f) => `${f.group}: ${f.label} = ${f.current}`)).toEqual([
      'Calendar: Horizon = 366',
      'Calendar: Warm-up = 0',
      'Lanes: cn-gate = 4',
      'Lanes: cn-customs = 16',
      'Lanes: kz-control = 10',
      'Lanes: cn-import = 2',
      'Opening hours: china = 24h',
      'Opening hours: kazakhstan = 24h',
      'Demand: demand scale = 100',
      'Drivers: drivers.count = 1000',
    ]);
  });

  it('writes overrides for changed values only, replacing its own earlier ones, and reads them back', () => {
    let overrides = rewriteOverrides([], field('kz-control'), '12');
    overrides = rewriteOverrides(overrides, field('Horizon'), '20');
    overrides = rewriteOverrides(overrides, field('kz-control'), '14');
    overrides = rewriteOverrides(overrides, field('demand scale'), '150');
    expect(overrides).toEqual([
      'calendar.horizon=20d',
      'stations.kz-control.lanes=14',
      'classes.carrier.arrivals.rate={"perDay":185.82}',
      'classes.driven.arrivals.rate={"perDay":517.62}',
      'classes.truck.arrivals.rate={"perDay":120}',
      'classes.truck-in.arrivals.rate={"perDay":120}',
    ]);
    const changed = prepareScenario(scenarioText('horgos-2024'), 'horgos-2024.yaml', overrides);
    if (!changed.ok) throw new Error(changed.message);
    const now = parameterFields(base.document, changed.document);
    expect(now.filter((f) => f.current !== f.base).map((f) => `${f.label} = ${f.current}`)).toEqual([
      'Horizon = 20',
      'kz-control = 14',
      'demand scale = 150',
    ]);
    expect(rewriteOverrides(overrides, field('demand scale'), '100')).toEqual(overrides.slice(0, 2));
  });
});
