import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The engine's convention (docs/architecture.md): a class field that holds a number and is written
 * after construction starts as a number (`lastChange = 0`), never declared bare
 * (`lastChange: number;`). The sources target ES2022, so TypeScript emits a bare declaration as a
 * field that starts undefined; V8 then gives it the tagged representation and boxes every double
 * later stored in it as a new heap number (16 B an event on `Simulation.now`; docs/performance.md,
 * "Eleventh session"). `declare` fields emit nothing and are exempt, as are `readonly` ones, which
 * are written once, in the constructor.
 */
const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Every TypeScript file under src/ that ships (tests left out), relative to src/. */
function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'));
}

/** `name:line field` of every mutable number field of a class in `text` declared without an initialiser. */
function bareNumberFields(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyDeclaration(node) &&
      ts.isClassLike(node.parent) &&
      node.initializer === undefined &&
      node.type?.kind === ts.SyntaxKind.NumberKeyword &&
      !ts
        .getModifiers(node)
        ?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword || m.kind === ts.SyntaxKind.ReadonlyKeyword)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${name}:${line + 1} ${node.name.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('number fields', () => {
  it('no class of sim-core declares a mutable number field without an initialiser', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((path) => bareNumberFields(path, readFileSync(join(SRC, path), 'utf8')))).toEqual(
      [],
    );
  });

  it('finds a bare number field, private ones too, and leaves initialised, declare and readonly ones alone', () => {
    const text = [
      'class A { a: number; b = 0; declare c: number; readonly d: number; #e: number; f: string; }',
      'interface I { g: number; }',
      'const h = class { i: number; };',
    ].join('\n');
    expect(bareNumberFields('probe.ts', text)).toEqual(['probe.ts:1 a', 'probe.ts:1 #e', 'probe.ts:3 i']);
  });
});
