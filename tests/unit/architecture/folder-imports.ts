import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx)$/;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project file an import names (the `@/` alias is the root), or null for a package. */
function resolveImport(root: string, from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * The folder a file belongs to, as the architecture names them: `lib/anchoring`, `components/panel`,
 * `entrypoints/reader`, `cli`. Sub-folders belong to their area (lib/checker/rules is lib/checker).
 */
export function folderOf(root: string, file: string): string {
  return relative(root, dirname(file)).split(sep).slice(0, 2).join('/');
}

/**
 * Folder → the folders its files import from (type-only imports included: they tie the folders as much),
 * for the source folders under `root`. Imports are read with the TypeScript compiler's own pre-parser.
 */
export function folderImports(root: string, folders: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of folders.flatMap((f) => sourceFiles(join(root, f)))) {
    const from = folderOf(root, file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const target = resolveImport(root, file, fileName);
      const to = target && folderOf(root, target);
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle of folders, each once, as the path that closes it (`a → b → a`). */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cycles = new Set<string>();
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of graph.get(at) ?? []) {
      // Each cycle is walked from its smallest folder only, so it is listed once.
      if (next === start) cycles.add([...path, start].join(' → '));
      else if (!path.includes(next) && next > start) walk(start, next, [...path, next]);
    }
  };
  for (const folder of [...graph.keys()].sort()) walk(folder, folder, [folder]);
  return [...cycles].sort();
}
