/**
 * Zod's compiled fast path off for this process: imported first by main.ts, so that it runs
 * before any command loads zod. (In the bundle it runs after main's static imports, which is as
 * good: none of them loads zod, as the start-up test's `--help` case checks; commands are loaded
 * later, by `import()`.)
 *
 * Why: the CLI reads and checks a scenario once per process, and compiling each object schema's
 * fast path with `new Function` first costs more than it saves (~20 ms of CPU in `validate`, 5%).
 * `jitless` turns that off; the checks and their messages are the same. This writes zod's shared
 * configuration (what `z.config({ jitless: true })` writes) without importing zod, so that
 * `--help` still loads none of it; library users of the scenario format are unaffected.
 * zod-jitless.test.ts fails if a zod update stops reading it.
 */
const global = globalThis as { __zod_globalConfig?: Record<string, unknown> };
global.__zod_globalConfig = { ...global.__zod_globalConfig, jitless: true };
