import { validateScenario } from '@landport/scenario-format';
import { measureTargets } from './calibration.js';
import type { CalibrationTarget } from './calibration-target.js';

/** Options of {@link refitObjective}. */
export interface RefitObjectiveOptions {
  /** The scenario as written (e.g. `scenarioDocument(name)`); never modified. */
  readonly document: unknown;
  /** Puts candidate values into a copy of the document (e.g. `setFreeValues`). */
  readonly setValues: (document: unknown, values: readonly number[]) => void;
  /** The fit targets; the objective returns their means in this order. */
  readonly targets: readonly Pick<CalibrationTarget, 'measure' | 'needsTrace'>[];
  /** Replications per candidate: 0 … R−1 of `seed` for every candidate (common random numbers). */
  readonly replications: number;
  readonly seed: number | string;
  /** Called after each replication. */
  readonly onReplication?: (replication: number) => void;
}

/**
 * The function the re-fit minimises over: candidate values → the fit targets' means over R
 * replications of the scenario with those values. Every candidate runs the same seeds, so the
 * difference between two candidates is their parameters and not the draw: the loss is a smooth
 * function of the parameters for a fixed draw, which a grid and a simplex search need.
 */
export function refitObjective(options: RefitObjectiveOptions): (values: readonly number[]) => number[] {
  return (values) => {
    const document = structuredClone(options.document);
    options.setValues(document, values);
    const scenario = validateScenario(document);
    const measured = measureTargets(
      scenario,
      options.targets,
      { replications: options.replications, seed: options.seed },
      options.onReplication,
    );
    return measured.map((xs) => xs.reduce((a, b) => a + b, 0) / xs.length);
  };
}
