// The border-crossing model: `@landport/sim-core/border`. The engine never imports from here.
export * from './model/index.js';
export * from './scenario/index.js';
