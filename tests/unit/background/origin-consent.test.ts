import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openPingyueDB, type PingyueDB } from '@/lib/db';
import { findOrCreateDocument } from '@/lib/db/documents';
import { describeRange } from '@/lib/anchoring/describe';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { handleContentMessage, type FrameSeen, type MessageSender } from '@/lib/background/handle-content-message';
import { handlePageMessage } from '@/lib/background/handle-page-message';
import { TabFrames } from '@/lib/background/tab-frames';
import { originOf, originOfSender, originsOfUrls, withOrigin } from '@/lib/documents/report-origins';
import type { FrameDocument, PageIdentity, PageState } from '@/lib/schema';
import { listReportSites } from '@/lib/background/origin-consent';
import { refreshReportFrames } from '@/lib/background/refresh-report-frames';

const REPORT = '二、存在的问题。部分党员参加组织生活不够经常。三、下一步打算。明年六月底前完成轮训。';
const OWN = 'https://oa.example.cn/report/7?token=abc';
const COPY = 'https://evil.example/copy.html';
const READER = 'chrome-extension://pingyue-id/reader.html';

let db: PingyueDB;
let seen: FrameSeen[];
const ctx = (readerUrl?: string) => ({ db, extensionId: 'pingyue-id', now: () => 1_700_000_000_000, onFrameSeen: async (f: FrameSeen) => void seen.push(f), readerUrl });
const senderAt = (url: string, frameId = 0): MessageSender => ({ id: 'pingyue-id', url, origin: new URL(url).origin, tab: { id: 5 }, frameId });
const pageAt = async (url: string, text = REPORT): Promise<PageIdentity> => pageIdentity(await identifyText(text), { url, title: '述职报告', complete: true });

