import { describe, expect, it } from 'vitest';
import { findFillTarget, type FillTargetBrowser } from '@/components/panel/find-fill-target';
import type { FillTarget } from '@/lib/schema';

/** Tabs as the panel sees them: per tab, the frames' answers; tabs Pingyue may not read refuse scripting and answer nothing. */
function fakeBrowser(tabs: Record<number, { title: string; readable: boolean; answers: Record<number, FillTarget | null> }>): FillTargetBrowser & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    tabs: {
      query: async () => Object.keys(tabs).map((id) => ({ id: Number(id) })),
      get: async (tabId) => ({ title: tabs[tabId]!.title }),
      sendMessage: async (tabId, _message, { frameId }) => {
        asked.push(`${tabId}/${frameId}`);
        const tab = tabs[tabId]!;
        if (!tab.readable) throw new Error('Could not establish connection. Receiving end does not exist.');
        return tab.answers[frameId] ?? null;
      },
    },
    scripting: {
      executeScript: async ({ target }) => {
        const tab = tabs[target.tabId]!;
        if (!tab.readable) throw new Error('Cannot access contents of the page.');
        return Object.keys(tab.answers).map((frameId) => ({ frameId: Number(frameId) }));
      },
    },
    runtime: { sendMessage: async () => ({ ok: true, value: [] }) },
  };
}

const field = (label: string, chosenAt: number): FillTarget => ({ origin: 'https://oa.example.gov', label, chosenAt });

describe('findFillTarget', () => {
  it('asks every frame of every tab and offers the field chosen last, naming its tab when it is not the report’s', async () => {
    const api = fakeBrowser({
      1: { title: '述职报告', readable: true, answers: { 0: null, 3: field('备注', 1_000) } },
      2: { title: '年度述职评议表', readable: true, answers: { 0: field('存在问题', 3_000) } },
      5: { title: '新标签页', readable: false, answers: {} },
      7: { title: '评议表（旧）', readable: true, answers: { 0: field('意见建议', 2_000) } },
    });
    expect(await findFillTarget(1, api)).toEqual({ ...field('存在问题', 3_000), tabId: 2, frameId: 0, tabTitle: '年度述职评议表' });
    expect(api.asked).toEqual(expect.arrayContaining(['1/0', '1/3', '2/0', '5/0', '7/0']));
  });

  it('names no tab when the field is in the report’s own tab, and finds nothing when no frame has a chosen field', async () => {
    const api = fakeBrowser({ 1: { title: '述职报告', readable: true, answers: { 0: null, 4: field('存在问题', 5_000) } } });
    expect(await findFillTarget(1, api)).toEqual({ ...field('存在问题', 5_000), tabId: 1, frameId: 4 });
    expect(await findFillTarget(1, fakeBrowser({ 1: { title: '', readable: true, answers: { 0: null } } }))).toBeNull();
  });
});
