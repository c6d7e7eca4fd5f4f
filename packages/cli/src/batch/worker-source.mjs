// The worker entry when the CLI runs from its TypeScript source (vitest, `node --import tsx`).
//
// Node 20 does not apply module hooks to worker threads: `execArgv: ['--import', 'tsx']` leaves a
// worker unable to load .ts files (ERR_UNKNOWN_FILE_EXTENSION; nodejs/node#47747). tsx's
// `tsImport` registers its hooks from inside the worker instead, and they also cover what
// worker.ts imports, including the model module loaded by URL. The built package never uses this
// file: there the worker is dist/batch/worker.js.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./worker.ts', import.meta.url);
export default worker.default;
