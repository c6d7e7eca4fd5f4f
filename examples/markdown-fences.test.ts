// Every markdown page of the repository has fences that close where their author meant: a page
// whose code block swallows the sections after it renders them as code (see markdown-fences.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fenceProblems } from './markdown-fences.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The repository's markdown pages, as git lists them (so nothing under node_modules or artifacts). */
const pages = execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((page) => page !== '');

describe('fenceProblems', () => {
  it('accepts closed blocks, and a long fence that shows a fence inside', () => {
    expect(fenceProblems('text\n```sh\nls\n```\n\n````md\n```ts\nx\n```\n````\nend\n')).toEqual([]);
    expect(fenceProblems('````md\n```\nplain\n```\n````\n')).toEqual([]);
    expect(fenceProblems('~~~\n```\n~~~\n')).toEqual([]);
  });

  it('finds a long fence closed only by a later long fence, naming where it runs to', () => {
    const text = '````sh\nls\n```\n\n## A section\n\n```sh\npwd\n````\n';
    expect(fenceProblems(text)).toEqual([
      {
        line: 1,
        problem: 'opened with ```` but shows no fenced block inside: it runs to line 9; open it with ```',
      },
    ]);
  });

  it('finds a long fence with nothing inside that needs it', () => {
    expect(fenceProblems('````sh\nls\n````\n')).toHaveLength(1);
  });

  it('finds a block never closed', () => {
    expect(fenceProblems('prose\n```ts\nconst x = 1;\n')).toEqual([
      { line: 2, problem: 'opened with ``` and never closed' },
    ]);
  });

  it('does not take inline code at the start of a line for a fence', () => {
    expect(fenceProblems('```a``` is inline\n')).toEqual([]);
  });
});

describe('the repository’s markdown pages', () => {
  it('are found', () => {
    expect(pages).toContain('README.md');
    expect(pages).toContain('docs/performance.md');
  });

  it.each(pages)('%s: every fence closes where it was meant to', (page) => {
    expect(fenceProblems(readFileSync(join(root, page), 'utf8'))).toEqual([]);
  });
});
