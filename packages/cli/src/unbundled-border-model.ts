/**
 * The border model's module as `tsc` built it, file by file, for the worker threads of long batches.
 *
 * Why not the bundle's: esbuild turns every top-level `const` of the modules it bundles into a
 * `var` (deliberately, and without an option to keep them). V8 folds a module's `const` bindings
 * into optimised code as constants — the journey's step numbers, the calendar's priorities, the
 * math's coefficients and typed-array views, the classes — but must reload a `var` from its
 * context slot and check it again at every use. A replication-year of horgos-2024 ran 5–12% slower
 * from the bundle than from these modules in the same thread, and as fast again when the bundle's
 * declarations were put back to `const` by hand (docs/performance.md, "Worker threads of long
 * batches load the modules tsc built"). The bundle still serves short runs, whose threads start
 * about 0.1 CPU-s sooner from one file than from some sixty.
 *
 * This module is not one of the two the bundler leaves naming their bundled files (the worker
 * entries, see scripts/bundle.mjs), so `import.meta.url` here is this file's own in dist/ even
 * in the bundle, and the model beside it is the built one. From the TypeScript source (tests) it
 * names the source, as BORDER_MODEL_URL does.
 */
export const UNBUNDLED_BORDER_MODEL_URL = new URL(
  import.meta.url.endsWith('.ts') ? './border-replication.ts' : './border-replication.js',
  import.meta.url,
);
