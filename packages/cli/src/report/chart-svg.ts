import type { VegaLiteSpec } from '@landport/experiment';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** What compiling a Vega-Lite spec said: the Vega spec and every warning on the way. */
export interface CompiledSpec {
  /** The Vega spec. */
  readonly vega: ReturnType<typeof compile>['spec'];
  /** Vega-Lite's warnings (a dropped channel, an incompatible mark, ...): a correct spec has none. */
  readonly warnings: readonly string[];
}

/**
 * Compiles `spec` to Vega, collecting Vega-Lite's warnings instead of printing them; an error
 * (an invalid spec Vega-Lite cannot compile) throws. Warnings matter: Vega-Lite drops what it
 * cannot use (a misspelt channel, a mark property of the wrong mark) and carries on, so a spec
 * with warnings draws something other than what was written.
 */
export function compileSpec(spec: VegaLiteSpec): CompiledSpec {
  const warnings: string[] = [];
  const logger = {
    level(): any {
      return logger;
    },
    warn(...args: readonly unknown[]): any {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info(): any {
      return logger;
    },
    debug(): any {
      return logger;
    },
    error(...args: readonly unknown[]): any {
      throw new Error(`Vega-Lite: ${args.map(String).join(' ')}`);
    },
  };
  const { spec: vega } = compile(spec as unknown as TopLevelSpec, { logger });
  return { vega, warnings };
}

/**
 * Renders `spec` to an SVG document in Node with Vega's headless SVG renderer: no browser, no
 * canvas. Text is laid out with Vega's width estimate (no font metrics without a canvas), close
 * enough for DejaVu Sans at chart sizes. Throws if the spec compiles with warnings, so a broken
 * chart never ships silently. It draws a copy: Vega tags each data object it renders (a symbol
 * key), which would otherwise change the caller's spec.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const { vega, warnings } = compileSpec(structuredClone(spec));
  if (warnings.length > 0) {
    throw new Error(`the chart spec compiles with warnings: ${warnings.join('; ')}`);
  }
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
