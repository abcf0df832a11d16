import { describe, expect, it } from 'vitest';
import { TagSet, type TagSetInput } from '@/lib/schema/tag-set';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { MAX_TAG_SET_FILE_BYTES, parseTagSetFile, serializeTagSetFile } from '@/lib/tags/tag-set-file';

const NOW = Date.UTC(2025, 0, 31, 8);
const fileWith = (tagSet: unknown) => JSON.stringify({ format: 'pingyue/tagset', version: 1, exportedAt: '2025-01-31T08:00:00.000Z', tagSet });
const withTags = (tags: unknown[]) => fileWith({ ...DEFAULT_TAG_SET, tags });

async function errorsOf(text: string, locale: 'zh' | 'en' = 'zh'): Promise<string[]> {
  const result = await parseTagSetFile(text, locale);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.errors;
}

describe('tag set file', () => {
  it('round-trips: serialise then parse gives the same set back', async () => {
    const text = serializeTagSetFile(DEFAULT_TAG_SET, NOW);
    const parsed = await parseTagSetFile(text, 'zh');
    expect(parsed).toEqual({
      ok: true,
      data: { format: 'pingyue/tagset', version: 1, exportedAt: '2025-01-31T08:00:00.000Z', tagSet: DEFAULT_TAG_SET },
    });
  });

  it('reads a file as a Blob and tolerates a byte-order mark', async () => {
    const parsed = await parseTagSetFile(new Blob([`\uFEFF${serializeTagSetFile(DEFAULT_TAG_SET, NOW)}`]), 'zh');
    expect(parsed.ok).toBe(true);
  });

  it('fills the defaults of an old-shape set (no guideline, section, checker or form)', async () => {
    const old: TagSetInput = {
      id: 'team-old',
      name: '旧版标签集',
      version: 3,
      tags: [{ id: 'good', label: '亮点', color: '#f59e0b', shortcut: 1 }],
    };
    const parsed = await parseTagSetFile(fileWith(old), 'zh');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.data.tagSet).toEqual(TagSet.parse(old));
    expect(parsed.data.tagSet.tags[0]).toMatchObject({ guideline: '', section: null });
    expect(parsed.data.tagSet.checker).toEqual({ extraTriggers: {}, disabledRules: [] });
    expect(parsed.data.tagSet.form.sections.map((s) => s.title)).toEqual(['主要成绩', '存在问题', '意见建议']);
  });

  it('accepts any Unicode letters in labels', async () => {
    const tags = [{ id: 'a', label: '問題', color: '#000000', shortcut: null }, { id: 'b', label: 'Measures', color: '#FFFFFF', shortcut: 2 }];
    expect((await parseTagSetFile(withTags(tags), 'zh')).ok).toBe(true);
  });

  it('refuses content that is not JSON', async () => {
    expect(await errorsOf('{"format": "pingyue/tagset",')).toEqual([expect.stringMatching(/^文件不是有效的 JSON：第 1 行第 \d+ 列附近有语法错误/)]);
    expect(await errorsOf('')).toEqual(['内容为空。']);
    expect(await errorsOf('[1,2]')).toEqual(['这不是评阅的标签集文件：内容不是 JSON 对象。']);
  });

  it('says what another format is', async () => {
    const annotations = JSON.stringify({ format: 'pingyue/annotations', version: 1, documents: [], annotations: [], tagSets: [] });
    expect((await errorsOf(annotations))[0]).toMatch(/^这是评阅的批注文件，不是标签集文件/);
    expect((await errorsOf(annotations, 'en'))[0]).toMatch(/annotations export/);
    expect((await errorsOf(JSON.stringify(DEFAULT_TAG_SET)))[0]).toMatch(/未加文件头的标签集.*format/);
    expect((await errorsOf(JSON.stringify({ format: 'label-studio' })))[0]).toBe('这不是评阅的标签集文件：format 为 "label-studio"，应为 "pingyue/tagset"。');
  });

  it('refuses an unsupported file version, naming the field', async () => {
    const text = JSON.stringify({ format: 'pingyue/tagset', version: 2, exportedAt: '2025-01-31T08:00:00Z', tagSet: DEFAULT_TAG_SET });
    expect(await errorsOf(text)).toEqual([expect.stringMatching(/版本 2（version 字段）.*请先升级评阅/)]);
  });

  it('names the field of duplicate tag ids, empty labels and invalid colours', async () => {
    const tag = (id: string, label: string, color: string, shortcut: number | null) => ({ id, label, color, shortcut });
    expect(await errorsOf(withTags([tag('a', '成绩', '#16a34a', 1), tag('a', '问题', '#dc2626', 2)]))).toEqual([
      '第 2 个标签（tagSet.tags[1].id）：标签 id "a" 重复',
    ]);
    expect(await errorsOf(withTags([tag('a', '  ', '#16a34a', 1)]))).toEqual(['第 1 个标签（tagSet.tags[0].label）：不能为空']);
    expect(await errorsOf(withTags([tag('a', '成绩', 'green', 1)]))).toEqual(['第 1 个标签（tagSet.tags[0].color）：格式不正确：字符串 "green"']);
    expect(await errorsOf(withTags([tag('a', '成绩', '#16a34', 1)]), 'en')).toEqual(['Tag 1 (tagSet.tags[0].color): has an invalid format: the string "#16a34"']);
  });

  it('refuses content over the size cap before parsing it', async () => {
    const huge = `${' '.repeat(MAX_TAG_SET_FILE_BYTES)}{}`;
    expect(await errorsOf(huge)).toEqual([expect.stringMatching(/内容太大.*1 MB/)]);
  });

  it('the largest valid set fits well under the size cap', () => {
    const longText = (n: number) => '党'.repeat(n);
    const biggest = TagSet.parse({
      ...DEFAULT_TAG_SET,
      id: 'biggest',
      description: longText(2000),
      tags: Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, label: longText(20), color: '#123456', shortcut: null, guideline: longText(500), section: null })),
      checker: { extraTriggers: Object.fromEntries(['vague-problem', 'vague-measure', 'disguised-achievement', 'objective-cause', 'vague-achievement'].map((id) => [id, Array.from({ length: 200 }, (_, i) => `${longText(37)}${i}`)])), disabledRules: [] },
    });
    expect(new TextEncoder().encode(serializeTagSetFile(biggest, NOW)).byteLength).toBeLessThan(MAX_TAG_SET_FILE_BYTES / 2);
  });
});
