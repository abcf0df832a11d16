import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageIdentity } from '@/lib/schema';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { findDocument, findOrCreateDocument, MAX_DOCUMENT_URLS } from '@/lib/db/documents';
import { freshDb } from '../../fixtures/db/helpers';

/** A report long enough for the sketch to be meaningful; `factor` varies the figures between people. */
function report(name: string, paragraphs: number, factor = 37): string {
  const lines = [`${name}2024年度个人述职报告`];
  for (let i = 1; i <= paragraphs; i++) {
    lines.push(`第${i}项工作：${name}牵头推进第${i}个重点项目，完成投资${i * factor}万元，协调解决问题${i * 3}个。`);
  }
  return lines.join('\n');
}

async function pageOf(text: string, url: string, title = '述职报告'): Promise<PageIdentity> {
  return pageIdentity(await identifyText(text), { url, title, complete: true });
}

describe('findOrCreateDocument / findDocument', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('documents');
  });
  afterEach(() => env.dispose());

  it('creates a record for an unknown report, then finds it again by fingerprint', async () => {
    const { db } = env;
    const first = await pageOf(report('张三', 30), 'https://oa.example.cn/view?id=1');
    expect(await findDocument(db, first)).toBeUndefined();

    const created = await findOrCreateDocument(db, first, 1000);
    expect(created).toMatchObject({ fingerprint: first.fingerprint, url: first.url, urls: [first.url], createdAt: 1000, updatedAt: 1000 });

    // The same text in another viewer: found by fingerprint, and the new URL is remembered.
    const elsewhere = { ...first, url: 'https://pan.example.cn/preview/abc.docx' };
    const found = await findOrCreateDocument(db, elsewhere, 2000);
    expect(found.id).toBe(created.id);
    expect(found.urls).toEqual([first.url, elsewhere.url]);
    expect(found.url).toBe(elsewhere.url);
    expect(await db.documents.count()).toBe(1);
    expect((await findDocument(db, first))?.id).toBe(created.id);
  });

  it('does not write when a known report is reopened unchanged', async () => {
    const { db } = env;
    const p = await pageOf(report('张三', 30), 'https://oa.example.cn/view?id=1');
    const created = await findOrCreateDocument(db, p, 1000);
    const again = await findOrCreateDocument(db, p, 5000);
    expect(again).toEqual(created);
    expect((await db.documents.get(created.id))?.updatedAt).toBe(1000);
  });

  it('finds an edited report at the same URL whose token changed, and takes over its new identity', async () => {
    const { db } = env;
    const original = await pageOf(report('张三', 30), 'https://oa.example.cn/view?id=7&token=aaa', '初稿');
    const created = await findOrCreateDocument(db, original, 1000);

    // Revised report (several paragraphs rewritten), served with a fresh session token.
    const revisedText = report('张三', 30).replace(/第(1|2|3|4|5|6)项工作：张三牵头/g, '第$1项工作：张三同志主动牵头并全程督办');
    const revised = await pageOf(revisedText, 'https://oa.example.cn/view?token=bbb&id=7', '终稿');
    expect(revised.fingerprint).not.toBe(original.fingerprint);

    const found = await findOrCreateDocument(db, revised, 2000);
    expect(found.id).toBe(created.id);
    expect(found).toMatchObject({
      fingerprint: revised.fingerprint,
      sketch: revised.sketch,
      textLength: revised.textLength,
      title: '终稿',
      url: revised.url,
      updatedAt: 2000,
      createdAt: 1000,
    });
    // The token variant replaces the old URL instead of piling up.
    expect(found.urls).toEqual([revised.url]);
    expect(await db.documents.count()).toBe(1);
  });

  it('finds a lightly edited report at an unrelated URL by similar text', async () => {
    const { db } = env;
    const original = await pageOf(report('李四', 60), 'https://oa.example.cn/view?id=9');
    const created = await findOrCreateDocument(db, original, 1000);

    const edited = await pageOf(report('李四', 60).replace('完成投资37万元', '完成投资38万元'), 'file:///C:/下载/李四述职.pdf');
    const found = await findOrCreateDocument(db, edited, 2000);
    expect(found.id).toBe(created.id);
    expect(found.fingerprint).toBe(edited.fingerprint);
    expect(found.urls).toEqual([original.url, edited.url]);
  });

  it('keeps different reports apart, even from the same template', async () => {
    const { db } = env;
    const a = await findOrCreateDocument(db, await pageOf(report('张三', 30), 'https://oa.example.cn/view?id=1'), 1000);
    // Same headings and sentence frames; different person and figures (as two real reports would have).
    const b = await findOrCreateDocument(db, await pageOf(report('王五', 30, 53), 'https://oa.example.cn/view?id=2'), 1000);
    expect(b.id).not.toBe(a.id);
    expect(await db.documents.count()).toBe(2);
  });

  it(`caps urls at ${MAX_DOCUMENT_URLS}, dropping the oldest`, async () => {
    const { db } = env;
    const p = await pageOf(report('张三', 30), 'https://oa.example.cn/view?id=0');
    const created = await findOrCreateDocument(db, p, 0);
    for (let i = 1; i <= MAX_DOCUMENT_URLS + 5; i++) {
      await findOrCreateDocument(db, { ...p, url: `https://oa.example.cn/view?id=${i}` }, i);
    }
    const stored = await db.documents.get(created.id);
    expect(stored?.urls).toHaveLength(MAX_DOCUMENT_URLS);
    expect(stored?.urls[0]).toBe('https://oa.example.cn/view?id=6');
    expect(stored?.urls.at(-1)).toBe(`https://oa.example.cn/view?id=${MAX_DOCUMENT_URLS + 5}`);
  });
});
