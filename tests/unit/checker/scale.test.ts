import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';
import { report } from './helpers';

describe('input size', () => {
  it('handles whitespace-only input', () => {
    expect(checkReport(' \n\u3000\n')).toEqual({ sections: [], findings: [] });
  });

  // Correctness at scale, not speed (npm run bench measures that): the timeout only allows for a loaded machine.
  it('checks about 2 MB with offsets that point at the text (speed: npm run bench)', { timeout: 60_000 }, () => {
    const unit = `${report({ problem: '部分支部活动不正常。全镇有3个支部未换届。', measure: '进一步加强党员日常学习教育。年底前由组织委员牵头完成整顿。' })}\n全镇共有X个支部。\n`;
    const text = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
    const { sections, findings } = checkReport(text);
    const copies = Math.ceil((2 * 1024 * 1024) / unit.length);
    expect(findings.filter((f) => f.rule === 'vague-problem')).toHaveLength(copies);
    expect(findings.filter((f) => f.rule === 'vague-measure')).toHaveLength(copies);
    expect(findings.filter((f) => f.rule === 'missing-data')).toHaveLength(copies);
    const last = findings.filter((f) => f.rule !== 'missing-data').slice(-2);
    expect(last.map((f) => text.slice(f.start, f.end))).toEqual(['部分支部活动不正常', '进一步加强党员日常学习教育']);
    expect(sections.length).toBe(copies * 4);
  });

  // Flattened text can lose its sentence stops: one 550,000-character "sentence" of 50,000 hedges is one
  // finding that spans it (its speed, and the quadratic look-back it once had, are in npm run bench).
  it('checks a long problem part without a single sentence stop', { timeout: 60_000 }, () => {
    const text = `二、存在问题\n${'工作中还存在一些问题，'.repeat(50_000)}\n三、整改措施\n年底前由组织委员牵头完成整顿。`;
    const vague = checkReport(text).findings.filter((f) => f.rule === 'vague-problem');
    expect(vague).toHaveLength(1);
    expect(vague[0]!.end - vague[0]!.start).toBe(550_000);
  });
});