beforeEach(() => {
  db = openPingyueDB(`origin-consent-${Math.random()}`);
  seen = [];
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The reviewer tags a passage of REPORT shown at `url`. */
async function tag(url: string, exact: string): Promise<string> {
  const start = REPORT.indexOf(exact);
  const reply = await handleContentMessage(
    { type: 'annotation/create', page: await pageAt(url), tagId: 'problem', comment: '', anchor: describeRange(REPORT, start, start + exact.length) },
    senderAt(url),
    ctx(),
  );
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value as PageState).documentId!;
}

const open = async (url: string, text = REPORT, sender = senderAt(url), readerUrl?: string) =>
  (await handleContentMessage({ type: 'page/opened', page: await pageAt(url, text) }, sender, ctx(readerUrl))) as { ok: true; value: PageState };

describe('report origins', () => {
  it('names web, file and extension origins, and one opaque key for the rest', () => {
    expect(originOf('https://oa.example.cn:8443/view?id=1#p2')).toBe('https://oa.example.cn:8443');
    expect(originOf('file:///home/me/report.html')).toBe('file://');
    expect(originOf('chrome-extension://abc/reader.html?file=a.pdf')).toBe('chrome-extension://abc');
    expect(originOf('moz-extension://1234-5678/reader.html')).toBe('moz-extension://1234-5678');
    for (const opaque of ['data:text/html,<p>x', 'about:blank', 'not a url', undefined]) expect(originOf(opaque)).toBe('null');
    // Chrome's sender.origin is right for about:blank and srcdoc frames, which inherit their parent's.
    expect(originOfSender({ url: 'about:srcdoc', origin: 'https://oa.example.cn' })).toBe('https://oa.example.cn');
    expect(originOfSender({ url: 'https://oa.example.cn/a' })).toBe('https://oa.example.cn');
    expect(originsOfUrls(['https://a.example/1', 'https://b.example/2', 'https://a.example/3'])).toEqual(['https://a.example', 'https://b.example']);
    expect(withOrigin(['https://a.example', 'https://b.example'], 'https://a.example')).toEqual(['https://b.example', 'https://a.example']);
  });
});

describe('the origin-consent gate', () => {
  it('binds a report to the origin where it was tagged, and paints it at any URL of that origin', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn']);
    const reply = await open('https://oa.example.cn/other/path?ticket=2');
    expect(reply.value.documentId).toBe(id);
    expect(reply.value.annotations).toHaveLength(1);
    expect(seen.at(-1)).not.toHaveProperty('awaitingConsent');
  });

  it('tells a copy on another origin nothing, changes nothing stored, and records the frame as awaiting consent', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    const before = await db.documents.get(id);
    const reply = await open(COPY, REPORT, senderAt(COPY, 3));
    expect(reply.value).toMatchObject({ documentId: null, annotations: [] });
    expect(seen.at(-1)).toMatchObject({ frameId: 3, documentId: null, awaitingConsent: { documentId: id, origin: 'https://evil.example' } });
    // The copy neither renamed the report nor added its URL.
    expect(await db.documents.get(id)).toEqual(before);
  });

  it('refuses anchor statuses from an origin the report is not used at, until the reviewer consents in the panel', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    const [note] = await db.annotations.toArray();
    const statuses = { type: 'annotation/statuses', page: await pageAt(COPY), documentId: id, statuses: [{ id: note!.id, status: 'orphan' }] };
    expect(await handleContentMessage(statuses, senderAt(COPY), ctx())).toEqual({ ok: false, error: expect.stringContaining('not used at this origin') });
    expect((await db.annotations.get(note!.id))?.anchorStatus).toBe('anchored');

    const frames = new TabFrames({ get: async () => ({}), set: async () => undefined, remove: async () => undefined });
    const consent = await handlePageMessage({ type: 'origin/consent', documentId: id, origin: 'https://evil.example' }, { db, now: () => 0, frames, onTagSetsChanged: async () => undefined, onReportOriginsChanged: async () => undefined });
    expect(consent).toEqual({ ok: true, value: null });
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn', 'https://evil.example']);
    expect((await open(COPY)).value.annotations).toHaveLength(1);
    expect(await handleContentMessage(statuses, senderAt(COPY), ctx())).toEqual({ ok: true, value: null });
    expect((await db.annotations.get(note!.id))?.anchorStatus).toBe('orphan');
  });

  it('consent for one report is not consent for another, and a vanished report cannot be consented to', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    const frames = new TabFrames({ get: async () => ({}), set: async () => undefined, remove: async () => undefined });
    const pageCtx = { db, now: () => 0, frames, onTagSetsChanged: async () => undefined, onReportOriginsChanged: async () => undefined };
    expect(await handlePageMessage({ type: 'origin/consent', documentId: 'gone', origin: 'https://evil.example' }, pageCtx)).toEqual({ ok: false, error: 'report not found' });
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn']);
  });

  it('counts the reader as the extension’s own origin, used by opening the file there', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    const readerPage = `${READER}?file=report.txt`;
    const reply = await open(readerPage, REPORT, { id: 'pingyue-id', url: READER, tab: { id: 9 }, frameId: 0 }, READER);
    expect(reply.value.documentId).toBe(id);
    expect(reply.value.annotations).toHaveLength(1);
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn', 'chrome-extension://pingyue-id']);
  });
});

