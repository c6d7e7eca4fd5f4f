import type { Chart } from '@landport/experiment';
import embed, { type Result } from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import { downloadUrl } from './downloads.js';

/**
 * Draws `chart` (a Vega-Lite spec from the experiment layer, data inlined) into `figure` with
 * vega-embed, as SVG so that it can be read and saved, under the report's heading for it, with its
 * caption under it and
 * buttons to save it as PNG (2× resolution) or SVG. Replaces whatever the figure held, and returns
 * the view so that the caller can finalize it before drawing again.
 */
export async function drawChart(figure: HTMLElement, chart: Chart, fileStem: string): Promise<Result> {
  const heading = document.createElement('h3');
  heading.textContent = chart.title;
  const holder = document.createElement('div');
  const caption = document.createElement('figcaption');
  caption.textContent = chart.caption;
  const buttons = document.createElement('div');
  buttons.className = 'row chart-downloads';
  const result = await embed(holder, chart.spec as unknown as TopLevelSpec, {
    renderer: 'svg',
    actions: false,
    // Everything is inlined: no loader may fetch anything (the page makes no request outside itself).
    loader: { http: { credentials: 'omit' } },
  });
  for (const format of ['png', 'svg'] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Save ${format.toUpperCase()}`;
    button.addEventListener('click', async () => {
      const url = await result.view.toImageURL(format, format === 'png' ? 2 : 1);
      downloadUrl(url, `${fileStem}-${chart.name}.${format}`);
    });
    buttons.append(button);
  }
  figure.replaceChildren(heading, holder, caption, buttons);
  figure.dataset.chart = chart.name;
  figure.dataset.title = chart.title;
  return result;
}
