import { defaultClientConditions, defineConfig } from 'vite';
import { classicScripts } from './classic-scripts-plugin.js';

// A static site that works both served by any web server and opened from a file (`file://`, where
// browsers refuse ES modules, CORS-mode loads and workers from file URLs; see docs/playground.md):
// relative URLs (`base: './'`), so that dist/ works from any folder; the page one classic script
// (an IIFE: there are no dynamic imports to split on) loaded with `<script defer>`; the Web Worker
// a classic script too, inlined into the page and started from a Blob URL (worker-pool.ts). The
// sibling packages are read from their TypeScript sources (the "@landport/source" export
// condition), so the site needs no `tsc -b` first and always runs the code in the working tree.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@landport/source', ...defaultClientConditions] },
  plugins: [classicScripts()],
  worker: { format: 'iife' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No module preload polyfill (there are no modules), and the CSS as its own file, linked from
    // the page's head, rather than injected by the script (an IIFE build's default).
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: { output: { format: 'iife' } },
    // vega and vega-lite are most of the download (see docs/performance.md, "Playground"): one
    // chunk of about 1.5 MB is expected, not a mistake to warn about.
    chunkSizeWarningLimit: 2000,
  },
});
