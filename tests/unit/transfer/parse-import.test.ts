import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import type { Locale } from '@/lib/i18n/locale';
import { exportAll, serializeExport } from '@/lib/transfer/export';
import { importExport } from '@/lib/transfer/import-export';
import { MAX_IMPORT_BYTES, parseImport } from '@/lib/transfer/parse-import';
import type { BlobLike } from '@/lib/files/read-json-input';
import { formatPath } from '@/lib/files/format-issues';
import { dumpDb, freshDb } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

let source: ReturnType<typeof freshDb>;
let target: ReturnType<typeof freshDb>;
/** A valid export of the sample data (2 documents, 4 annotations), as plain JSON data to break. */
let valid: Record<string, any>;

beforeAll(async () => {
  source = freshDb('parse-src');
  target = freshDb('parse-dst');
  await seedSample(source.db);
  valid = JSON.parse(serializeExport(await exportAll(source.db, NOW)));
  // The target already holds someone's work, which a bad file must not disturb.
  await importExport(target.db, (await exportAll(source.db, NOW)), NOW);
  await target.db.annotations.update(valid.annotations[0].id, { comment: '目标库里的修改', updatedAt: NOW });
});
afterAll(async () => {
  await source.dispose();
  await target.dispose();
});

/** A deep copy of the valid file, changed by `edit`. */
function broken(edit: (file: Record<string, any>) => void): string {
  const file = structuredClone(valid);
  edit(file);
  return JSON.stringify(file);
}

/**
 * What the panel does with a file; returns the errors and checks that the database is exactly as
 * before (a bad file is refused before anything is written).
 */
async function rejectedErrors(db: PingyueDB, input: string | BlobLike, locale: Locale = 'zh'): Promise<string[]> {
  const before = await dumpDb(db);
  const parsed = await parseImport(input, locale);
  if (parsed.ok) await importExport(db, parsed.data, NOW);
  expect(await dumpDb(db)).toEqual(before);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.errors;
}

