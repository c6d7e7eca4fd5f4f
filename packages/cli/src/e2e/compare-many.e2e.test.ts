import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, landport, removeFolder, scratchFolder } from './landport-process.js';

// M/M/c with an offered load of 4 erlangs: more lanes, less wait (Erlang C: c = 5: 2.22 min,
// c = 6: 0.57 min, c = 7: 0.18 min), and on common random numbers the ordering shows in 8
// replications of 2 days.
const WAIT = 'station.server.waitHours.mean';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('compare-many');
});
afterAll(() => removeFolder(dir));

function comparisons(folder: string) {
  return JSON.parse(readFileSync(join(folder, 'comparisons.json'), 'utf8'));
}

describe('landport compare with many variants', () => {
  it('orders lanes 5 > 6 > 7 in wait with Holm-adjusted intervals, selects 8 lanes, and calls an identical variant not different', async () => {
    const out = join(dir, 'lanes');
    const args = ['compare', join(FIXTURES, 'mmc.yaml'), '-r', '8', '--quiet', '--no-charts', '--out', out];
    for (const lanes of [5, 6, 7]) args.push('--variant', `stations.server.lanes=${lanes}`);
    args.push(
      '--variant',
      'stations.server.lanes=8',
      '--pairs',
      'all',
      '--select',
      `${WAIT}=min`,
      '--delta',
      '0.05',
    );
    const result = await landport(args, dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Holm-adjusted');
    const c = comparisons(out);
    expect(c.adjustment).toBe('holm');
    const pair = (a: number, b: number) =>
      c.metrics[WAIT].find((p: { a: number; b: number }) => p.a === a && p.b === b);
    // v1 = 5 lanes, v2 = 6, v3 = 7; a − b > 0 means a waits longer.
    for (const [a, b] of [
      [2, 1],
      [3, 1],
      [3, 2],
    ] as const) {
      expect(pair(a, b).upper).toBeLessThan(0);
      expect(pair(a, b).different).toBe(true);
    }
    // v0 (the scenario's 8 lanes) and v4 (lanes=8) are the same system on the same numbers.
    expect(pair(4, 0)).toMatchObject({ difference: 0, different: false });
    expect(
      Object.values(c.metrics)
        .flat()
        .some((p: any) => p.a === 4 && p.b === 0 && p.different),
    ).toBe(false);
    expect(c.selection.best === 0 || c.selection.best === 4).toBe(true);
    expect(c.selection.subset).not.toContain(1);
  });

  it('refuses a bad --adjust with exit 2, naming the option, the value and what is expected', async () => {
    const result = await landport(
      ['compare', join(FIXTURES, 'mmc.yaml'), '--variant', 'stations.server.lanes=7', '--adjust', 'sidak'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--adjust "sidak": expected holm or bonferroni.');
  });
});
