import { validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { scenarioNames } from './registry.js';
import { scenarioInput } from './scenario-document.js';

// Each shipped Horgos scenario, cut to its first 20 days, runs and loses no vehicle in either
// direction: over the whole run, arrived = exited + turned away + still in the port. Twenty days
// reach the Chinese Spring Festival closure of horgos-2023 and fill the Kazakh queue overnight.
const HORGOS = scenarioNames().filter((name) => name.startsWith('horgos'));

describe.each(HORGOS)('%s, first 20 days', (name) => {
  const input = scenarioInput(name);
  input.calendar.horizon = { days: 20 };
  // Shocks after the cut would be outside the run: keep those dated before it (dates compare as text).
  const end = new Date(Date.parse(String(input.calendar.start).slice(0, 10)) + 20 * 86_400_000);
  const endDate = end.toISOString().slice(0, 10);
  input.shocks = (input.shocks ?? []).filter((shock) => String(shock.at).slice(0, 10) < endDate);
  const result = runBorderReplication(validateScenario(input), { seed: 7, replication: 0 });

  it('has both directions, with traffic in each', () => {
    expect(Object.keys(result.directions).sort()).toEqual(['inbound', 'outbound']);
    for (const direction of Object.values(result.directions)) {
      expect(direction!.conservation.arrived).toBeGreaterThan(0);
      expect(direction!.conservation.exited).toBeGreaterThan(0);
    }
  });

  it('conserves vehicles per direction', () => {
    for (const direction of Object.values(result.directions)) {
      const { arrived, exited, turnedAway } = direction!.conservation;
      expect(arrived).toBe(exited + turnedAway + direction!.inSystemAtEnd);
    }
  });

  it('conserves vehicles per station: every vehicle that reached a station left it, was turned away or is there', () => {
    for (const [id, station] of Object.entries(result.conservation.byStation)) {
      expect(station.departed + station.turnedAway, id).toBeLessThanOrEqual(station.reached);
    }
  });

  it('keeps every lane utilisation in [0, 1]', () => {
    for (const station of Object.values(result.stations)) {
      if (station.utilisation === null) continue;
      expect(station.utilisation).toBeGreaterThanOrEqual(0);
      expect(station.utilisation).toBeLessThanOrEqual(1);
    }
  });
});
