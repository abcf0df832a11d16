// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckView } from '@/components/check/CheckView';
import { checkReport } from '@/lib/checker';
import { PANEL_TEXT } from '@/lib/i18n/panel-text';
import { mountPerTest } from '../react-root';

const view = mountPerTest();

describe('体检 view', () => {
  it('tells why a finding’s part starts where it does (the section label’s tooltip)', () => {
    const text = '一、主要工作\n全年发展党员6名。\n二、存在的问题\n部分支部活动不正常，有的党员作用发挥不明显。';
    const result = checkReport(text, undefined, { explain: true });
    act(() =>
      view.root.render(
        <CheckView
          check={{ state: 'done', text, pages: null, result }}
          tags={[{ id: 'problem', label: '问题', color: '#c0392b' }] as never}
          text={PANEL_TEXT.zh}
          accepted={new Set()}
          onFocus={() => {}}
          onAnnotate={() => {}}
          onRerun={() => {}}
        />,
      ),
    );
    const label = view.container.querySelector('[data-testid="finding"] .section-label')!;
    expect(label.textContent).toBe(PANEL_TEXT.zh.sectionNames.problem);
    expect(label.getAttribute('title')).toMatch(/标题“存在的问题”指向问题/);
  });
});
