import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './json-schema.js';
import { parseScenario } from './parse.js';

const docs = new URL('../../../../../docs/', import.meta.url);
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
