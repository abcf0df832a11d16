import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTagSetFile, serializeTagSetFile } from '@/lib/tags/tag-set-file';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';

describe("zod's own issue messages (zod/mini loads no wording of its own)", () => {
  it('reach the reviewer in English where the file names no message of ours', async () => {
    const file = JSON.parse(serializeTagSetFile(DEFAULT_TAG_SET, Date.UTC(2025, 0, 2)));
    file.tagSet.checker = { extraTriggers: { ['长'.repeat(41)]: ['狠抓落实'] }, disabledRules: [] };
    const result = await parseTagSetFile(JSON.stringify(file), 'en');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/tagSet\.checker\.extraTriggers.*: Invalid key in record$/)] });
  });

  it('are loaded by the background and every extension page, never by the content script', () => {
    const importsMessages = (path: string) => readFileSync(path, 'utf8').includes("import '@/lib/schema/issue-messages';");
    const pages = readdirSync('entrypoints', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'content')
      .map((entry) => `entrypoints/${entry.name}/main.tsx`);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const path of ['entrypoints/background.ts', ...pages]) expect(importsMessages(path), path).toBe(true);
    expect(importsMessages('entrypoints/content/index.ts')).toBe(false);
  });
});
