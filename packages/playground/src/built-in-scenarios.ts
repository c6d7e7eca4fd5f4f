/**
 * The shipped scenarios' YAML texts, bundled into the page (the scenarios registry reads them with
 * node:fs, which a browser has not). Eager: the page must work offline once loaded, so no scenario
 * may wait for a later download.
 */
const FILES = import.meta.glob<string>('../../scenarios/data/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The built-in scenarios by name (the file's base name, as `landport run <name>` takes it). */
export const BUILT_IN_SCENARIOS: ReadonlyMap<string, string> = new Map(
  Object.entries(FILES)
    .map(([path, text]) => [path.replace(/^.*\//, '').replace(/\.yaml$/, ''), text] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
