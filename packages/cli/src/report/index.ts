// Charts and the HTML report of a results folder. This file only re-exports.
export {
  CHART_FONT,
  CHART_WIDTH,
  type Chart,
  round4,
  topLevelSpec,
  VEGA_LITE_SCHEMA,
  withHalo,
} from './chart.js';
export { PNG_SCALE, type Raster, rasterise } from './chart-png.js';
export { type CompiledSpec, compileSpec, renderSvg } from './chart-svg.js';
export { comparisonChart } from './comparison-chart.js';
export { COMPARISON_FILE, type ComparisonData, readComparisonData } from './comparison-data.js';
export { costChart } from './cost-chart.js';
export { summarizeDerived } from './derived-metric.js';
export { FONT_DIR_VARIABLE, findFontFiles } from './font-files.js';
export { hourlyQueueChart } from './hourly-queue-chart.js';
export { type JsonSchema, validateJsonSchema } from './json-schema-validator.js';
export { type ReportKind, reportContents, reportKind } from './report-contents.js';
export { type ReportPage, reportHtml } from './report-html.js';
export { type PlottedSeries, type RunData, readRunData } from './run-data.js';
export {
  readScenarioRecord,
  SCENARIO_FILE,
  type ScenarioRecord,
  scenarioRecord,
  writeScenarioRecord,
} from './scenario-record.js';
export { formatOffset, SimulatedClock } from './simulated-clock.js';
export { sizeChart } from './size-chart.js';
export { readSizeData, SIZE_FILE, type SizeData } from './size-data.js';
export { specProblems, vegaLiteSchema } from './spec-problems.js';
export { sweepChart } from './sweep-chart.js';
export { defaultSweepMetrics, readSweepData, SWEEP_FILE, type SweepData } from './sweep-data.js';
export { throughputChart } from './throughput-chart.js';
export { type ThroughputTarget, throughputTarget } from './throughput-target.js';
export { inPortChart, queueChart } from './time-series-chart.js';
export { utilisationByHourChart } from './utilisation-by-hour-chart.js';
export { vegaScripts } from './vega-scripts.js';
export { waitDistributionChart } from './wait-distribution-chart.js';
export {
  CHARTS_FOLDER,
  REPORT_FILE,
  type ReportOptions,
  type WrittenReport,
  writeReport,
} from './write-report.js';
