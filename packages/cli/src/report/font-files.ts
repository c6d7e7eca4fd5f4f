import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../usage-error.js';

/** Environment variable naming a folder that holds DejaVuSans.ttf (and DejaVuSans-Bold.ttf). */
export const FONT_DIR_VARIABLE = 'LANDPORT_FONT_DIR';

/** The font files the PNGs are drawn with: DejaVu Sans, regular and bold (chart titles are bold). */
export const FONT_NAMES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

/** Folders where DejaVu usually lives (Debian/Ubuntu, Fedora/Arch, Alpine, Homebrew). */
const KNOWN_FOLDERS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/opt/homebrew/share/fonts',
  '/usr/local/share/fonts',
];

/** Roots searched (a few levels deep) when no known folder has the fonts. */
const SEARCH_ROOTS = ['/usr/share/fonts', '/usr/local/share/fonts'];
const SEARCH_DEPTH = 4;

/**
 * The DejaVu Sans files to render PNGs with, found in `folder` if given, else in the folder named
 * by LANDPORT_FONT_DIR, else in the usual system folders, else by a shallow search of the font
 * roots. Returns the paths found (regular first), empty if none.
 *
 * Why explicit files: resvg draws no text at all without fonts, and loading every system font
 * makes the PNGs depend on the machine. With the very font Vega's layout assumed, the PNG of a
 * chart is the same on a laptop and in CI (the CI image installs fonts-dejavu-core).
 *
 * @throws RangeError if `folder` (or LANDPORT_FONT_DIR) is given but holds no DejaVuSans.ttf, so a
 *   misspelt setting is reported instead of silently falling back.
 */
export function findFontFiles(folder?: string): string[] {
  const explicit = folder ?? process.env[FONT_DIR_VARIABLE];
  if (explicit !== undefined && explicit !== '') {
    const found = fontsIn(explicit);
    if (found.length === 0) {
      throw new UsageError(
        `${folder === undefined ? FONT_DIR_VARIABLE : 'font folder'} ${JSON.stringify(explicit)}: expected a folder holding ${FONT_NAMES[0]}.`,
      );
    }
    return found;
  }
  for (const known of KNOWN_FOLDERS) {
    const found = fontsIn(known);
    if (found.length > 0) return found;
  }
  for (const root of SEARCH_ROOTS) {
    const hit = search(root, SEARCH_DEPTH);
    if (hit !== null) return fontsIn(hit);
  }
  return [];
}

function fontsIn(folder: string): string[] {
  if (!existsSync(join(folder, FONT_NAMES[0]))) return [];
  return FONT_NAMES.map((name) => join(folder, name)).filter((path) => existsSync(path));
}

function search(folder: string, depth: number): string | null {
  if (fontsIn(folder).length > 0) return folder;
  if (depth === 0) return null;
  let entries: string[];
  try {
    entries = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return null;
  }
  for (const entry of entries) {
    const hit = search(join(folder, entry), depth - 1);
    if (hit !== null) return hit;
  }
  return null;
}
