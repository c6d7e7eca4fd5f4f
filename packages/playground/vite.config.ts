import { defaultClientConditions, defineConfig } from 'vite';

// A static site: relative URLs (`base: './'`) so that dist/ works from any folder of any web
// server; Web Workers as ES modules, bundled like the page. The sibling packages are read from
// their TypeScript sources (the "@landport/source" export condition), so the site needs no `tsc -b`
// first and always runs the code in the working tree.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@landport/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // vega and vega-lite are most of the download (see docs/performance.md, "Playground"): one
    // chunk of about 1 MB is expected, not a mistake to warn about.
    chunkSizeWarningLimit: 2000,
  },
});
