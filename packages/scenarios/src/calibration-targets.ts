import type { CalibrationTarget } from './calibration-target.js';
import { HORGOS_TARGETS } from './horgos-targets.js';
import { KASHGAR_TARGETS } from './kashgar-targets.js';

/**
 * The calibration targets of the shipped scenarios, each a `fit` target (used to set a scenario's
 * free parameters) or a `check` target (never used in fitting), with its source row in
 * docs/sources.md. Demand is calibrated on the customs count, the count of cars declared for
 * export, as the fact sheet asks.
 */
export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = [...HORGOS_TARGETS, ...KASHGAR_TARGETS];
