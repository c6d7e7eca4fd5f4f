import { Resvg } from '@resvg/resvg-js';
import { UsageError } from '../usage-error.js';

/** Pixels per SVG unit of the PNGs: 2× reads sharply on slides and prints at about 150 dpi on A4. */
export const PNG_SCALE = 2;

/** A rasterised chart: the PNG file and its raw pixels (for checks). */
export interface Raster {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /**
   * RGBA, 4 bytes per pixel, row by row: copied out of resvg when first read, since only checks
   * read it and a chart's copy (several MB at 2×) cost about 9 ms, a tenth of drawing its PNG.
   */
  readonly pixels: Buffer;
}

/**
 * Rasterises an SVG chart with resvg, drawing text with exactly `fontFiles` (see `findFontFiles`)
 * and no system font, so the PNG does not depend on the machine. resvg maps the generic
 * `sans-serif` to DejaVu Sans, the font the chart config names first.
 *
 * @throws UsageError if `fontFiles` is empty (no fonts installed): resvg would draw the chart without any text.
 */
export function rasterise(svg: string, fontFiles: readonly string[], scale = PNG_SCALE): Raster {
  if (fontFiles.length === 0) {
    throw new UsageError(
      'rasterise: no font files given; without fonts the PNG would have no text. Install DejaVu (fonts-dejavu-core) or set LANDPORT_FONT_DIR.',
    );
  }
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    logLevel: 'off',
  });
  const image = resvg.render();
  let pixels: Buffer | undefined;
  return {
    png: image.asPng(),
    width: image.width,
    height: image.height,
    // resvg copies the buffer at each read of image.pixels: read it once.
    get pixels() {
      pixels ??= image.pixels;
      return pixels;
    },
  };
}
