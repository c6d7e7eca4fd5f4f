import { validateScenario, valueAtSetPath } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freeParameterProblems, freeValueEdits, setFreeValues } from './free-parameter.js';
import { FREE_PARAMETERS, KASHGAR_FREE_PARAMETERS } from './free-parameters.js';
import { HORGOS_TARGETS } from './horgos-targets.js';
import { KASHGAR_TARGETS } from './kashgar-targets.js';
import { scenarioText } from './registry.js';
import { scenarioDocument } from './scenario-document.js';
import { writeNumbers } from './yaml-numbers.js';

describe('the free parameters of the shipped scenarios', () => {
  it.each(FREE_PARAMETERS.map((s) => [s.scenario, s] as const))(
    '%s: the declaration matches every file that holds the fitted values',
    (_name, set) => {
      expect(freeParameterProblems(set, scenarioDocument)).toEqual([]);
    },
  );

  it.each(FREE_PARAMETERS.map((s) => [s.scenario, s] as const))(
    '%s: --write finds every value in the YAML text, and rewriting the current values changes nothing',
    (_name, set) => {
      const current = set.parameters.map(
        (p) => valueAtSetPath(scenarioDocument(set.scenario), p.placements[0].paths[0]!) as number,
      );
      for (const [scenario, edits] of freeValueEdits(set, current)) {
        expect(writeNumbers(scenarioText(scenario), edits)).toBe(scenarioText(scenario));
      }
      const moved = freeValueEdits(
        set,
        current.map((v) => v + 1),
      );
      for (const [scenario, edits] of moved) {
        const document = parse(writeNumbers(scenarioText(scenario), edits));
        for (const { path, value } of edits)
          expect(valueAtSetPath(document, path), `${scenario} ${path}`).toBe(value);
      }
    },
  );

  it('each fitted scenario has fit targets, and only fitted scenarios do', () => {
    const fitted = new Set(FREE_PARAMETERS.map((s) => s.scenario));
    const withFit = new Set(
      [...HORGOS_TARGETS, ...KASHGAR_TARGETS].filter((t) => t.kind === 'fit').map((t) => t.scenario),
    );
    expect(withFit).toEqual(fitted);
  });

  it('setting θ3 moves the return flow it derives, and the bounds are enforced', () => {
    const document = scenarioDocument('kashgar-2023');
    setFreeValues(document, 'kashgar-2023', KASHGAR_FREE_PARAMETERS.parameters, [21, 11, 100]);
    expect(valueAtSetPath(document, 'stations.irk-kg.service.lognormal.mean.minutes')).toBe(21);
    expect(valueAtSetPath(document, 'stations.tor-kg-exit.service.lognormal.mean.minutes')).toBe(11);
    // 7 × (25.29 + 100) / 45 × 260/252 = 20.108 an hour
    expect(valueAtSetPath(document, 'classes.irk-return.arrivals.rateTable.rows.3.rate.perHour')).toBe(
      20.108,
    );
    expect(() => validateScenario(document)).not.toThrow();
    expect(() =>
      setFreeValues(document, 'kashgar-2023', KASHGAR_FREE_PARAMETERS.parameters, [21, 11, 500]),
    ).toThrow(/θ3: 500 trucks\/day is outside \[40, 160\]/);
  });

  it('reports a path that holds no number and a file that disagrees', () => {
    const set = {
      scenario: 'horgos-2023' as const,
      parameters: [
        {
          id: 'θ1',
          title: 't',
          unit: 'min',
          lower: 1,
          upper: 4,
          placements: [
            { scenario: 'horgos-2023' as const, paths: ['stations.kz-control.perCar.minutes'] },
            { scenario: 'horgos-2024' as const, paths: ['stations.kz-control.perCar.hours'] },
          ] as const,
        },
      ],
    };
    expect(freeParameterProblems(set, scenarioDocument)).toEqual([
      'horgos-2023 θ1: horgos-2024 stations.kz-control.perCar.hours holds undefined, not a number',
    ]);
  });
});
