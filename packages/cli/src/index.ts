// The public API of @landport/cli: the program and the batch machinery, for scripts. This file only re-exports.
export * from './batch/index.js';
export { BORDER_MODEL_URL, runReplication } from './border-replication.js';
export { main } from './main.js';
export { createProgram } from './program.js';
export { loadScenarioSource, type ScenarioSource } from './scenario-source.js';
export { parseTarget, type Target } from './target.js';
export { UsageError } from './usage-error.js';
