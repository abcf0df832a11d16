import { describe, expect, it } from 'vitest';
import { originHost, pickFillTarget } from '@/lib/assessment/fill-target';

describe('pickFillTarget', () => {
  it('picks the field chosen last across frames and skips frames without one', () => {
    const form = { origin: 'https://oa.example.gov', label: '存在问题', chosenAt: 2_000 };
    const search = { origin: 'https://viewer.example.gov', label: '搜索', chosenAt: 1_000 };
    expect(pickFillTarget([{ tabId: 1, frameId: 0, target: search }, { tabId: 1, frameId: 7, target: null }, { tabId: 1, frameId: 9, target: form }, { tabId: 1, frameId: 3, target: undefined }])).toEqual({ ...form, tabId: 1, frameId: 9 });
    expect(pickFillTarget([{ tabId: 1, frameId: 0, target: null }])).toBeNull();
    expect(pickFillTarget([])).toBeNull();
  });

  it('across tabs, the field focused most recently wins, whichever tab it is in', () => {
    const inReportTab = { origin: 'https://reports.example.gov', label: '备注', chosenAt: 1_000 };
    const inFormTab = { origin: 'https://oa.example.gov', label: '存在问题', chosenAt: 3_000 };
    const olderFormTab = { origin: 'https://oa.example.gov', label: '意见建议', chosenAt: 2_000 };
    const answers = [
      { tabId: 4, frameId: 0, target: inReportTab },
      { tabId: 9, frameId: 0, target: olderFormTab },
      { tabId: 7, frameId: 2, target: inFormTab },
    ];
    expect(pickFillTarget(answers)).toEqual({ ...inFormTab, tabId: 7, frameId: 2 });
    expect(pickFillTarget(answers.slice(0, 2))).toEqual({ ...olderFormTab, tabId: 9, frameId: 0 });
  });
});

describe('originHost', () => {
  it('names the host (and port) of an origin; opaque origins are left for the panel to word', () => {
    expect(originHost('https://oa.example.gov')).toBe('oa.example.gov');
    expect(originHost('http://127.0.0.1:8080')).toBe('127.0.0.1:8080');
    expect(originHost('null')).toBeNull();
    expect(originHost('file://')).toBeNull();
  });
});