describe('origins in import files', () => {
  const fileWith = async (version: 1 | 2, origins: string[] | undefined) => {
    const identity = await pageAt(OWN);
    const document = {
      id: 'from-file', fingerprint: identity.fingerprint, sketch: identity.sketch, textLength: identity.textLength, scheme: 2, winnow: identity.winnow, complete: true,
      pdfFingerprints: [], title: '文件中的报告', url: 'https://shared.example/view?id=1', urls: ['https://shared.example/view?id=1'], createdAt: 1, updatedAt: 2,
      ...(origins ? { origins } : {}),
    };
    return JSON.stringify({ format: 'pingyue/annotations', version, exportedAt: '2025-01-02T03:04:05.000Z', generator: { name: 'pingyue', version: '0.1.0' }, documents: [document], annotations: [], tagSets: [] });
  };
  const importFile = async (text: string) => {
    const { parseImport } = await import('@/lib/transfer/parse-import');
    const { importExport } = await import('@/lib/transfer/import-export');
    const parsed = await parseImport(text, 'en', 10);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return importExport(db, parsed.data, 10);
  };

  it('a colleague’s file only proposes sites: a new report is not shown on a site the reviewer does not use, the first visit asks', async () => {
    expect((await importFile(await fileWith(2, ['https://evil.example']))).documents).toEqual({ added: 1, merged: 0, asking: 1 });
    expect((await db.documents.get('from-file'))?.origins).toEqual([]);
    const reply = await open(COPY, REPORT, senderAt(COPY, 4));
    expect(reply.value).toMatchObject({ documentId: null, annotations: [] });
    expect(seen.at(-1)).toMatchObject({ frameId: 4, awaitingConsent: { documentId: 'from-file', origin: 'https://evil.example' } });
  });

  it('a site the reviewer already uses for other reports is trusted at once; the file’s others wait', async () => {
    // Another report of the reviewer's, on their OA site.
    const other = await pageAt('https://oa.example.cn/report/8', '一、主要成绩。全年发展党员十二名。二、存在的问题。台账不够规范。');
    const mine = await findOrCreateDocument(db, other, 1);
    await db.documents.update(mine.id, { origins: ['https://oa.example.cn'] });
    const counts = await importFile(await fileWith(2, ['https://evil.example', 'https://oa.example.cn']));
    expect(counts.documents).toEqual({ added: 1, merged: 0, asking: 1 });
    expect((await db.documents.get('from-file'))?.origins).toEqual(['https://oa.example.cn']);
    expect((await open(OWN)).value.documentId).toBe('from-file');
  });

  it('a file that names no site shows its report nowhere; a version-1 file’s URLs are proposals like any other', async () => {
    await importFile(await fileWith(2, undefined));
    expect((await db.documents.get('from-file'))?.origins).toBeUndefined();
    expect((await open(OWN)).value.documentId).toBeNull();
    await db.documents.clear();
    const counts = await importFile(await fileWith(1, undefined));
    expect(counts.documents.asking).toBe(1);
    expect((await db.documents.get('from-file'))?.origins).toEqual([]);
  });

  it('a restore of the reviewer’s own backup keeps the sites it names', async () => {
    const { restoreBackup } = await import('@/lib/backup/restore-backup');
    const store: Record<string, unknown> = {};
    const storage = { get: async () => ({ ...store }), set: async (items: Record<string, unknown>) => void Object.assign(store, items), remove: async () => undefined };
    const { runDailyBackup } = await import('@/lib/backup/daily-backup');
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    await db.documents.update(id, { origins: ['https://oa.example.cn', 'https://oa2.example.cn'] });
    const { written } = (await runDailyBackup(db, storage, 1_700_000_000_000)) as { written: { key: string } };
    await db.documents.update(id, { origins: [] });
    const restored = await restoreBackup(db, { ...storage, get: async (key?: string | string[] | null) => (typeof key === 'string' ? { [key]: store[key] } : { ...store }) }, written.key, 'zh', 1_700_000_100_000);
    expect(restored.ok).toBe(true);
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn', 'https://oa2.example.cn']);
  });

  it('a file cannot show a stored report anywhere else', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    await importFile(await fileWith(2, ['https://evil.example']));
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn']);
    expect((await open(COPY)).value.annotations).toEqual([]);
  });
});

