import { describe, expect, it } from 'vitest';
import { comparisonHtml, runSummaryHtml, sizeHtml } from './summary-tables.js';
import { comparison, metric, sizeDocument, summary } from './test-model/synthetic-results.js';

describe('report tables', () => {
  it('show the headline metrics with their intervals first, and every metric in a collapsed section', () => {
    const html = runSummaryHtml(
      summary({
        events: metric(1e5, 10),
        throughputPerDay: metric(512.34, 3.2),
        'station.g.utilisation': metric(0.5, Infinity, 1),
      }),
    );
    const [headlines, all] = html.split('<details>');
    expect(headlines).toContain(
      '<td>throughputPerDay</td><td class="n">512.3</td><td class="n">[509.1, 515.5]</td>',
    );
    expect(headlines).toContain('<td>station.g.utilisation</td><td class="n">0.5</td><td class="n">–</td>');
    expect(headlines).not.toContain('events');
    expect(all).toContain('All 3 metrics');
    expect(all).toContain('<td>events</td>');
  });

  it('show a comparison’s A, B and A − B, leaving out metrics never finite in both', () => {
    const html = comparisonHtml(comparison(), 'a', 'b');
    expect(html).toContain(
      '<td>throughputPerDay</td><td class="n">500</td><td class="n">520</td><td class="n">-20</td><td class="n">[-26, -14]</td>',
    );
    expect(html).not.toContain('class.car.cost.perVehicle');
  });

  it('show a sizing’s lane counts and its answer', () => {
    const html = sizeHtml({ ...sizeDocument(), folder: '', scenario: null });
    expect(html).toContain('Smallest lane count meeting the target: <strong>5</strong>');
    expect(html).toContain(
      '<td>4</td><td class="n">1.9</td><td class="n">[1.7, 2.1]</td><td class="n">80</td><td class="n">unclear</td>',
    );
  });
});
