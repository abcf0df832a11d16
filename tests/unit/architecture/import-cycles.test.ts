import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { folderCycles, folderImports } from './folder-imports';

const ROOT = resolve(__dirname, '../../..');

describe('folders import one another in one direction only', () => {
  it('has no import cycle between folders of lib/, components/, entrypoints/ and cli/', () => {
    const graph = folderImports(ROOT, ['lib', 'components', 'entrypoints', 'cli']);
    expect(graph.get('lib/page')?.has('lib/anchoring')).toBe(true); // the imports were read
    expect(folderCycles(graph)).toEqual([]);
  });

  it('names each cycle once, by the path that closes it', () => {
    const graph = new Map([
      ['lib/a', new Set(['lib/b'])],
      ['lib/b', new Set(['lib/c', 'lib/a'])],
      ['lib/c', new Set(['lib/a'])],
      ['lib/d', new Set(['lib/a'])],
    ]);
    expect(folderCycles(graph)).toEqual(['lib/a → lib/b → lib/a', 'lib/a → lib/b → lib/c → lib/a']);
  });
});
