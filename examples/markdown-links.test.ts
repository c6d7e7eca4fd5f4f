// Every link between the repository's markdown pages leads somewhere: the file exists, and the
// section an anchor names is a heading of that page (see markdown-links.ts). Links to the web are
// not followed (CI has no network).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorsOf, headingSlug, linksOf } from './markdown-links.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((page) => page !== '');

const anchorCache = new Map<string, Set<string>>();
function anchorsOfFile(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (anchors === undefined) {
    anchors = anchorsOf(readFileSync(file, 'utf8'));
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** What is wrong with each link of `page` that leads nowhere, as `line: target: why`. */
function brokenLinks(page: string): string[] {
  const broken: string[] = [];
  const file = join(root, page);
  for (const { target, line } of linksOf(readFileSync(file, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like
    const hash = target.indexOf('#');
    const path = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
    const linked = path === '' ? file : join(dirname(file), path);
    if (!existsSync(linked)) {
      broken.push(`${line}: ${target}: no file ${relative(root, linked)}`);
      continue;
    }
    if (anchor !== null && linked.endsWith('.md') && !anchorsOfFile(linked).has(anchor)) {
      broken.push(`${line}: ${target}: no heading of ${relative(root, linked)} has this anchor`);
    }
  }
  return broken;
}

describe('markdown links', () => {
  it('finds inline, image and reference links outside code', () => {
    const text = [
      'See [a](a.md#x) and ![b](img/b.png "title"), not `[c](c.md)`.',
      '```md',
      '[d](d.md)',
      '```',
      '[e]: ./e.md#y',
    ].join('\n');
    expect(linksOf(text)).toEqual([
      { target: 'a.md#x', line: 1 },
      { target: 'img/b.png', line: 1 },
      { target: './e.md#y', line: 5 },
    ]);
  });

  it('slugs headings as GitHub does', () => {
    expect(
      headingSlug(
        'Border model throughput (issue 15, item 1): target ≥ 0.5× the callback M/M/c bench — not met',
      ),
    ).toBe('border-model-throughput-issue-15-item-1-target--05-the-callback-mmc-bench--not-met');
    expect(headingSlug('`landport warmup`: bounded')).toBe('landport-warmup-bounded');
    expect(headingSlug('Élan & co_op')).toBe('élan--co_op');
    expect(headingSlug('See [the format](scenario-format.md#units)')).toBe('see-the-format');
  });

  it('numbers a repeated heading and ignores headings in code', () => {
    const anchors = anchorsOf('# Results\n\n## Results\n\n```sh\n# not a heading\n```\n<a id="here"></a>\n');
    expect([...anchors]).toEqual(['results', 'results-1', 'here']);
  });

  it('finds the pages', () => {
    expect(pages).toContain('docs/performance.md');
  });

  it.each(pages)('%s: every link leads to a file, and an anchor to a heading', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });
});
