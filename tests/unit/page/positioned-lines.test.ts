// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isPositionedLayout, linesOfRuns, type PlacedRun } from '@/lib/page/sources/positioned-lines';

/** Runs of one line at `top`, `width` px per character, starting at `left`. */
const run = (text: string, top: number, left: number, width = 20): PlacedRun => ({ text, top, bottom: top + 20, left, right: left + text.length * width });

describe('linesOfRuns', () => {
  it('puts runs drawn on one baseline on one line, and starts a line where the text moves down', () => {
    const runs = [run('今年以来，街道', 90, 90), run('社区党委围绕', 90, 230), run('“红色物业”建设', 124, 90), run('一、履职情况', 168, 90)];
    expect(linesOfRuns(runs)).toEqual(['今年以来，街道社区党委围绕', '“红色物业”建设', '一、履职情况']);
  });

  it('reads one positioned span per character as the line it draws', () => {
    const chars = [...'三、下一步打算'].map((ch, i) => run(ch, 40, 90 + i * 20.5));
    const next = [...'进一步加强'].map((ch, i) => run(ch, 74, 90 + i * 20.5));
    expect(linesOfRuns([...chars, ...next])).toEqual(['三、下一步打算', '进一步加强']);
  });

  it('starts a line where the text wraps back left on the same height (a new page or column at the same offset)', () => {
    expect(linesOfRuns([run('第一页末行', 1000, 90), run('第二页首行', 1000, 90)])).toEqual(['第一页末行', '第二页首行']);
  });
});

describe('isPositionedLayout', () => {
  it('tells a converter\'s positioned lines from an ordinary page', () => {
    document.body.innerHTML = `<div class="pf">${['一、履职情况', '今年以来，街道社区党委', '围绕红色物业建设', '二、存在问题']
      .map((line, i) => `<div style="position:absolute;top:${40 + i * 34}px">${line}</div>`)
      .join('')}</div>`;
    expect(isPositionedLayout(document.body)).toBe(true);
    document.body.innerHTML = `<div style="position:absolute"><span style="position:absolute">三</span><span style="position:absolute">、</span><span style="position:absolute">下</span></div>`;
    expect(isPositionedLayout(document.body)).toBe(true);
    document.body.innerHTML = '<nav style="position:fixed">首页</nav><h1>述职报告</h1><p>一、履职情况</p><p>今年以来，<b>街道</b>社区党委围绕红色物业建设。</p><p>二、存在问题</p>';
    expect(isPositionedLayout(document.body)).toBe(false);
  });
});
