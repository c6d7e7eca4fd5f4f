// The worker entry for a model written in TypeScript that has no current build (a user's model,
// with the CLI run from its source through `node --import tsx`): the built worker
// (dist/bundle/worker.js, the same code), with tsx's hooks registered so that it can import the
// model. source-threads.ts decides when it is needed; the tests' models and border-replication.ts
// have builds and do not use it.
//
// Why the built worker and not worker.ts: loading worker.ts and everything it imports through tsx
// cost each thread about a second of CPU (some 200 modules through the loader's hooks), against
// about 0.1 s for the bundle and the hooks. The pool starts the threads without vitest's
// `@landport/source` condition (source-threads.ts), so the model's imports of workspace packages
// resolve to their builds as well; run `pnpm build` first.
//
// Node 20 does not apply module hooks to worker threads: `execArgv: ['--import', 'tsx']` leaves a
// worker unable to load .ts files (ERR_UNKNOWN_FILE_EXTENSION; nodejs/node#47747). tsx's
// `register` installs them from inside the worker instead. The built package never uses this
// file: there the worker is dist/batch/worker.js itself.
import { register } from 'tsx/esm/api';

// source-threads.ts has checked that the build exists.
register();
const worker = await import(new URL('../../dist/bundle/worker.js', import.meta.url).href);
export default worker.default;