describe('withdrawing consent', () => {
  const frames = new TabFrames({ get: async () => ({}), set: async () => undefined, remove: async () => undefined });
  let changed: string[][];
  const pageCtx = () => ({ db, now: () => 0, frames, onTagSetsChanged: async () => undefined, onReportOriginsChanged: async (ids: readonly string[]) => void changed.push([...ids]) });
  beforeEach(() => {
    changed = [];
  });

  it('移除 for one report: its frames there are unpainted and asked again, no note is lost, and its open frames are repainted', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    await handlePageMessage({ type: 'origin/consent', documentId: id, origin: 'https://evil.example' }, pageCtx());
    expect((await open(COPY)).value.annotations).toHaveLength(1);
    const notesBefore = await db.annotations.toArray();

    const reply = await handlePageMessage({ type: 'origin/withdraw', documentId: id, origin: 'https://evil.example' }, pageCtx());
    expect(reply).toEqual({ ok: true, value: [id] });
    expect(changed).toEqual([[id], [id]]); // the consent, then the withdrawal
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn']);
    expect((await open(COPY, REPORT, senderAt(COPY, 2))).value).toMatchObject({ documentId: null, annotations: [] });
    expect(seen.at(-1)).toMatchObject({ awaitingConsent: { documentId: id, origin: 'https://evil.example' } });
    expect(await db.annotations.toArray()).toEqual(notesBefore);
    // Its own site is untouched.
    expect((await open(OWN)).value.annotations).toHaveLength(1);
  });

  it('不再在此网站显示批注 withdraws a site from every report; a report not shown there is not touched', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    const other = await findOrCreateDocument(db, await pageAt('https://b.example/2', '另一份报告。一、主要成绩。全年完成轮训三次。'), 1);
    await db.documents.update(other.id, { origins: ['https://b.example', 'https://oa.example.cn'] });
    const third = await findOrCreateDocument(db, await pageAt('https://c.example/3', '第三份报告。二、存在的问题。学习不够深入。'), 1);
    await db.documents.update(third.id, { origins: ['https://c.example'] });
    expect(await listReportSites(db)).toEqual([
      { origin: 'https://b.example', reports: [{ id: other.id, title: '述职报告', url: 'https://b.example/2' }] },
      { origin: 'https://c.example', reports: [{ id: third.id, title: '述职报告', url: 'https://c.example/3' }] },
      { origin: 'https://oa.example.cn', reports: [{ id: other.id, title: '述职报告', url: 'https://b.example/2' }, { id, title: '述职报告', url: OWN }].sort((a, b) => a.id.localeCompare(b.id)) },
    ]);

    const reply = await handlePageMessage({ type: 'origin/withdraw', documentId: null, origin: 'https://oa.example.cn' }, pageCtx());
    expect(reply.ok && [...(reply.value as string[])].sort()).toEqual([id, other.id].sort());
    expect((await db.documents.get(id))?.origins).toEqual([]);
    expect((await db.documents.get(other.id))?.origins).toEqual(['https://b.example']);
    expect((await db.documents.get(third.id))?.origins).toEqual(['https://c.example']);
    expect((await open(OWN)).value.documentId).toBeNull();
    expect(await db.annotations.count()).toBe(1);
    // Tagging there again is using it again.
    await tag(OWN, '明年六月底前完成轮训');
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn']);
  });

  it('withdrawing a site a report is not shown at changes nothing and repaints nothing', async () => {
    const id = await tag(OWN, '部分党员参加组织生活不够经常');
    expect(await handlePageMessage({ type: 'origin/withdraw', documentId: id, origin: 'https://elsewhere.example' }, pageCtx())).toEqual({ ok: true, value: [] });
    expect(await handlePageMessage({ type: 'origin/withdraw', documentId: 'gone', origin: 'https://oa.example.cn' }, pageCtx())).toEqual({ ok: true, value: [] });
    expect((await db.documents.get(id))?.origins).toEqual(['https://oa.example.cn']);
  });

  it('repaints only the frames showing or asking about the reports that changed', async () => {
    const frame = (frameId: number, documentId: string | null, awaiting?: string): FrameDocument => ({
      frameId, documentId, url: `https://x.example/${frameId}`, title: '', textLength: 1, page: undefined as never,
      ...(awaiting ? { awaitingConsent: { documentId: awaiting, origin: 'https://x.example' } } : {}),
    });
    const tabs: Record<number, FrameDocument[]> = { 1: [frame(0, 'a'), frame(3, 'b')], 2: [frame(0, null, 'a'), frame(1, null)] };
    const refreshed: string[] = [];
    await refreshReportFrames([1, 2, 3], async (tabId) => tabs[tabId] ?? [], ['a'], async (tabId, target) => void refreshed.push(`${tabId}/${target.frameId}`));
    expect(refreshed.sort()).toEqual(['1/0', '2/0']);
  });
});
