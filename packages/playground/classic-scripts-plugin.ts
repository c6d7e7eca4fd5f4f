import type { Plugin } from 'vite';

/**
 * Makes the built page load as classic scripts, so that it also works opened from a file: from a
 * `file://` page, whose origin is opaque, Chromium refuses ES-module scripts and any script or
 * stylesheet fetched in CORS mode (Vite's `crossorigin`). Vite writes its entry as `<script
 * type="module" crossorigin>` whatever the output format; with the bundle built as one IIFE
 * (vite.config.ts) the same file runs as `<script defer>`, which, like a module, runs once the page
 * is parsed. Fails the build if any module script or `crossorigin` is left, rather than ship a page
 * that breaks only from a file.
 */
export function classicScripts(): Plugin {
  return {
    name: 'landport:classic-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const classic = html
          .replaceAll('<script type="module" crossorigin src=', '<script defer src=')
          .replaceAll('<link rel="stylesheet" crossorigin href=', '<link rel="stylesheet" href=');
        const left = /type="module"|crossorigin/.exec(classic);
        if (left !== null)
          throw new Error(`classic-scripts: the built page still has ${left[0]} (Vite's output changed?)`);
        return classic;
      },
    },
  };
}
