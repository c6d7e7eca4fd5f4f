import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { FONT_DIR_VARIABLE, findFontFiles } from './font-files.js';

const root = mkdtempSync(join(tmpdir(), 'landport-fonts-'));
const system = findFontFiles();
const saved = process.env[FONT_DIR_VARIABLE];

afterEach(() => {
  if (saved === undefined) delete process.env[FONT_DIR_VARIABLE];
  else process.env[FONT_DIR_VARIABLE] = saved;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findFontFiles', () => {
  it('finds DejaVu Sans, regular first, among the system fonts (the CI image installs it)', () => {
    expect(system.length).toBeGreaterThan(0);
    expect(system[0]).toMatch(/DejaVuSans\.ttf$/);
  });

  it('takes a folder given explicitly, or through LANDPORT_FONT_DIR, over the system folders', () => {
    const folder = join(root, 'mine');
    mkdirSync(folder);
    copyFileSync(system[0]!, join(folder, 'DejaVuSans.ttf'));
    expect(findFontFiles(folder)).toEqual([join(folder, 'DejaVuSans.ttf')]);
    process.env[FONT_DIR_VARIABLE] = folder;
    expect(findFontFiles()).toEqual([join(folder, 'DejaVuSans.ttf')]);
  });

  it('rejects a given folder without the font instead of falling back silently', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(() => findFontFiles(empty)).toThrow(UsageError);
    process.env[FONT_DIR_VARIABLE] = empty;
    expect(() => findFontFiles()).toThrow(/LANDPORT_FONT_DIR .*expected a folder holding DejaVuSans.ttf/);
  });
});
