import { describe, expect, it } from 'vitest';
import { dropShocksAfterHorizon } from './shocks-within-horizon.js';
import { validateScenario } from './validate.js';

const withShocks = (horizonDays: number) => ({
  calendar: { start: '2024-01-01T00:00+00:00', horizon: { days: horizonDays } },
  stations: [{ id: 'gate', lanes: 2, service: { exponential: { mean: { minutes: 10 } } } }],
  classes: [{ id: 'car', arrivals: { rate: { perDay: 50 } }, route: ['gate'] }],
  shocks: [
    { label: 'early', at: '2024-01-05T00:00+00:00', change: 'lanes', station: 'gate', lanes: 3 },
    { label: 'late', at: '2024-03-01T00:00+00:00', change: 'lanes', station: 'gate', lanes: 4 },
  ],
});

describe('dropShocksAfterHorizon', () => {
  it('drops exactly the dated shocks a shorter horizon leaves out, so the scenario validates', () => {
    const raw: Record<string, unknown> = withShocks(20);
    expect(() => validateScenario(raw)).toThrow(/shocks\[1\]\.at/);
    expect(dropShocksAfterHorizon(raw)).toBe(1);
    expect((raw.shocks as { label: string }[]).map((s) => s.label)).toEqual(['early']);
    expect(validateScenario(raw).shocks).toHaveLength(1);
  });

  it('leaves a scenario whose shocks all fall inside alone', () => {
    const raw: Record<string, unknown> = withShocks(90);
    expect(dropShocksAfterHorizon(raw)).toBe(0);
    expect(raw.shocks).toHaveLength(2);
  });
});
