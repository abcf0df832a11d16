import { describe, expect, it } from 'vitest';
import { originHost, pickFillTarget } from '@/lib/assessment/fill-target';

describe('pickFillTarget', () => {
  it('picks the field chosen last across frames and skips frames without one', () => {
    const form = { origin: 'https://oa.example.gov', label: '存在问题', chosenAt: 2_000 };
    const search = { origin: 'https://viewer.example.gov', label: '搜索', chosenAt: 1_000 };
    expect(pickFillTarget([{ frameId: 0, target: search }, { frameId: 7, target: null }, { frameId: 9, target: form }, { frameId: 3, target: undefined }])).toEqual({ ...form, frameId: 9 });
    expect(pickFillTarget([{ frameId: 0, target: null }])).toBeNull();
    expect(pickFillTarget([])).toBeNull();
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
