// The public API of @landport/scenarios. This file only re-exports.

export {
  type CalibrationOptions,
  type CalibrationResult,
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
  MAX_FREE_PARAMETERS,
  type Placement,
  setFreeValues,
} from './free-parameter.js';
export { FREE_PARAMETERS, HORGOS_FREE_PARAMETERS, KASHGAR_FREE_PARAMETERS } from './free-parameters.js';
export { flowText, parameterTable, TABLE_END, TABLE_START, withParameterTable } from './parameter-table.js';
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
export { setNumberAtSetPath, valueAtSetPath } from './set-path.js';
export { parameterPaths, sourceOf, valueAt } from './source-paths.js';
export { type NumberEdit, writeNumbers } from './yaml-numbers.js';
