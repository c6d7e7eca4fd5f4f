import type { Chart } from '@landport/experiment';
import { topLevelSpec } from '@landport/experiment';
import { loadScenario } from '@landport/scenarios';
import { describe, expect, it } from 'vitest';
import { type ReportPage, reportHtml } from './report-html.js';
import { vegaScripts } from './vega-scripts.js';

const hostile = '</script><script>alert(1)</script>';
const chart: Chart = {
  name: 'demo',
  title: 'A <demo> chart',
  caption: 'Read it & weep.',
  spec: topLevelSpec('Demo', {
    data: { values: [{ label: hostile, x: 1 }] },
    mark: 'point',
    encoding: { x: { field: 'x', type: 'quantitative' } },
  }),
};
const page: ReportPage = {
  title: 'Port <1>',
  facts: ['seed 1'],
  scenarios: [
    {
      heading: 'Scenario',
      record: {
        schemaVersion: 1,
        name: 'horgos-2024',
        scenario: loadScenario('horgos-2024'),
        sources: { '/stations/x/lanes': 'assumption: <guess>' },
      },
    },
  ],
  tableHeading: 'Summary',
  tableHtml: '<table></table>',
  charts: [chart],
  notes: ['No chart of costs.'],
};

describe('reportHtml', () => {
  const html = reportHtml(page, ['/* vega */', '/* vega-lite */', '/* embed */']);

  it('embeds every spec as JSON that no data can break out of', () => {
    expect(html).not.toContain(hostile);
    const json = /<script type="application\/json" id="landport-specs">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual({ demo: JSON.parse(JSON.stringify(chart.spec)) });
    // The three library scripts, the specs and the page's own script: nothing else runs.
    expect(html.match(/<script/g)).toHaveLength(5);
  });

  it('loads nothing from the network: no script source, stylesheet link or remote image', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link\s/);
    expect(html).not.toMatch(/<img\s/);
  });

  it('shows the scenario’s description and sources and escapes every text', () => {
    expect(html).toContain('<title>Port &lt;1&gt;</title>');
    expect(html).toContain('A &lt;demo&gt; chart');
    expect(html).toContain('Read it &amp; weep.');
    expect(html).toContain(loadScenario('horgos-2024').description!.slice(0, 40));
    expect(html).toContain('<td>/stations/x/lanes</td><td>assumption: &lt;guess&gt;</td>');
    expect(html).toContain('<li>No chart of costs.</li>');
  });
});

describe('vegaScripts', () => {
  it('inlines the browser builds of Vega, Vega-Lite and vega-embed, safe inside a script element', () => {
    const scripts = vegaScripts();
    expect(scripts).toHaveLength(3);
    expect(scripts[0]).toContain('vega');
    expect(scripts[2]).toContain('vegaEmbed');
    for (const s of scripts) expect(s).not.toMatch(/<\/script/i);
    // About 0.8 MB together: the cost of a report that opens offline.
    const bytes = scripts.reduce((a, s) => a + s.length, 0);
    expect(bytes).toBeGreaterThan(500_000);
    expect(bytes).toBeLessThan(2_000_000);
  });
});
