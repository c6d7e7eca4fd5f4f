import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSharedRun, encodeSharedRun, type SharedRun } from './share-link.js';

const run = fc.record({
  scenario: fc.oneof(
    fc.record({ name: fc.string({ minLength: 1 }) }),
    fc.record({ text: fc.string({ unit: 'grapheme', maxLength: 2000 }) }),
  ),
  overrides: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 6 }),
  seed: fc.string({ unit: 'grapheme', minLength: 1 }),
  replications: fc.integer({ min: 1, max: 100_000 }),
}) as fc.Arbitrary<SharedRun>;

describe('share links', () => {
  it('decodeSharedRun(encodeSharedRun(run)) gives the run back, overrides in order', async () => {
    await fc.assert(
      fc.asyncProperty(run, async (r) => {
        expect(await decodeSharedRun(await encodeSharedRun(r))).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a built-in scenario by name, readable in the address bar', async () => {
    const hash = await encodeSharedRun({
      scenario: { name: 'horgos-2024' },
      overrides: ['calendar.horizon=20d', 'stations.kz-control.lanes=12'],
      seed: '7',
      replications: 4,
    });
    expect(hash).toBe(
      '#scenario=horgos-2024&set=calendar.horizon%3D20d&set=stations.kz-control.lanes%3D12&seed=7&replications=4',
    );
  });

  it('deflates a pasted scenario: a repetitive 30 kB YAML file fits in a few kB of link', async () => {
    const text = Array.from({ length: 600 }, (_, i) => `  - { id: station-${i}, lanes: ${i % 7} }`).join(
      '\n',
    );
    const hash = await encodeSharedRun({ scenario: { text }, overrides: [], seed: '1', replications: 1 });
    expect(text.length).toBeGreaterThan(20_000);
    expect(hash.length).toBeLessThan(text.length / 4);
    expect(hash).toMatch(/^#text=[A-Za-z0-9_-]+&seed=1&replications=1$/);
  });

  it('reads a hash with no scenario as no run, and names a malformed parameter', async () => {
    expect(await decodeSharedRun('')).toBeNull();
    expect(await decodeSharedRun('#seed=3')).toBeNull();
    await expect(decodeSharedRun('#scenario=x&replications=0')).rejects.toThrow(/replications="0"/);
    await expect(decodeSharedRun('#text=AAAA&replications=1')).rejects.toThrow(/damaged/);
  });
});
