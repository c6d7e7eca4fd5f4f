/**
 * @landport/experiment: everything past a single replication, as pure functions over plain data,
 * with no Node and no DOM, so that the CLI and a web page compute the same numbers with the same
 * code. Arrows point down: cli / playground → experiment → scenarios → border model → engine.
 *
 * By folder: `analysis/` output analysis and many-way comparison (MSER, Welch, batch means,
 * precision rounds, multiplicity, selection); `batch/` replication outputs and their aggregation
 * (Student-t summaries, series and daily bands, `summarizeRun` = what `landport run --json`
 * prints, paired comparison, lossless JSON); the top level, one replication as flat metrics with
 * units, and targets; `report/` the chart specs (Vega-Lite JSON, data inlined, captions from the
 * data) and the plain data they are built from; `sizing/` the lane-sizing search; `sweep/` grids.
 */

export type { BatchMeansResult } from './analysis/batch-means.js';
export { batchMeans, MIN_BATCHES } from './analysis/batch-means.js';
export { lag1Autocorrelation } from './analysis/lag1-autocorrelation.js';
export type {
  ManyWayComparison,
  PairComparison,
  PairSet,
  VariantValues,
} from './analysis/many-way-comparison.js';
export { comparedPairs, MANY_WAY_SCHEMA_VERSION, manyWayComparison } from './analysis/many-way-comparison.js';
export type { MserResult } from './analysis/mser.js';
export { MSER_BATCH_SIZE, mser } from './analysis/mser.js';
export type { Adjustment } from './analysis/multiplicity.js';
export {
  ADJUSTMENTS,
  adjustPValues,
  bonferroniAdjust,
  holmAdjust,
  intervalLevels,
} from './analysis/multiplicity.js';
export type { PairedTest } from './analysis/paired-t-test.js';
export { pairedHalfWidth, pairedTTest } from './analysis/paired-t-test.js';
export type {
  MetricEstimate,
  MetricPrecision,
  PrecisionOutcome,
  PrecisionPlan,
  PrecisionRound,
  PrecisionStop,
} from './analysis/precision-rounds.js';
export { assessRound, nextRoundSize, precisionRounds, stopReason } from './analysis/precision-rounds.js';
export type { PrecisionTarget } from './analysis/precision-target.js';
export {
  checkDistinctTargets,
  parsePrecisionTarget,
  requiredHalfWidth,
} from './analysis/precision-target.js';
export type { SelectDirection, Selection } from './analysis/selection.js';
export { SELECTION_PROCEDURE, selectBest } from './analysis/selection.js';
export type { WarmupSeriesInfo } from './analysis/warmup-accumulator.js';
export { WarmupAccumulator } from './analysis/warmup-accumulator.js';
export type {
  DatedChange,
  ReplicationSpread,
  WarmupSeries,
  WarmupSuggestion,
} from './analysis/warmup-suggestion.js';
export {
  isMaterial,
  MIN_BATCHES_TRUSTED,
  MIN_GAIN,
  pooledMean,
  suggestWarmup,
} from './analysis/warmup-suggestion.js';
export { welchMovingAverage } from './analysis/welch-moving-average.js';
export type { MetricSummary, Summary } from './batch/aggregate.js';
export {
  DEFAULT_LEVEL,
  SUMMARY_SCHEMA_VERSION,
  SummaryAccumulator,
  summarize,
  summarizeTally,
} from './batch/aggregate.js';
export { compareCodeUnits } from './batch/code-unit-order.js';
export { csvRecord } from './batch/csv.js';
export type {
  DailyBand,
  DailyEQueueBands,
  DailySummary,
  DailyVehicleBands,
} from './batch/daily-aggregate.js';
export {
  DailyAggregate,
  decodeDailySummary,
  EQUEUE_QUANTITIES,
  encodeDailySummary,
  VEHICLE_QUANTITIES,
} from './batch/daily-aggregate.js';
export { dailyTableRows } from './batch/daily-table.js';
export {
  decimalPlaces,
  fromScaledIntegers,
  MAX_DECIMAL_PLACES,
  scaledIntegers,
} from './batch/decimal-places.js';
export type { EncodedNumber } from './batch/lossless-number.js';
export { decodeNumber, encodeNumber, formatNumber, stringifyLossless } from './batch/lossless-number.js';
export type { OutputUnits } from './batch/output-units.js';
export { NO_UNITS, withUnit } from './batch/output-units.js';
export type { MetricComparison, PairedComparison } from './batch/paired-comparison.js';
export { COMPARISON_SCHEMA_VERSION, pairedComparison } from './batch/paired-comparison.js';
export { decodePrecision, encodePrecision } from './batch/precision-json.js';
export type {
  ModelModule,
  ReplicationOutput,
  ReplicationRunner,
  ReplicationSeries,
  ReplicationTask,
} from './batch/replication.js';
export { checkReplicationOutput } from './batch/replication.js';
export { formatReplicationList } from './batch/replication-list.js';
export { replicationsCsvHeader, replicationsCsvRow } from './batch/replications-table.js';
export type { Manifest, ManifestPrecision } from './batch/run-manifest.js';
export { MANIFEST_SCHEMA_VERSION } from './batch/run-manifest.js';
export type { RunSummaryOptions } from './batch/run-summary.js';
export { RunSummaryAccumulator, summarizeRun } from './batch/run-summary.js';
export type { SeriesPoint } from './batch/series-aggregate.js';
export { SeriesAggregate } from './batch/series-aggregate.js';
export type { ReplicationRange, Shard } from './batch/shards.js';
export { formatShard, parseShard, shardRange } from './batch/shards.js';
export { formatSummary, parseSummary } from './batch/summary-json.js';
export { EVENTS_PER_WORKER, estimatedEvents, workersForWork } from './batch/workers-for-work.js';
export { borderMetrics } from './border-metrics.js';
export { borderOutputUnits, scenarioCurrency } from './border-output-units.js';
export { borderReplicationOutput, runBorderReplicationTask } from './border-replication-output.js';
export type { DailyDetail, DailyEQueueDetail, DailyGroupDetail } from './daily-detail.js';
export { dailyDetail, readDailyDetail } from './daily-detail.js';
export type { DailyLevel, DailyTotals } from './daily-metrics.js';
export { dailyGroups, dailyMetrics } from './daily-metrics.js';
export { metricHeader, metricUnit } from './metric-unit.js';
export type { Chart, VegaLiteSpec } from './report/chart.js';
export { CHART_FONT, CHART_WIDTH, round4, topLevelSpec, VEGA_LITE_SCHEMA, withHalo } from './report/chart.js';
export type { DifferenceRow } from './report/comparison-chart.js';
export { comparisonChart, runLabel } from './report/comparison-chart.js';
export type { ComparedRun, ComparisonData } from './report/comparison-data.js';
export type { CostRow } from './report/cost-chart.js';
export { costChart } from './report/cost-chart.js';
export type { DailyClearanceRow } from './report/daily-clearances-chart.js';
export { dailyClearancesChart, leftOut } from './report/daily-clearances-chart.js';
export type { DailyDays } from './report/daily-days.js';
export { dailyDays } from './report/daily-days.js';
export type { DailyQueueRow } from './report/daily-queue-chart.js';
export { dailyQueueChart } from './report/daily-queue-chart.js';
export type { DerivedMetric } from './report/derived-metric.js';
export { DerivedTallies, summarizeDerived } from './report/derived-metric.js';
export type { HourCell } from './report/hourly-queue-chart.js';
export { busiestHoursShare, hourlyQueueChart } from './report/hourly-queue-chart.js';
export type { PairDifferenceRow } from './report/many-way-chart.js';
export { manyWayChart } from './report/many-way-chart.js';
export type { SampledValues } from './report/replication-sample.js';
export { ReplicationSample, SAMPLE_SIZE } from './report/replication-sample.js';
export type { PlottedSeries, RunCalibration, RunData, RunDataParts } from './report/run-data.js';
export { runData } from './report/run-data.js';
export type { StationInfo } from './report/run-ids.js';
export { classesOf, stationsOf } from './report/run-ids.js';
export type { ScenarioRecord } from './report/scenario-record.js';
export { SCENARIO_RECORD_SCHEMA_VERSION } from './report/scenario-record.js';
export { bucketFactor, bucketSeries, MAX_PLOTTED_POINTS } from './report/series-buckets.js';
export type { ShockMark } from './report/shock-layers.js';
export { shockLayers, shockMarks } from './report/shock-layers.js';
export { formatOffset, SimulatedClock } from './report/simulated-clock.js';
export type { SizeRow } from './report/size-chart.js';
export { sizeChart } from './report/size-chart.js';
export type { SizeData, SizePoint } from './report/size-data.js';
export type { SweepRow } from './report/sweep-chart.js';
export { paddedDomain, sweepChart } from './report/sweep-chart.js';
export type { SweepData, SweepPoint } from './report/sweep-data.js';
export { defaultSweepMetrics } from './report/sweep-data.js';
export type { ThroughputRow } from './report/throughput-chart.js';
export { throughputChart } from './report/throughput-chart.js';
export type { ThroughputTarget } from './report/throughput-target.js';
export { throughputTarget } from './report/throughput-target.js';
export type { SeriesRow } from './report/time-series-chart.js';
export { inPortChart, queueChart } from './report/time-series-chart.js';
export type { TornadoRow } from './report/tornado-chart.js';
export { assumptionLabel, tornadoChart } from './report/tornado-chart.js';
export type { UtilisationCell } from './report/utilisation-by-hour-chart.js';
export { utilisationByHourChart } from './report/utilisation-by-hour-chart.js';
export type { WaitRow } from './report/wait-distribution-chart.js';
export { WAIT_STATISTICS, waitDistributionChart } from './report/wait-distribution-chart.js';
export type { WarmupChartInput } from './report/warmup-chart.js';
export { WELCH_HALF_WINDOW_HOURS, warmupChart } from './report/warmup-chart.js';
export { roundSeries, SERIES_DECIMAL_PLACES } from './series-resolution.js';
export type { EvaluateLanes } from './sizing/lane-search.js';
export { searchLanes } from './sizing/lane-search.js';
export type { LaneVerdictOptions, TargetValues } from './sizing/lane-verdict.js';
export { laneVerdict } from './sizing/lane-verdict.js';
export {
  fmt,
  formatComparisonTable,
  formatSummaryTable,
  headlineMetrics,
  tableMetrics,
} from './summary-table.js';
export { sweepGrid, sweepPointName, sweepPointSettings, sweepPointValues } from './sweep/sweep-grid.js';
export type { SweepParam } from './sweep/sweep-param.js';
export { parseSweepParam } from './sweep/sweep-param.js';
export type { SweepResult } from './sweep/sweep-table.js';
export { sweepCsv } from './sweep/sweep-table.js';
export type { Target } from './target.js';
export { meets, parseTarget } from './target.js';
