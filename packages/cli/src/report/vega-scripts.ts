import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The browser builds inlined in a report, in load order: each UMD file defines a global
 * (`vega`, `vegaLite`, `vegaEmbed`) that the next one uses. vega-embed's build bundles its
 * tooltip handler, so tooltips need nothing else. About 830 kB together: the price of a report
 * that opens offline, from disk or an e-mail attachment, with no CDN.
 */
const BUNDLES = [
  ['vega', 'vega.min.js'],
  ['vega-lite', 'vega-lite.min.js'],
  ['vega-embed', 'vega-embed.min.js'],
] as const;

let cached: string[] | null = null;

/**
 * The texts of the Vega, Vega-Lite and vega-embed browser builds, ready to sit inside `<script>`
 * elements. Found beside each package's entry point (the packages' `exports` do not expose the
 * files themselves, so they are located from the resolved entry rather than by subpath).
 * A `</script` in the code would end the element early: it is written `<\/script`, which means
 * the same in a JavaScript string or regular expression.
 */
export function vegaScripts(): readonly string[] {
  if (cached !== null) return cached;
  cached = BUNDLES.map(([pkg, file]) => {
    const path = join(dirname(require.resolve(pkg)), file);
    return readFileSync(path, 'utf8').replace(/<\/script/gi, '<\\/script');
  });
  return cached;
}
