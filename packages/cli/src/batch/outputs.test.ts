import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSummary } from '@landport/experiment';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderedResults } from './ordered-results.js';
import { type OutputUnits, REPLICATIONS_CSV, SERIES_CSV, SUMMARY_FILE, writeOutputs } from './outputs.js';
import { decodeReplicationLine } from './replication-line.js';
import { LOG_FILE, ResultsLog } from './results-log.js';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'landport-outputs-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function writeFrom(outputs: Parameters<ResultsLog['append']>[0][], units?: OutputUnits) {
  const log = ResultsLog.create(folder);
  for (const output of outputs) log.append(output);
  log.close();
  return writeOutputs(folder, new OrderedResults([log.index]), undefined, units);
}

describe('writeOutputs', () => {
  it('writes one CSV row per replication in replication order, metrics sorted, numbers exact', () => {
    writeFrom([
      { replication: 1, metrics: { 'wait,p95': Number.NaN, b: 0.1 + 0.2 } },
      { replication: 0, metrics: { b: -0, a: 1e-7 } },
      { replication: 2, metrics: { b: Number.POSITIVE_INFINITY, a: 2 } },
    ]);
    expect(readFileSync(join(folder, REPLICATIONS_CSV), 'utf8')).toBe(
      'replication,a,b,"wait,p95"\n0,1e-7,-0,\n1,,0.30000000000000004,NaN\n2,2,Infinity,\n',
    );
  });

  it('names the unit of each column in its header, where the model states one', () => {
    writeFrom(
      [
        {
          replication: 0,
          metrics: { waitHours: 2, cost: 5, id: 7 },
          series: [{ name: 'q', start: 0, interval: 1, values: [1] }],
        },
      ],
      {
        metric: (name) => ({ waitHours: 'h', cost: 'USD' })[name] ?? '',
        seriesValue: 'vehicles',
        seriesTime: 'h',
      },
    );
    expect(readFileSync(join(folder, REPLICATIONS_CSV), 'utf8')).toBe(
      'replication,cost (USD),id,waitHours (h)\n0,5,7,2\n',
    );
    expect(readFileSync(join(folder, SERIES_CSV), 'utf8').split('\n')[0]).toBe(
      'series,index,time (h),n,mean (vehicles),sd (vehicles),lower (vehicles),upper (vehicles),min (vehicles),max (vehicles)',
    );
  });

  it('writes the mean series with its band, and a summary that reads back exactly', () => {
    const summary = writeFrom([
      { replication: 0, metrics: { w: 1 }, series: [{ name: 'q', start: 0, interval: 60, values: [1, 2] }] },
      { replication: 1, metrics: { w: 3 }, series: [{ name: 'q', start: 0, interval: 60, values: [3] }] },
    ]);
    const series = readFileSync(join(folder, SERIES_CSV), 'utf8').split('\n');
    expect(series[0]).toBe('series,index,time,n,mean,sd,lower,upper,min,max');
    expect(series[1]).toMatch(/^q,0,0,2,2,1\.414213562373095\d,-10\.7\d+,14\.7\d+,1,3$/);
    expect(series[2]).toBe('q,1,60,1,2,NaN,-Infinity,Infinity,2,2');
    const text = readFileSync(join(folder, SUMMARY_FILE), 'utf8');
    expect(parseSummary(text)).toEqual(summary);
    expect(text).toContain('"missing": 0');
  });

  it('writes "NaN" and "Infinity" in summary.json for statistics that have no value', () => {
    writeFrom([{ replication: 0, metrics: { once: 5, never: Number.NaN } }]);
    const document = JSON.parse(readFileSync(join(folder, SUMMARY_FILE), 'utf8'));
    expect(document.metrics.once).toMatchObject({
      n: 1,
      sd: 'NaN',
      halfWidth: 'Infinity',
      lower: '-Infinity',
    });
    expect(document.metrics.never).toMatchObject({ n: 0, missing: 1, mean: 'NaN' });
    const logged = decodeReplicationLine(readFileSync(join(folder, LOG_FILE), 'utf8').trim());
    expect(logged.metrics.never).toBeNaN();
  });
});
