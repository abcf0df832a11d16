import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openPanelTab, selectText } from './fixtures';
import { twoCopies } from './viewers/report-service';
import { expect, paintedIn, selectInPdfPage, sentenceOnPage, storedReports, tagLayer, test, textLayerDrawn } from './viewers/viewer-kit';

// The reader (reader.html): a local report opened through its file input, tagged, listed in the panel,
// and recognised again when the same file is opened from another folder in a new tab. pdf.js parses and
// draws in the page, several seconds per open on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

async function openInReader(page: Page, extensionId: string, file: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/reader.html`);
  await page.getByTestId('reader-file-input').setInputFiles(file);
}

test('a local PDF: tagged in the reader, listed in the panel, painted again when reopened from another folder', async ({ context, reports, serviceWorker, extensionId }) => {
  const files = twoCopies('张三2026年述职报告.pdf', reports.pdf.bytes);
  try {
    const passage = sentenceOnPage(reports.pdfText, 1);
    let page = await context.newPage();
    await openInReader(page, extensionId, files.first);
    await expect(page.getByTestId('reader-details'), 'the header names the file and counts its pages').toContainText(`共 ${reports.pdfText.numPages} 页`, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 }), "the PDF's own title names the report").toHaveText(reports.pdf.title);
    await textLayerDrawn(page.mainFrame(), 1);
    await selectInPdfPage(page.mainFrame(), 1, passage);
    await page.keyboard.press('Alt+Shift+1');
    await expect.poll(() => paintedIn(page.mainFrame(), tagLayer('achievement'))).toEqual([{ text: passage, page: 1 }]);

    const panel = await openPanelTab(context, serviceWorker, extensionId, page);
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText(reports.pdf.title);
    await expect(panel.getByTestId('annotation')).toHaveCount(1);
    await expect(panel.getByTestId('annotation')).toContainText(passage.slice(0, 12));
    await panel.close();
    await page.close();

    // Another day: the same file, from the archive folder, in a new tab.
    page = await context.newPage();
    await openInReader(page, extensionId, files.second);
    await expect(page.getByTestId('reader-details')).toContainText('张三2026年述职报告.pdf', { timeout: 60_000 });
    await textLayerDrawn(page.mainFrame(), 1);
    await expect.poll(() => paintedIn(page.mainFrame(), tagLayer('achievement')), { message: 'the tag comes back painted' }).toEqual([{ text: passage, page: 1 }]);
    const again = await openPanelTab(context, serviceWorker, extensionId, page);
    await expect(again.getByTestId('annotation')).toHaveCount(1);
    expect(await storedReports(again), 'one stored report').toEqual([expect.objectContaining({ title: reports.pdf.title })]);
  } finally {
    files.cleanup();
  }
});

test('a local .docx: tagged in the reader, listed in the panel, painted again when reopened from another folder', async ({ context, reports, serviceWorker, extensionId }) => {
  const files = twoCopies('李四述职报告.docx', reports.docx.bytes);
  try {
    const paragraph = reports.docx.model.parts[1]!.blocks[0]!.paragraphs[0]!;
    const passage = paragraph.split('，').slice(1, 3).join('，');
    let page = await context.newPage();
    await openInReader(page, extensionId, files.first);
    await expect(page.getByTestId('reader-details')).toContainText('Word 文档', { timeout: 30_000 });
    await expect(page.locator('#document section.docx').first()).toContainText(reports.docx.model.title);
    await selectText(page, '#document', passage);
    await page.keyboard.press('Alt+Shift+2');
    await expect.poll(() => paintedIn(page.mainFrame(), tagLayer('problem'))).toEqual([{ text: passage, page: null }]);

    const panel = await openPanelTab(context, serviceWorker, extensionId, page);
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('李四述职报告');
    await expect(panel.getByTestId('annotation')).toHaveCount(1);
    await expect(panel.getByTestId('annotation')).toContainText(passage.slice(0, 12));
    await panel.close();
    await page.close();

    page = await context.newPage();
    await openInReader(page, extensionId, files.second);
    await expect.poll(() => paintedIn(page.mainFrame(), tagLayer('problem')), { message: 'the tag comes back painted' }).toEqual([{ text: passage, page: null }]);
    const again = await openPanelTab(context, serviceWorker, extensionId, page);
    await expect(again.getByTestId('annotation')).toHaveCount(1);
    expect(await storedReports(again)).toHaveLength(1);
  } finally {
    files.cleanup();
  }
});

test('the reader says what is wrong with a file it cannot open, reads GBK text, and passes an accessibility check', async ({ context, extensionId }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-reader-'));
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/reader.html`);
    await expect(page.getByRole('button', { name: '打开文件' }).first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`), 'no accessibility violations in the empty reader').toEqual([]);

    const broken = path.join(dir, '王五述职报告.pdf');
    fs.writeFileSync(broken, '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
    await page.getByTestId('reader-file-input').setInputFiles(broken);
    await expect(page.getByRole('alert')).toContainText('无法打开「王五述职报告.pdf」：PDF 文件已损坏或不完整', { timeout: 30_000 });

    const gbk = path.join(dir, '赵六述职报告.txt');
    const line = '全年完成社区走访一千二百户，化解矛盾纠纷四十三件。';
    fs.writeFileSync(gbk, new Uint8Array(Buffer.from(await page.evaluate((text) => {
      // The page has a GB18030 decoder: invert it over the two-byte range to encode the test line.
      const decoder = new TextDecoder('gb18030');
      const table = new Map<string, number[]>();
      for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (!table.has(ch)) table.set(ch, [hi, lo]);
      }
      return [...text].flatMap((ch) => table.get(ch)!);
    }, line))));
    await page.getByTestId('reader-file-input').setInputFiles(gbk);
    await expect(page.getByTestId('reader-details')).toContainText('文本（GBK/GB18030）');
    await expect(page.locator('#document .text-page')).toHaveText(line);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const shown = await new AxeBuilder({ page }).analyze();
    expect(shown.violations.map((v) => `${v.id}: ${v.help}`), 'no accessibility violations with a report shown').toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
