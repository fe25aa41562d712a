import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = 'scripts/read';

/** Every module under scripts/read, as a path relative to it. */
function modules(folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

/** The modules under scripts/read that `module` imports (type-only imports included: a cycle of types is still a cycle). */
function importsOf(module: string): string[] {
  const text = readFileSync(join(root, module), 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)]
    .map((match) => relative(resolve(root), resolve(root, dirname(module), match[1] as string)))
    .filter((target) => !target.startsWith('..'));
}

describe('scripts/read', () => {
  const graph = new Map(modules().map((module) => [module, importsOf(module)]));

  test('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (module: string, path: string[]): void => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'open') {
        cycles.push([...path.slice(path.indexOf(module)), module].join(' → '));
        return;
      }
      state.set(module, 'open');
      for (const target of graph.get(module) ?? []) visit(target, [...path, module]);
      state.set(module, 'done');
    };
    for (const module of graph.keys()) visit(module, []);
    expect(cycles).toEqual([]);
  });

  test('keeps the plain-text reader and the export readers apart', () => {
    const crossing = [...graph].flatMap(([module, targets]) =>
      targets.filter((target) => (module.startsWith('plain/') && target.startsWith('exports/')) || (module.startsWith('exports/') && target.startsWith('plain/'))).map((target) => `${module} → ${target}`),
    );
    expect(crossing).toEqual([]);
  });

  test('the readers of a folder never import the modules above that use them', () => {
    const upward = [...graph].flatMap(([module, targets]) =>
      module.includes('/') ? targets.filter((target) => ['read-source.ts', 'read-listings.ts'].includes(target)).map((target) => `${module} → ${target}`) : [],
    );
    expect(upward).toEqual([]);
  });
});
