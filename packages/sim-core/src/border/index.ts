// The border-crossing model: `@landport/sim-core/border`. The engine never imports from here.
// It runs a scenario already validated and resolved (`Scenario`, in minutes): reading and
// validating scenario files is `@landport/scenario-format`'s job, so this entry needs neither
// zod nor yaml.
export * from './model/index.js';
export { DIRECTIONS, type Direction } from './scenario/direction.js';
export type * from './scenario/types.js';
