// Rendering and the HTML report of a results folder (the chart specs are @landport/experiment's).
// This file only re-exports.
export { PNG_SCALE, type Raster, rasterise } from './chart-png.js';
export { type CompiledSpec, compileSpec, renderSvg } from './chart-svg.js';
export { COMPARISON_FILE, readComparisonData } from './comparison-data.js';
export { FONT_DIR_VARIABLE, findFontFiles } from './font-files.js';
export { type JsonSchema, validateJsonSchema } from './json-schema-validator.js';
export { MANY_WAY_FILE, type ManyWayData, readManyWayData } from './many-way-data.js';
export { type ReportKind, reportContents, reportKind } from './report-contents.js';
export { type ReportPage, reportHtml } from './report-html.js';
export { readRunData } from './run-data.js';
export {
  readScenarioRecord,
  SCENARIO_FILE,
  scenarioRecord,
  writeScenarioRecord,
} from './scenario-record.js';
export { readSizeData, SIZE_FILE } from './size-data.js';
export { specProblems, vegaLiteSchema } from './spec-problems.js';
export { readSweepData, SWEEP_FILE } from './sweep-data.js';
export { vegaScripts } from './vega-scripts.js';
export {
  CHARTS_FOLDER,
  REPORT_FILE,
  type ReportOptions,
  type WrittenReport,
  writeReport,
} from './write-report.js';
