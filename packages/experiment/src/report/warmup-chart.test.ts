import { loadScenario } from '@landport/scenarios';
import { describe, expect, it } from 'vitest';
import type { WarmupSuggestion } from '../analysis/warmup-suggestion.js';
import { warmupChart } from './warmup-chart.js';

const scenario = loadScenario('horgos-2024');

/** A year of daily points, MSER-5 at day 3, the search stopped by a change at day 300. */
const suggestion = {
  name: 'inSystem',
  label: 'vehicles in the port',
  unit: 'vehicles',
  start: 0,
  interval: 24,
  points: 365,
  cutBy: { label: 'monthly demand of carrier changes (2024-10)', at: 300 * 24 },
  pooled: null,
  suggested: 72,
  gain: null,
  perReplication: null,
} as unknown as WarmupSuggestion;

const chart = warmupChart({
  suggestion,
  pooled: Array.from({ length: 365 }, (_, i) => 90 + (i % 7)),
  warmUpInUse: 48,
  replications: 10,
  scenario,
});

type Layer = {
  data?: { values: { what: string }[] };
  mark?: { type: string; align?: string; dx?: number };
  encoding?: any;
};
const layers = (chart.spec as unknown as { layer: Layer[] }).layer;

describe('warmupChart', () => {
  it('writes a mark’s label away from the nearer edge, so a late mark’s label stays inside the plot', () => {
    const labels = layers.filter((l) => l.mark?.type === 'text' && l.encoding?.text?.field === 'what');
    const sideOf = (what: string) =>
      labels.find((l) => l.data!.values.some((m) => m.what.startsWith(what)))!.mark!;
    expect(sideOf('MSER-5')).toMatchObject({ align: 'left', dx: 5 });
    expect(sideOf('warm-up in use')).toMatchObject({ align: 'left', dx: 5 });
    expect(sideOf('search stopped')).toMatchObject({ align: 'right', dx: -5 });
  });

  it('has no nested parentheses in its title, and a y title that fits the plot by Vega’s estimate', () => {
    const title = (chart.spec as unknown as { title: { text: string } }).title.text;
    expect(title).toBe('Warm-up: vehicles in the port, daily values');
    const line = (layers[0] as unknown as { layer: Layer[] }).layer[1]!;
    expect(line.encoding.y.title.length * 0.8 * 12).toBeLessThanOrEqual(260);
    expect(line.encoding.y.title).toBe('vehicles');
  });
});
