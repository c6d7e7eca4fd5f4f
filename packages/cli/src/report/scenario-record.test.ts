import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioSources, scenarioText } from '@landport/scenarios';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchError } from '../batch/batch-error.js';
import { loadScenarioSource } from '../scenario-source.js';
import { readScenarioRecord, SCENARIO_FILE, scenarioRecord, writeScenarioRecord } from './scenario-record.js';

const root = mkdtempSync(join(tmpdir(), 'landport-scenario-record-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scenario records', () => {
  it('keep the resolved scenario, overrides applied, and the sources of a built-in scenario', () => {
    const source = loadScenarioSource('horgos-2024', { set: ['stations.kz-control.lanes=12'] });
    const record = scenarioRecord(source, 'horgos-2024');
    expect(record.scenario.stations.find((s) => s.id === 'kz-control')?.lanes).toBe(12);
    expect(record.sources).toEqual(scenarioSources('horgos-2024'));
    expect(Object.keys(record.sources).length).toBeGreaterThan(10);
    writeScenarioRecord(root, record);
    expect(readScenarioRecord(root)).toEqual(JSON.parse(JSON.stringify(record)));
  });

  it('read the sources of a scenario file, and none from a file without them', () => {
    const file = join(root, 'port.yaml');
    writeFileSync(file, scenarioText('horgos-2024'));
    expect(scenarioRecord(loadScenarioSource(file), file).sources).toEqual(scenarioSources('horgos-2024'));
    const bare = join(root, 'bare.yaml');
    writeFileSync(bare, scenarioText('horgos-2024').replace(/^sources:[\s\S]*$/m, ''));
    expect(scenarioRecord(loadScenarioSource(bare), bare).sources).toEqual({});
  });

  it('are optional in a results folder, but a malformed one is reported', () => {
    const empty = mkdtempSync(join(root, 'empty-'));
    expect(readScenarioRecord(empty)).toBeNull();
    writeFileSync(join(empty, SCENARIO_FILE), '{"schemaVersion": 1, "name": "x"}');
    expect(() => readScenarioRecord(empty)).toThrow(BatchError);
  });
});
