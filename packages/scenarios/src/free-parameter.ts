import { setNumberAtSetPath, valueAtSetPath } from '@landport/scenario-format';
import type { ScenarioName } from './registry.js';
import type { NumberEdit } from './yaml-numbers.js';

/** A value of a scenario file that follows a free parameter, e.g. a return flow computed from an outbound rate. */
export interface DerivedValue {
  /** `--set` paths of the value (all take it). */
  readonly paths: readonly string[];
  /** The value for a parameter value θ, rounded as the file writes it. */
  readonly value: (theta: number) => number;
  /** The arithmetic, in words, as the file's `sources` give it. */
  readonly why: string;
}

/** Where a free parameter sits in one scenario file. */
export interface Placement {
  readonly scenario: ScenarioName;
  /** `--set` paths that hold the parameter's value (tied values: all take the same number). */
  readonly paths: readonly string[];
  /** Values of the same file computed from the parameter. */
  readonly derived?: readonly DerivedValue[];
}

/**
 * A free parameter of a fitted scenario: a number the sources do not give, set so that the
 * scenario meets its `fit` targets. The first placement is the fitted scenario; the others are the
 * later scenarios that inherit the fitted value (the re-fit writes it into all of them).
 */
export interface FreeParameter {
  /** Short name, e.g. `θ1`. */
  readonly id: string;
  /** What the number is, in words. */
  readonly title: string;
  /** Unit of the number at the paths, e.g. `min`. */
  readonly unit: string;
  /** Bounds of the search, in `unit`. */
  readonly lower: number;
  readonly upper: number;
  readonly placements: readonly [Placement, ...Placement[]];
}

/** The free parameters of one fitted scenario (at most three, the rule). */
export interface FreeParameterSet {
  readonly scenario: ScenarioName;
  readonly parameters: readonly FreeParameter[];
}

/** Most free parameters a scenario may have. */
export const MAX_FREE_PARAMETERS = 3;

/**
 * Sets free parameters to `values` (one per parameter, in order) in a scenario document, in
 * place: every path of the placement for `scenario`, and the values derived from them.
 *
 * @throws RangeError if a value is outside its bounds, or a path does not hold a number.
 */
export function setFreeValues(
  document: unknown,
  scenario: ScenarioName,
  parameters: readonly FreeParameter[],
  values: readonly number[],
): void {
  parameters.forEach((p, i) => {
    const value = values[i]!;
    if (!(value >= p.lower && value <= p.upper)) {
      throw new RangeError(`free parameter ${p.id}: ${value} ${p.unit} is outside [${p.lower}, ${p.upper}]`);
    }
    const placement = p.placements.find((pl) => pl.scenario === scenario);
    if (placement === undefined) throw new RangeError(`free parameter ${p.id} has no place in ${scenario}`);
    for (const path of placement.paths) setNumberAtSetPath(document, path, value);
    for (const d of placement.derived ?? []) {
      for (const path of d.paths) setNumberAtSetPath(document, path, d.value(value));
    }
  });
}

/**
 * What is wrong with a declaration against the scenario documents it names: a placement whose
 * paths do not hold one number, a value outside the bounds, a derived value that does not follow
 * the parameter as declared, more than {@link MAX_FREE_PARAMETERS}. Empty when all is well.
 */
export function freeParameterProblems(
  set: FreeParameterSet,
  documentOf: (scenario: ScenarioName) => unknown,
): string[] {
  const problems: string[] = [];
  if (set.parameters.length > MAX_FREE_PARAMETERS) {
    problems.push(
      `${set.scenario}: ${set.parameters.length} free parameters, at most ${MAX_FREE_PARAMETERS}`,
    );
  }
  for (const p of set.parameters) {
    const where = `${set.scenario} ${p.id}`;
    if (!(p.lower < p.upper)) problems.push(`${where}: lower ${p.lower} is not below upper ${p.upper}`);
    if (p.placements[0].scenario !== set.scenario) {
      problems.push(`${where}: the first placement is ${p.placements[0].scenario}, not the fitted scenario`);
    }
    const fitted = valueAtSetPath(documentOf(set.scenario), p.placements[0].paths[0] ?? '');
    for (const placement of p.placements) {
      const document = documentOf(placement.scenario);
      for (const path of placement.paths) {
        const v = valueAtSetPath(document, path);
        if (typeof v !== 'number') {
          problems.push(`${where}: ${placement.scenario} ${path} holds ${JSON.stringify(v)}, not a number`);
        } else if (v !== fitted) {
          problems.push(`${where}: ${placement.scenario} ${path} is ${v}, the fitted value is ${fitted}`);
        } else if (!(v >= p.lower && v <= p.upper)) {
          problems.push(`${where}: ${placement.scenario} ${path} = ${v} is outside [${p.lower}, ${p.upper}]`);
        }
      }
      for (const d of placement.derived ?? []) {
        const expected = typeof fitted === 'number' ? d.value(fitted) : Number.NaN;
        for (const path of d.paths) {
          const v = valueAtSetPath(document, path);
          if (v !== expected) {
            problems.push(
              `${where}: ${placement.scenario} ${path} is ${JSON.stringify(v)}, ${d.why} gives ${expected}`,
            );
          }
        }
      }
    }
  }
  return problems;
}

/**
 * The numbers to write for fitted `values` (one per parameter, in order), by scenario file: every
 * placement's paths and derived values, the fitted scenario first. Feed each list to `writeNumbers`.
 */
export function freeValueEdits(
  set: FreeParameterSet,
  values: readonly number[],
): Map<ScenarioName, NumberEdit[]> {
  const byScenario = new Map<ScenarioName, NumberEdit[]>();
  set.parameters.forEach((p, i) => {
    const value = values[i]!;
    for (const placement of p.placements) {
      const list = byScenario.get(placement.scenario) ?? [];
      for (const path of placement.paths) list.push({ path, value });
      for (const d of placement.derived ?? [])
        for (const path of d.paths) list.push({ path, value: d.value(value) });
      byScenario.set(placement.scenario, list);
    }
  });
  return byScenario;
}
