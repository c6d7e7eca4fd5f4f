// The public API of @landport/scenario-format: reading, changing and validating a scenario as
// written, up to the typed `Scenario` the border model runs. No Node API: it runs in a browser.
export { type ArrivalsInput, arrivals, rateTable } from './arrivals.js';
export { type CalendarInput, calendar } from './calendar.js';
export { type CongestionFeeInput, congestionFee } from './congestion-fee.js';
export { type CostsInput, costs, demurrage, fee } from './costs.js';
export { direction } from './direction.js';
export {
  type CountDistributionInput,
  countDistribution,
  resolveCountDistribution,
  resolveTimeDistribution,
  type TimeDistributionInput,
  timeDistribution,
} from './distribution.js';
export { type DriversInput, drivers } from './drivers.js';
export { parseDurationShorthand, readDurationShorthand } from './duration-shorthand.js';
export { EQUEUE_ARRIVALS, EQUEUE_LATE_RULES, type EQueueInput, equeue } from './equeue.js';
export { type FleetInput, fleet } from './fleet.js';
export { scenarioJsonSchema } from './json-schema.js';
export { type OpeningHoursInput, openingHours, WEEKDAYS, type Weekday } from './opening-hours.js';
export { applyOverrides, type Override, OverrideError, parseOverride } from './overrides.js';
export { type ParseScenarioOptions, parseScenario, readScenarioText } from './parse.js';
export { QUOTA_EVENTS, QUOTA_LEFTOVERS, type QuotaInput, quota } from './quota.js';
export { EXIT, type RouteInput, route } from './route.js';
export { formatIssues, MAX_PRINTED_ISSUES, MAX_REPORTED_ISSUES, ScenarioError } from './scenario-error.js';
export type { ScenarioIssue } from './scenario-issue.js';
export { type ParsedScenario, type ScenarioInput, scenarioSchema } from './schema.js';
export { setNumberAtSetPath, valueAtSetPath } from './set-path.js';
export { policyShock, SHOCK_CHANGES, type ShockInput } from './shocks.js';
export { dropShocksAfterHorizon } from './shocks-within-horizon.js';
export { type SideInput, side } from './side.js';
export { type StationInput, station } from './station.js';
export {
  type DurationInput,
  duration,
  type MoneyInput,
  money,
  type RateInput,
  rate,
  toMinutes,
  toPerMinute,
} from './units.js';
export { validateScenario } from './validate.js';
export { type VehicleClassInput, vehicleClass } from './vehicle-class.js';