describe('parseImport', () => {
  it('accepts a valid export as text or as a Blob, with or without a BOM', async () => {
    const text = JSON.stringify(valid);
    for (const input of [text, `\uFEFF${text}`, new Blob([text], { type: 'application/json' })]) {
      const parsed = await parseImport(input, 'zh');
      expect(parsed).toEqual({ ok: true, data: valid });
    }
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const errors = await rejectedErrors(target.db, { size: MAX_IMPORT_BYTES + 1, text });
    expect(errors).toEqual(['文件太大（50.0 MB），最大支持 50 MB。']);
    expect(text).not.toHaveBeenCalled();
    expect(await rejectedErrors(target.db, { size: 80 * 1024 * 1024, text }, 'en')).toEqual([
      'The file is too large (80.0 MB); the limit is 50 MB.',
    ]);
  });

  it('measures a string in UTF-8 bytes', async () => {
    // 17.5 M Chinese characters are 52.5 MB in UTF-8 although the string length is below 50 M.
    const huge = '评'.repeat(17_500_000);
    expect(await rejectedErrors(target.db, huge)).toEqual(['文件太大（50.1 MB），最大支持 50 MB。']);
  });

  it('reports a file that cannot be read', async () => {
    const errors = await rejectedErrors(target.db, { size: 10, text: () => Promise.reject(new Error('NotReadableError')) });
    expect(errors).toEqual(['无法读取文件：NotReadableError']);
  });

  it('reports invalid JSON with its line and column when the engine gives a position', async () => {
    expect(await rejectedErrors(target.db, '{\n  "format": "pingyue/annotations"\n  "version": 1\n}')).toEqual([
      '文件不是有效的 JSON：第 3 行第 3 列附近有语法错误。',
    ]);
    expect(await rejectedErrors(target.db, '{"format": ', 'en')).toEqual([
      'The file is not valid JSON: syntax error near line 1, column 12.',
    ]);
    const [withoutPosition] = await rejectedErrors(target.db, '批注导出');
    expect(withoutPosition).toMatch(/^文件不是有效的 JSON（.+）。$/);
  });

  it('refuses JSON that is not an export object', async () => {
    expect(await rejectedErrors(target.db, '[1, 2]')).toEqual(['这不是评阅的批注导出文件：内容不是 JSON 对象。']);
    expect(await rejectedErrors(target.db, 'null', 'en')).toEqual([
      'This is not a Pingyue annotations export: the content is not a JSON object.',
    ]);
  });

  it('names the wrong or missing format', async () => {
    expect(await rejectedErrors(target.db, broken((f) => (f.format = 'dexie')))).toEqual([
      '这不是评阅的批注导出文件：format 为 "dexie"，应为 "pingyue/annotations"。',
    ]);
    expect(await rejectedErrors(target.db, broken((f) => delete f.format), 'en')).toEqual([
      'This is not a Pingyue annotations export: there is no "format" field, expected "pingyue/annotations".',
    ]);
  });

  it('names the version found and the version supported', async () => {
    expect(await rejectedErrors(target.db, broken((f) => (f.version = 3)))).toEqual([
      '不支持的导出文件版本 3：此版本的评阅只能导入版本 2。请先升级评阅。',
    ]);
    expect(await rejectedErrors(target.db, broken((f) => (f.version = '1')), 'en')).toEqual([
      'Unsupported export version "1": this version of Pingyue imports version 2 only.',
    ]);
    expect(await rejectedErrors(target.db, broken((f) => delete f.version))).toEqual([
      '不支持的导出文件版本 （缺失）：此版本的评阅只能导入版本 2。',
    ]);
  });

  it('lists each invalid field with its path, in Chinese', async () => {
    const errors = await rejectedErrors(
      target.db,
      broken((f) => {
        f.annotations[3].anchor.quote.exact = '';
        delete f.annotations[0].comment;
        f.annotations[1].anchorStatus = 'lost';
        f.annotations[2].updatedAt = 1.5;
        f.annotations[2].colour = 'red';
        f.documents[1].fingerprint = 'abc';
        f.exportedAt = '2025-01-02';
        f.tagSets[0].tags[0].label = '';
      }),
    );
    expect(errors).toEqual([
      'exportedAt：应为 ISO 8601 日期时间（如 2025-01-31T08:00:00Z），实际为字符串 "2025-01-02"',
      '第 2 个文档（documents[1].fingerprint）：格式不正确：字符串 "abc"',
      '第 1 条批注（annotations[0].comment）：缺少此字段',
      '第 2 条批注（annotations[1].anchorStatus）：应为 "anchored"、"uncertain"、"orphan"、"unknown" 之一，实际为字符串 "lost"',
      '第 3 条批注（annotations[2].updatedAt）：应为整数，实际为数字 1.5',
      '第 3 条批注（annotations[2]）：含有不认识的字段 "colour"',
      '第 4 条批注（annotations[3].anchor.quote.exact）：不能为空',
      '第 1 个标签集的第 1 个标签（tagSets[0].tags[0].label）：不能为空',
    ]);
  });

  it('lists each invalid field with its path, in English', async () => {
    const errors = await rejectedErrors(
      target.db,
      broken((f) => {
        f.annotations[3].anchor.quote.exact = '';
        f.annotations[0].anchor.position.end = 0;
        f.documents = 'none';
      }),
      'en',
    );
    expect(errors).toEqual([
      'documents: must be an array, got the string "none"',
      'Annotation 1 (annotations[0].anchor.position.end): end must be greater than start',
      'Annotation 4 (annotations[3].anchor.quote.exact): must not be empty',
    ]);
  });

  it('refuses an annotation whose documentId is not in the file, and duplicate ids', async () => {
    const dangling = broken((f) => (f.annotations[2].documentId = 'elsewhere'));
    expect(await rejectedErrors(target.db, dangling)).toEqual([
      '第 3 条批注（annotations[2].documentId）：documentId "elsewhere" 不是本文件 documents 中任何文档的 id',
    ]);
    expect(await rejectedErrors(target.db, dangling, 'en')).toEqual([
      'Annotation 3 (annotations[2].documentId): documentId "elsewhere" does not match any document in this file',
    ]);
    const duplicate = broken((f) => f.annotations.push(f.annotations[0]));
    expect(await rejectedErrors(target.db, duplicate)).toEqual([
      `第 5 条批注（annotations[4].id）：id "${valid.annotations[0].id}" 重复`,
    ]);
  });

  it('lists the first 20 problems and counts the rest', async () => {
    const many = broken((f) => {
      f.annotations = Array.from({ length: 30 }, (_, i) => ({ ...f.annotations[0], id: `a${i}`, tagId: '' }));
    });
    const zh = await rejectedErrors(target.db, many);
    expect(zh).toHaveLength(21);
    expect(zh[0]).toBe('第 1 条批注（annotations[0].tagId）：不能为空');
    expect(zh[20]).toBe('……另有 10 个问题未列出');
    expect((await rejectedErrors(target.db, many, 'en'))[20]).toBe('…and 10 more problems');
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets and quotes odd keys', () => {
    expect(formatPath(['annotations', 3, 'anchor', 'quote', 'exact'])).toBe('annotations[3].anchor.quote.exact');
    expect(formatPath(['documents', 0, 'weird key'])).toBe('documents[0]["weird key"]');
    expect(formatPath([])).toBe('');
  });
});

