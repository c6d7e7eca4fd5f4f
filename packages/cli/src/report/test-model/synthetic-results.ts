/**
 * Small hand-made results of `compare`, `sweep` and `size`, for tests of their charts and reports
 * that need no simulation: the numbers are chosen to exercise each chart's cases (an interval
 * excluding zero and one including it, a metric equal in every pair, a missing point).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  MetricComparison,
  MetricSummary,
  PairedComparison,
  SizeData,
  Summary,
} from '@landport/experiment';
import { stringifyLossless } from '@landport/experiment';
import { createManifest, writeManifest } from '../../batch/manifest.js';

/** A metric summary with the given mean and half-width over n replications. */
export function metric(mean: number, halfWidth: number, n = 10): MetricSummary {
  return {
    n,
    missing: 0,
    mean,
    sd: halfWidth,
    halfWidth,
    lower: mean - halfWidth,
    upper: mean + halfWidth,
    min: mean,
    max: mean,
  };
}

/** A summary of the given metrics. */
export function summary(metrics: Record<string, MetricSummary>, replications = 10): Summary {
  return { schemaVersion: 1, replications, level: 0.95, metrics };
}

function difference(meanA: number, meanB: number, halfWidth: number, n = 10): MetricComparison {
  const d = meanA - meanB;
  return {
    n,
    meanA,
    meanB,
    difference: d,
    sd: halfWidth === 0 ? 0 : halfWidth,
    halfWidth,
    lower: d - halfWidth,
    upper: d + halfWidth,
    varianceRatio: 0.2,
    correlation: 0.9,
    unpairedHalfWidth: halfWidth * 2,
  };
}

/** A comparison: throughput differs, a wait does not (its interval holds 0), one wait is 0 in both. */
export function comparison(): PairedComparison {
  return {
    schemaVersion: 1,
    replications: 10,
    level: 0.95,
    metrics: {
      events: difference(100, 90, 1),
      'station.gate.waitHours.mean': difference(1.5, 1, 0.8),
      'station.road.waitHours.mean': difference(0, 0, 0),
      'class.car.cost.perVehicle': { ...difference(0, 0, 0, 0), n: 0 },
      throughputPerDay: difference(500, 520, 6),
    },
  };
}

/** A sweep of `stations.gate.lanes` over 2, 3, 4: the wait falls, utilisation falls, throughput flat. */
export function sweepDocument(): Record<string, unknown> {
  const point = (lanes: number, wait: number, busy: number) => ({
    values: { 'stations.gate.lanes': String(lanes) },
    folder: `results/sweep-x/gate.lanes=${lanes}`,
    summary: summary({
      throughputPerDay: metric(480, 5),
      'station.gate.waitHours.p95': metric(wait, wait / 10),
      'station.road.waitHours.p95': metric(0, 0),
      'station.gate.utilisation': metric(busy, 0.01),
      events: metric(1e5, 10),
    }),
  });
  return {
    schemaVersion: 1,
    params: ['stations.gate.lanes'],
    replications: 10,
    seed: 1,
    points: [point(2, 6, 0.9), point(3, 1.5, 0.6), point(4, 0.2, 0.45)],
  };
}

/** A sizing of `gate` for p95 wait < 2 h: 3 lanes fail, 4 are unclear, 5 meet; 2 served nobody. */
export function sizeDocument(): Omit<SizeData, 'folder' | 'scenario'> & { schemaVersion: number } {
  return {
    schemaVersion: 1,
    station: 'gate',
    target: { metric: 'station.gate.waitHours.p95', op: '<', value: 2, text: 'p95 wait < 2h' },
    level: 0.95,
    seed: 1,
    lanes: 5,
    curve: [
      {
        lanes: 2,
        replications: 10,
        mean: Number.NaN,
        lower: Number.NaN,
        upper: Number.NaN,
        verdict: 'fails',
      },
      { lanes: 3, replications: 10, mean: 4, lower: 3, upper: 5, verdict: 'fails' },
      { lanes: 4, replications: 80, mean: 1.9, lower: 1.7, upper: 2.1, verdict: 'unclear' },
      { lanes: 5, replications: 10, mean: 0.8, lower: 0.6, upper: 1, verdict: 'meets' },
    ],
  };
}

/** Writes a compare, a sweep and a size folder under `root`, as the commands would; returns their paths. */
export function writeSyntheticFolders(root: string): { compare: string; sweep: string; size: string } {
  const compare = join(root, 'compare');
  for (const side of ['a', 'b']) {
    mkdirSync(join(compare, side), { recursive: true });
    writeManifest(
      join(compare, side),
      createManifest({
        scenarioName: `port-${side}`,
        scenario: { side },
        seed: 1,
        replications: 10,
        landportVersion: '0.0.0-test',
      }),
    );
  }
  writeFileSync(join(compare, 'comparison.json'), `${stringifyLossless(comparison())}\n`);
  const sweep = join(root, 'sweep');
  mkdirSync(sweep, { recursive: true });
  writeFileSync(join(sweep, 'sweep.json'), `${stringifyLossless(sweepDocument())}\n`);
  const size = join(root, 'size');
  mkdirSync(size, { recursive: true });
  writeFileSync(join(size, 'size.json'), `${stringifyLossless(sizeDocument())}\n`);
  return { compare, sweep, size };
}
