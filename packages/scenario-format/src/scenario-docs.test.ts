import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { scenarioJsonSchema } from './json-schema.js';
import { parseScenario } from './parse.js';
import { scenarioSchema } from './schema.js';
import { validateScenario } from './validate.js';

const docs = new URL('../../../docs/', import.meta.url);
const guide = readFileSync(new URL('scenario-format.md', docs), 'utf8');

/** The code blocks of one language in a section of the guide. */
function codeBlocks(section: string, language: string): string[] {
  const start = guide.indexOf(`## ${section}`);
  const end = guide.indexOf('\n## ', start + 1);
  const text = guide.slice(start, end === -1 ? undefined : end);
  return [...text.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
}

describe('docs/scenario-format.md', () => {
  it('its full example and its M/M/3 example are valid scenarios', () => {
    const [full, textbook] = codeBlocks('Full example', 'yaml');
    const port = parseScenario(full!, { fileName: 'full-example.yaml' });
    expect(port.stations.map((s) => s.id)).toEqual(['cn-gate', 'cn-customs', 'neutral-zone', 'kz-customs']);
    expect(port.shocks).toHaveLength(5);
    expect(parseScenario(textbook!).stations[0]?.lanes).toBe(3);
  });

  it('each example in its reference, merged into the full example, gives a valid scenario', () => {
    const [full] = codeBlocks('Full example', 'yaml');
    // The examples written as parts of a scenario file (others show a single field's value).
    const fields = Object.keys(scenarioSchema.shape);
    const snippets = codeBlocks('Reference', 'yaml')
      .map((text) => parseYaml(text) as Record<string, unknown>)
      .filter((part) => Object.keys(part).every((key) => fields.includes(key)));
    expect(snippets.length).toBeGreaterThanOrEqual(2);
    for (const snippet of snippets) {
      const merged = mergeById(parseYaml(full!), snippet);
      expect(() => validateScenario(merged), JSON.stringify(snippet)).not.toThrow();
    }
  });

  it('its example of several ports is a valid scenario with two ports and a diversion', () => {
    const [ports] = codeBlocks('Several ports', 'yaml');
    const scenario = parseScenario(ports!, { fileName: 'ports.yaml' });
    expect(scenario.ports.map((p) => p.id)).toEqual(['main', 'spare']);
    expect(scenario.stations[0]!.buffer.divert?.to).toBe('spare');
    expect(scenario.classes.map((c) => c.portChoice?.kind)).toEqual(['shares', 'shortestWait']);
  });

  it('its error example shows what parseScenario reports', () => {
    const [demo] = codeBlocks('Errors', 'yaml');
    const [listing] = codeBlocks('Errors', 'text');
    expect(() => parseScenario(demo!, { fileName: 'demo.yaml' })).toThrow(listing!.trimEnd());
  });

  it('docs/scenario.schema.json is up to date (regenerate with scripts/write-json-schema.ts)', () => {
    const published: unknown = JSON.parse(readFileSync(new URL('scenario.schema.json', docs), 'utf8'));
    expect(published).toEqual(scenarioJsonSchema());
  });
});

/**
 * `extra` laid over `base`: objects merge key by key, lists of objects with ids merge by id (an
 * element with a new id is appended), anything else is replaced.
 */
function mergeById(base: unknown, extra: unknown): unknown {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(base) && Array.isArray(extra)) {
    const merged = [...base];
    for (const item of extra) {
      const at = merged.findIndex((b) => isObject(b) && isObject(item) && b.id === item.id);
      if (at < 0) merged.push(item);
      else merged[at] = mergeById(merged[at], item);
    }
    return merged;
  }
  if (isObject(base) && isObject(extra)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra)) merged[key] = mergeById(base[key], value);
    return merged;
  }
  return extra;
}
