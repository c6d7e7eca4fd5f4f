// The public API of @landport/scenarios. This file only re-exports.

export { type AssumptionRange, assumptionRanges, assumptionsWithoutRange } from './assumption-range.js';
export {
  type CalibrationOptions,
  type CalibrationResult,
  measureTargets,
  runCalibration,
} from './calibration.js';
export { type CalibrationReportInfo, calibrationMarkdown } from './calibration-report.js';
export { type CalibrationRun, type CalibrationTarget, within } from './calibration-target.js';
export { CALIBRATION_TARGETS } from './calibration-targets.js';
export { ClosedServiceCounter } from './closed-service-counter.js';
export {
  type DerivedValue,
  type FreeParameter,
  type FreeParameterSet,
  freeParameterProblems,
  freeValueEdits,
  MAX_FREE_PARAMETERS,
  type Placement,
  setFreeValues,
} from './free-parameter.js';
export { FREE_PARAMETERS, HORGOS_FREE_PARAMETERS, KASHGAR_FREE_PARAMETERS } from './free-parameters.js';
export { type NelderMeadOptions, type NelderMeadResult, nelderMead } from './nelder-mead.js';
export { flowText, parameterTable, TABLE_END, TABLE_START, withParameterTable } from './parameter-table.js';
export {
  type AcceptedRange,
  type Candidate,
  fitLoss,
  type RefitOptions,
  type RefitResult,
  rangeDistance,
  refit,
} from './refit.js';
export { type RefitObjectiveOptions, refitObjective } from './refit-objective.js';
export {
  isScenarioName,
  listScenarios,
  loadScenario,
  type ScenarioEntry,
  type ScenarioName,
  scenarioFile,
  scenarioNames,
  scenarioText,
} from './registry.js';
export {
  carsExported,
  driverFeePerTrip,
  hoursAtStation,
  meanCrossingHours,
  tripsPerDriverPerMonth,
} from './run-measures.js';
export {
  type ScenarioDocument,
  scenarioDocument,
  scenarioInput,
  scenarioSources,
} from './scenario-document.js';
export {
  carMeasures,
  type OneAtATimeOptions,
  oneAtATime,
  rankAssumptions,
  type Sensitivity,
  type SensitivityMeasure,
  type SensitivityRow,
  swing,
} from './sensitivity.js';
export { parameterPaths, sourceOf, valueAt } from './source-paths.js';
export { type NumberEdit, writeNumbers } from './yaml-numbers.js';