describe('parseImport: times in the future', () => {
  const NOW = Date.UTC(2026, 11, 1, 12);
  const file = (updatedAt: number) => ({
    format: 'pingyue/annotations',
    version: 1,
    exportedAt: '2026-12-01T00:00:00Z',
    generator: { name: 'pingyue', version: '0.1.0' },
    documents: [{ id: 'd', fingerprint: 'a'.repeat(64), sketch: [], textLength: 10, title: '述职', url: 'https://oa.example.gov/1', urls: [], createdAt: 1, updatedAt: 2 }],
    annotations: [{
      id: 'n1', documentId: 'd', tagId: 'problem', comment: '表现突出，建议评为优秀',
      anchor: { strategy: 'pingyue-text/1', quote: { type: 'TextQuoteSelector', exact: '书记失职', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } },
      anchorStatus: 'unknown', createdAt: 1, updatedAt,
    }],
    tagSets: [],
  });

  it('refuses a file whose times lie beyond a day ahead of this machine, naming each place', async () => {
    const result = await parseImport(JSON.stringify(file(Date.UTC(2100, 0, 1))), 'zh', NOW);
    expect(result.ok).toBe(false);
    const errors = (result as { errors: string[] }).errors;
    expect(errors[0]).toContain('晚于本机当前时间');
    expect(errors[1]).toBe('第 1 条批注（annotations[0].updatedAt）：时间 2100-01-01 00:00（UTC）晚于本机当前时间');
    const en = await parseImport(JSON.stringify(file(Date.UTC(2100, 0, 1))), 'en', NOW);
    expect((en as { errors: string[] }).errors[1]).toBe('Annotation 1 (annotations[0].updatedAt): the time 2100-01-01 00:00 (UTC) is later than this computer’s clock');
  });

  it('allows a clock a few hours ahead, and bounds every stored time in the schema', async () => {
    expect((await parseImport(JSON.stringify(file(NOW + 6 * 60 * 60 * 1000)), 'zh', NOW)).ok).toBe(true);
    expect((await parseImport(JSON.stringify(file(NOW + 25 * 60 * 60 * 1000)), 'zh', NOW)).ok).toBe(false);
    const absurd = await parseImport(JSON.stringify(file(1e16)), 'zh', 1e17);
    expect((absurd as { errors: string[] }).errors.join('\n')).toContain('annotations[0].updatedAt');
  });
});
