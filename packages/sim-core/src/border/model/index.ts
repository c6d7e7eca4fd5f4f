export type { BorderRunOptions } from './border-model.js';
export { BorderModel } from './border-model.js';
export type { CostComponent, CostTotals } from './cost-ledger.js';
export { COST_COMPONENTS } from './cost-ledger.js';
export type { DailyClassSeries, DailyEQueueSeries, DailyResult } from './daily-series.js';
export type { DurationSummary } from './duration-stats.js';
export type {
  BorderReplicationResult,
  ClassResult,
  DirectionResult,
  DriverResult,
  EQueueResult,
  FleetResult,
  PortResult,
  StationResult,
  StorageResult,
} from './replication-result.js';
export { runBorderReplication } from './run-border-replication.js';
export { estimateRunCost, type RunCost } from './run-cost.js';
