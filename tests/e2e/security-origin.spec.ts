import type { Frame, Worker } from '@playwright/test';
import { expect, highlightTexts, openPanelTab, selectText, tagSamplePassages, test } from './fixtures';
import { readPage } from './server';

/**
 * Issue 14, item 4: reports belong to the origins where the reviewer used them. A site on another
 * origin holding an invisible copy of a tagged report learns nothing through `CSS.highlights` and
 * writes no 未能定位 into the reviewer's notes, until the reviewer says 显示 in the panel.
 */
test.setTimeout(120_000);

/** Every `pingyue-tag-*` highlight the frame's own scripts can see, with the passages it covers. */
const tagHighlights = (frame: Frame) =>
  frame.evaluate(() =>
    Object.fromEntries([...CSS.highlights].filter(([name]) => name.startsWith('pingyue-tag-')).map(([name, h]) => [name, [...h].map((r) => (r as Range).toString())])),
  );

/** Each stored note's passage and anchor status, read from the extension's database. */
const storedStatuses = (worker: Worker) =>
  worker.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('pingyue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('annotations').objectStore('annotations').getAll();
          all.onsuccess = () => {
            resolve(Object.fromEntries((all.result as { anchor: { quote: { exact: string } }; anchorStatus: string }[]).map((a) => [a.anchor.quote.exact, a.anchorStatus])));
            open.result.close();
          };
        };
      }),
  );

test('an invisible copy of a tagged report on another origin gets no highlights and writes no status until the reviewer consents', async ({ context, server, serviceWorker, extensionId }) => {
  const report = await context.newPage();
  await report.goto(`${server.origin}/report.html`);
  await tagSamplePassages(report);
  const tagged = { 新发展党员二十三名: 'anchored', 个别党员参加组织生活不够经常: 'anchored', 每季度开展一次述职点评: 'anchored' };
  await expect.poll(() => storedStatuses(serviceWorker)).toEqual(tagged);

  // Another site holds the report in a hidden 1-px frame, with the third passage edited away.
  server.override('/report-copy.html', readPage('report.html').replace(/<p id="p7">.*<\/p>/, '<p id="p7">明年将研究制定具体方案。</p>'));
  try {
    const spy = await context.newPage();
    await spy.goto(`${server.otherOrigin}/spy-shell.html`);
    const probe = spy.frames().find((f) => f.url().endsWith('/report-copy.html'))!;
    expect(new URL(probe.url()).origin).toBe(server.otherOrigin);

    // The panel of that tab asks; by then the frame has had its answer from the background.
    const panel = await openPanelTab(context, serviceWorker, extensionId, spy);
    const consent = panel.getByTestId('origin-consent');
    await expect(consent).toContainText(`本报告也出现在 ${server.otherOrigin}，显示批注？`);
    await expect(consent).toContainText('青禾街道党工委书记抓基层党建工作述职报告');
    // Without consent: nothing painted for the page to read, and the edited passage is not written as 未能定位.
    await spy.waitForTimeout(1_500); // longer than the content script takes to paint and report (~15 ms when it was allowed to)
    expect(await tagHighlights(probe)).toEqual({});
    expect(await storedStatuses(serviceWorker)).toEqual(tagged);
    // Reloading the frame asks again and still reveals nothing.
    await probe.evaluate(() => location.reload());
    await expect(consent).toBeVisible();
    await spy.waitForTimeout(1_500);
    expect(await tagHighlights(spy.frames().find((f) => f.url().endsWith('/report-copy.html'))!)).toEqual({});

    // The reviewer consents: the copy is painted, and its edited passage is reported where it is (not found).
    await consent.getByRole('button', { name: '显示', exact: true }).click();
    await expect(consent).toHaveCount(0);
    const shown = spy.frames().find((f) => f.url().endsWith('/report-copy.html'))!;
    await expect.poll(() => tagHighlights(shown)).toEqual({
      'pingyue-tag-achievement': ['新发展党员二十三名'],
      'pingyue-tag-problem': ['个别党员参加组织生活不够经常'],
    });
    await expect.poll(() => storedStatuses(serviceWorker)).toEqual({ ...tagged, 每季度开展一次述职点评: 'orphan' });
  } finally {
    server.override('/report-copy.html', null);
  }
});

test('不显示 keeps the copy unpainted, and the reviewer’s own site is never asked', async ({ context, server, serviceWorker, extensionId }) => {
  const report = await context.newPage();
  await report.goto(`${server.origin}/report.html?ticket=a`);
  await selectText(report, '#p2', '新发展党员二十三名');
  await report.keyboard.press('Alt+Shift+1');
  await expect.poll(() => highlightTexts(report, 'achievement')).toEqual(['新发展党员二十三名']);

  // The same origin at another URL: the reviewer's own site, painted without a question.
  const again = await context.newPage();
  await again.goto(`${server.origin}/report.html?ticket=b`);
  await expect.poll(() => highlightTexts(again, 'achievement')).toEqual(['新发展党员二十三名']);
  const ownPanel = await openPanelTab(context, serviceWorker, extensionId, again);
  await expect(ownPanel.getByTestId('annotation')).toHaveCount(1);
  await expect(ownPanel.getByTestId('origin-consent')).toHaveCount(0);

  const elsewhere = await context.newPage();
  await elsewhere.goto(`${server.otherOrigin}/report.html`);
  const panel = await openPanelTab(context, serviceWorker, extensionId, elsewhere);
  const consent = panel.getByTestId('origin-consent');
  await expect(consent).toContainText(`本报告也出现在 ${server.otherOrigin}`);
  await consent.getByRole('button', { name: '不显示' }).click();
  await expect(consent).toHaveCount(0);
  await elsewhere.waitForTimeout(1_000);
  expect(await highlightTexts(elsewhere, 'achievement')).toEqual([]);
  await expect(panel.getByTestId('annotation')).toHaveCount(0);
});
