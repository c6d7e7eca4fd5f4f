/**
 * A Vega-Lite top-level spec as plain JSON data. The experiment layer builds specs without
 * depending on vega-lite; whoever draws them (the CLI's renderer, vega-embed in a page) reads them
 * as vega-lite's `TopLevelSpec`.
 */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly [key: string]: unknown;
}

/** The `$schema` of every spec: Vega-Lite 6 (a reference for editors; nothing is fetched). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The font of every chart. DejaVu Sans first because the PNGs are rendered with exactly that font
 * (see `fontFiles`), so the sizes Vega lays out for match what is drawn; browsers without it fall
 * back to their sans-serif.
 */
export const CHART_FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

/** Width of the plotting area of full-width charts, pixels (fits an A4 page and a slide at 2×). */
export const CHART_WIDTH = 640;

/** One chart of a report: a Vega-Lite spec with its data inlined, and how to read it. */
export interface Chart {
  /** File name stem under charts/, e.g. `wait-distribution`. */
  readonly name: string;
  /** Title shown above the chart in the report. */
  readonly title: string;
  /** One or two sentences on how to read the chart, shown under it. */
  readonly caption: string;
  /** The spec, self-contained: data inlined, no URLs. */
  readonly spec: VegaLiteSpec;
}

/**
 * A complete top-level spec: `body` with the schema, the shared configuration and a title. The
 * config is inlined in every spec (rather than passed at render time) so that a `.vl.json` file
 * renders the same in the Vega editor, in the report and in Node.
 */
export function topLevelSpec(title: string, body: Record<string, unknown>): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: 'start', fontSize: 14 },
    background: 'white',
    padding: 8,
    config: {
      font: CHART_FONT,
      axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridOpacity: 0.5 },
      legend: { labelFontSize: 11, titleFontSize: 12 },
      header: { labelFontSize: 11, titleFontSize: 12 },
      view: { stroke: null },
    },
    ...body,
  };
}

/** Rounds `x` to 4 significant digits for inlined data: smaller files, and exact values stay in the results. */
export function round4(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return x === 0 ? 0 : Number(x.toPrecision(4));
}

/**
 * A text layer drawn twice, first as a thick white outline without tooltip, so that the label
 * stays legible where it crosses a line, a rule or a point (shock labels run across the series;
 * the chosen lane count's rule crosses the target's label).
 */
export function withHalo(layer: {
  data: unknown;
  mark: Record<string, unknown>;
  encoding: Record<string, unknown>;
}): object[] {
  const { tooltip: _, ...plain } = layer.encoding;
  return [
    {
      data: layer.data,
      mark: { ...layer.mark, stroke: 'white', strokeWidth: 4, strokeOpacity: 0.9 },
      encoding: plain,
    },
    layer,
  ];
}
