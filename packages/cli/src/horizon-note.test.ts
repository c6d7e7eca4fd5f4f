import { describe, expect, it, vi } from 'vitest';
import { loadScenarioSource } from './scenario-source.js';

const MMC = new URL('./e2e/fixtures/mmc.yaml', import.meta.url).pathname;

describe('the note of a shortened --horizon', () => {
  it('names the period, the closures, the shocks and the busier months that horgos-2024 loses in 30 days', () => {
    const { notes } = loadScenarioSource('horgos-2024', { horizon: '30d' });
    expect(notes).toEqual([
      "note: --horizon 30d covers 2024-01-01 to 2024-01-30 of the scenario's 2024-01-01 to 2024-12-31; " +
        'it leaves out 3 closures, 7 shocks ("Pre-deadline surge, carriers", "Pre-deadline surge, driven cars", ' +
        '"Russian recycling fee rises" and 4 more) and 9 months of higher demand ' +
        '(Apr–Dec 2024: up to 1.7× the busiest month it covers). Leave out --horizon for the whole scenario.',
    ]);
  });

  it('leaves out the random closures whose months the run covers (kashgar-2023-2025, from January)', () => {
    const [note] = loadScenarioSource('kashgar-2023-2025', { horizon: '60d' }).notes;
    expect(note).toMatch(
      /^note: --horizon 60d covers 2023-01-01 to 2023-03-01 of the scenario's 2023-01-01 to 2025-12-31; /,
    );
    expect(note).not.toContain('Snow on the Torugart pass');
  });

  it('leaves out no busier month when the busiest months are covered (horgos-2024 over 300 days)', () => {
    // September (its demand shock) is the busiest; Oct 27 – Dec 31 is left out, with no closure or
    // busier month, only the two shocks that end the October dip on 1 November.
    expect(loadScenarioSource('horgos-2024', { horizon: '300d' }).notes).toEqual([
      "note: --horizon 300d covers 2024-01-01 to 2024-10-26 of the scenario's 2024-01-01 to 2024-12-31; " +
        'it leaves out 2 shocks ("Demand back to the trend, carriers", "Demand back to the trend, driven cars"). ' +
        'Leave out --horizon for the whole scenario.',
    ]);
  });

  it('says which flag shortened the run when it is a --set', () => {
    const [note] = loadScenarioSource('horgos-2024', { set: ['calendar.horizon=30d'] }).notes;
    expect(note).toMatch(/^note: --set calendar\.horizon=30d covers 2024-01-01 to 2024-01-30 /);
  });

  it('is empty for a longer horizon and for a scenario with no calendar of demand, closures or shocks', () => {
    expect(loadScenarioSource('horgos-2024', { horizon: '400d' }).notes).toEqual([]);
    expect(loadScenarioSource(MMC, { horizon: '1d' }).notes).toEqual([]);
    expect(loadScenarioSource('horgos-2024').notes).toEqual([]);
  });

  it('prints nothing while loading: an invalid shortened scenario gives its error alone', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() => loadScenarioSource('horgos-2023-2024', { horizon: '30d', warmup: '40d' })).toThrow(
        /^the scenario horgos-2023-2024 is invalid after calendar.horizon=30d, calendar.warmUp=40d:\n {2}calendar.warmUp: /,
      );
      expect(loadScenarioSource('horgos-2023-2024', { horizon: '30d' }).notes).toHaveLength(1);
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
    }
  });
});
