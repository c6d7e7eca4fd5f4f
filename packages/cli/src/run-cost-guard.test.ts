import { parseScenario, validateScenario } from '@landport/scenario-format';
import { scenarioNames, scenarioText } from '@landport/scenarios';
import { erlangC } from '@landport/sim-core';
import type { Scenario } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { MAX_BACKLOG_VEHICLES, MAX_EVENTS_PER_REPLICATION, requireAffordableRun } from './run-cost-guard.js';
import { UsageError } from './usage-error.js';

function mmc(lanes: number, perMinute: number, days: number): Scenario {
  return validateScenario({
    calendar: { start: '2024-01-01T00:00Z', horizon: { days } },
    stations: [{ id: 'server', lanes, service: { exponential: { mean: { minutes: 4 } } } }],
    classes: [{ id: 'customers', arrivals: { rate: { perMinute } }, route: ['server'] }],
  });
}

function refusal(scenario: Scenario): string | null {
  try {
    requireAffordableRun(scenario, 'the scenario x', false);
    return null;
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
}

describe('requireAffordableRun', () => {
  it.each(scenarioNames())('lets the shipped scenario %s run', (name) => {
    expect(refusal(parseScenario(scenarioText(name), { fileName: `${name}.yaml` }))).toBeNull();
  });

  it('refuses a rate of 1e9 a day over a year, with the estimate and the limit', () => {
    // 1e9 a day over 366 days: 3.66e11 arrivals, an arrival and a start each; the 10^6 lanes serve
    // 10^6 / (1e9 / 1440 × 4) = 36% of them, a grant and a timeout each: 2.72 events an arrival.
    expect(refusal(mmc(1e6, 1e9 / 1440, 366))).toBe(
      'the scenario x would take about 9.96e+11 events per replication (3.66e+11 arrivals in 366 days), above the limit of 100 million (about 100 s a replication; a year of horgos-2024 is 1.55 million). Shorten the horizon (--horizon), lower the arrival rates, or pass --allow-large-run to run it anyway.',
    );
  });

  it('draws the line at 10^8 events: a stable M/M/8 queue of 3 events an arrival, plus its queued grants', () => {
    // 1 arrival a minute: its arrival, its start and its timeout, plus a grant for the share that
    // waits, Erlang C(8, 4): 10^8 events in about 10^8 / 3.05 minutes, 22,770 days.
    const limitDays = MAX_EVENTS_PER_REPLICATION / (3 + erlangC(8, 4)) / 1440;
    expect(refusal(mmc(8, 1, Math.floor(limitDays * 0.99)))).toBeNull();
    expect(refusal(mmc(8, 1, Math.ceil(limitDays * 1.01)))).toMatch(/ events per replication /);
  });

  it('refuses a queue that would hold more than 2 million vehicles at the end', () => {
    // 1 a minute against 0.25 a minute served: 0.75 × 1440 = 1080 more waiting each day.
    const limitDays = MAX_BACKLOG_VEHICLES / 1080;
    expect(refusal(mmc(1, 1, Math.floor(limitDays * 0.99)))).toBeNull();
    expect(refusal(mmc(1, 1, Math.ceil(limitDays * 1.01)))).toMatch(
      /^the scenario x would leave at least 2\.\d+ million vehicles queued at station server by the end of each replication \(its demand exceeds what its lanes can serve\), above the limit of 2 million that fits in memory/,
    );
  });

  it('lets anything run with --allow-large-run', () => {
    expect(() => requireAffordableRun(mmc(1e6, 1e9 / 1440, 366), 'x', true)).not.toThrow();
  });
});
