import { validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { scenarioNames } from './registry.js';
import { scenarioDocument, scenarioInput, scenarioSources } from './scenario-document.js';
import { parameterPaths, sourceOf, valueAt } from './source-paths.js';

describe.each(scenarioNames())('%s: sources', (name) => {
  const document = scenarioDocument(name);
  const sources = scenarioSources(name);

  it('gives every parameter a source or an assumption', () => {
    const missing = parameterPaths(document).filter((path) => sourceOf(sources, path) === undefined);
    expect(missing).toEqual([]);
  });

  it('names only values that exist in the file', () => {
    const stale = Object.keys(sources).filter((path) => valueAt(document, path) === undefined);
    expect(stale).toEqual([]);
  });

  it('writes each source as a fact-sheet reference, a derivation or an assumption', () => {
    // A source starts with a fact-sheet row (A1…G6), "D:" for a derivation, "assumption", or
    // refers to another entry ("As …", "See …"), describes the model's own structure ("Model:"),
    // or names a free parameter and what it was fitted to ("free parameter, fitted to …").
    const unexplained = Object.entries(sources).filter(
      ([, text]) =>
        !/^([A-H]\d?\b|D:|assumption|As \/|See \/|Scenario period|Reported in|Beijing time|Bishkek time|Model:|free parameter)/.test(
          text,
        ),
    );
    expect(unexplained).toEqual([]);
  });
});

describe('scenarioInput', () => {
  it('gives a fresh copy to change for a sweep, which validates with the change', () => {
    const input = scenarioInput('horgos-2024');
    const kz = input.stations.find((s) => s.id === 'kz-control')!;
    kz.lanes = 6;
    expect(validateScenario(input).stations.find((s) => s.id === 'kz-control')!.lanes).toBe(6);
    expect(scenarioInput('horgos-2024').stations.find((s) => s.id === 'kz-control')!.lanes).toBe(10);
  });
});
