import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isScenarioName,
  listScenarios,
  loadScenario,
  scenarioFile,
  scenarioNames,
  scenarioText,
} from './registry.js';

describe('scenario registry', () => {
  it('lists the steady states and the timelines of both port groups', () => {
    expect(scenarioNames()).toEqual([
      'horgos-2023',
      'horgos-2024',
      'horgos-2025',
      'horgos-2023-2024',
      'horgos-2023-2025',
      'kashgar-2023',
      'kashgar-2024',
      'kashgar-2025',
      'kashgar-2023-2025',
    ]);
  });

  it.each(scenarioNames())('%s loads and validates', (name) => {
    const scenario = loadScenario(name);
    expect(scenario.stations.length).toBeGreaterThan(0);
    expect(scenario.name).toMatch(/^(Horgos|Irkeshtam and Torugart)/);
  });

  it('lists each scenario with the title and description of its file and an existing path', () => {
    for (const entry of listScenarios()) {
      expect(existsSync(entry.file)).toBe(true);
      expect(entry.file.endsWith(`data/${entry.name}.yaml`)).toBe(true);
      expect(entry.title).toBe(loadScenario(entry.name).name);
      expect(entry.description.length).toBeGreaterThan(100);
    }
  });

  it('finds the data folder beside src/, as it will beside dist/', () => {
    expect(scenarioFile('horgos-2023')).toMatch(/packages\/scenarios\/data\/horgos-2023\.yaml$/);
    expect(scenarioText('horgos-2023')).toMatch(/^# yaml-language-server/);
  });

  it('rejects an unknown name with the list of known ones', () => {
    expect(isScenarioName('horgos-2026')).toBe(false);
    expect(() => loadScenario('horgos-2026')).toThrow(RangeError);
    expect(() => loadScenario('horgos-2026')).toThrow(
      /expected one of horgos-2023, horgos-2024, horgos-2025/,
    );
  });

  it('does not take a property of Object.prototype for a scenario', () => {
    expect(isScenarioName('toString')).toBe(false);
  });
});
