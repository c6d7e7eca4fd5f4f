import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every name a library package exports has a doc comment: the entry points are read from each
 * package's `exports` map (the `@landport/source` file of each), so a new entry point is checked
 * without a change here.
 */
const PACKAGES = ['sim-core', 'scenario-format', 'scenarios', 'experiment'];

/**
 * One TypeScript program over every entry point: they share most of their files, which one
 * program reads once (about 0.6 s a program otherwise).
 */
function program(entries: readonly string[]): ts.Program {
  return ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    customConditions: ['@landport/source'],
    noEmit: true,
    // Doc comments are read from the packages' own declarations: the standard library and @types
    // (about 160 files) would only be parsed, for 1–1.5 s of a test that then takes 0.2–0.3 s.
    noLib: true,
    types: [],
  });
}

/** Names exported from an entry point that have no doc comment, with the file that declares them. */
function undocumentedExports(all: ts.Program, entry: string): string[] {
  const checker = all.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(all.getSourceFile(entry)!)!;
  const missing: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    const documented =
      target.getDocumentationComment(checker).length > 0 ||
      (declaration !== undefined && ts.getJSDocCommentsAndTags(declaration).length > 0);
    if (!documented)
      missing.push(`${symbol.name} (${declaration?.getSourceFile().fileName.split('/packages/')[1]})`);
  }
  return missing;
}

/** The source file of each entry point of a package's `exports` map, by its subpath. */
function entryPoints(name: string): [string, string][] {
  const folder = new URL(`../packages/${name}/`, import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as {
    exports: Record<string, { '@landport/source': string }>;
  };
  return Object.entries(manifest.exports).map(([subpath, conditions]) => [
    subpath,
    fileURLToPath(new URL(conditions['@landport/source'], folder)),
  ]);
}

describe('public API', () => {
  const entries = PACKAGES.flatMap((name) =>
    entryPoints(name).map(([subpath, file]) => ({ name, subpath, file })),
  );
  let all: ts.Program | undefined;
  for (const { name, subpath, file } of entries) {
    it(`every name @landport/${name} exports from ${subpath} has a doc comment`, () => {
      all ??= program(entries.map((e) => e.file));
      expect(undocumentedExports(all, file)).toEqual([]);
    });
  }
});
