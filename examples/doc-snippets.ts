// Test support for doc-snippets.test.ts: the TypeScript snippets of a markdown page, and the
// imports of a page's snippets gathered so that they can run as one module.

/** A fenced ```ts or ```typescript block: its code and the line of its opening fence (1-based). */
export interface Snippet {
  readonly code: string;
  readonly line: number;
}

/** The ```ts and ```typescript blocks of a markdown text, in order (indented blocks too). */
export function snippetsOf(markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```(ts|typescript)\s*$/.exec(lines[i]!);
    if (open === null) continue;
    const indent = open[1]!.length;
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^ *```\s*$/.test(lines[j]!); j++) code.push(lines[j]!.slice(indent));
    snippets.push({ code: code.join('\n'), line: i + 1 });
    i = j;
  }
  return snippets;
}

/**
 * Takes the `import { … } from '…'` declarations out of `codes` and merges them, one declaration
 * per module with each name once: two snippets of a page may import the same name, which one
 * module cannot. Returns the merged imports and the codes without theirs.
 */
export function gatherImports(codes: readonly string[]): { imports: string[]; bodies: string[] } {
  const byModule = new Map<string, Set<string>>();
  const declaration = /^import\s+(type\s+)?\{([^}]*)\}\s*from\s*'([^']+)';?[ \t]*$/gm;
  const bodies = codes.map((code) =>
    code.replace(declaration, (_, typeOnly: string | undefined, names: string, from: string) => {
      const set = byModule.get(from) ?? new Set<string>();
      for (const raw of names.split(',')) {
        const name = raw.trim();
        if (name !== '') set.add(typeOnly === undefined || name.startsWith('type ') ? name : `type ${name}`);
      }
      byModule.set(from, set);
      return '';
    }),
  );
  const imports = [...byModule].map(([from, names]) => {
    // A name imported both as a type and as a value needs only the value import.
    const values = new Set([...names].filter((n) => !n.startsWith('type ')));
    const kept = [...names].filter((n) => !n.startsWith('type ') || !values.has(n.slice(5)));
    return `import { ${kept.join(', ')} } from '${from}';`;
  });
  return { imports, bodies };
}
