// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { ImportConflicts, type AssessmentChoice } from '@/components/panel/ImportConflicts';
import { PANEL_TEXT } from '@/lib/i18n/panel-text';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { assessmentDifferences } from '@/lib/transfer/assessment-differences';
import type { Assessment } from '@/lib/schema';
import type { AssessmentConflict } from '@/lib/transfer';
import { mountPerTest } from '../react-root';

const view = mountPerTest();

const mine: Assessment = { documentId: 'zhang', tagSetId: 'default', rating: '好', editedSections: { problems: '我写的：台账不规范。' }, speaker: '张三', reviewer: '李评', date: '2025-01-02', updatedAt: 1 };
const theirs: Assessment = { ...mine, rating: '一般', editedSections: { problems: '同事写的：学习不深入。', suggestions: '建议加强轮训。' }, reviewer: '王评', updatedAt: 2 };
const conflict: AssessmentConflict = { mine, theirs, title: '张三2024年度述职报告' };

describe('assessmentDifferences', () => {
  it('lists the fields that differ, in the form’s order, and ignores the time', () => {
    expect(assessmentDifferences(mine, theirs)).toEqual([
      { field: 'rating', mine: '好', theirs: '一般' },
      { field: 'reviewer', mine: '李评', theirs: '王评' },
      { field: 'section', sectionId: 'problems', mine: '我写的：台账不规范。', theirs: '同事写的：学习不深入。' },
      { field: 'section', sectionId: 'suggestions', mine: null, theirs: '建议加强轮训。' },
    ]);
    expect(assessmentDifferences(mine, { ...mine, updatedAt: 99 })).toEqual([]);
  });
});

describe('ImportConflicts with assessments', () => {
  const render = (choices: ReadonlyMap<string, AssessmentChoice>, handlers: Partial<Record<'onChooseAssessment' | 'onChooseAll' | 'onFinish', () => void>> = {}) =>
    act(() =>
      view.root.render(
        <ImportConflicts
          fileName="同事.pingyue.json"
          conflicts={[]}
          choices={new Map()}
          assessmentConflicts={[conflict]}
          assessmentChoices={choices}
          tags={DEFAULT_TAG_SET.tags}
          sections={DEFAULT_TAG_SET.form.sections}
          text={PANEL_TEXT.zh}
          onChoose={() => undefined}
          onChooseAssessment={handlers.onChooseAssessment ?? (() => undefined)}
          onChooseAll={handlers.onChooseAll ?? (() => undefined)}
          onFinish={handlers.onFinish ?? (() => undefined)}
          onCancel={() => undefined}
        />,
      ),
    );
  const button = (name: string) => [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;

  it('shows each differing field of the report’s assessment, mine above the file’s, and waits for a choice', () => {
    const choose = vi.fn();
    render(new Map(), { onChooseAssessment: choose });
    const section = view.container.querySelector('[data-testid="import-conflicts"]')!;
    expect(section.querySelector('[role="status"]')!.textContent).toBe('同事.pingyue.json 中有 1 份评议意见与您本机的不同。请逐份选择保留哪个版本；选择完成前不会改动任何内容。');
    const card = section.querySelector('[data-testid="assessment-conflict"]')!;
    expect(card.textContent).toContain('评议意见：张三2024年度述职报告');
    const fields = [...card.querySelectorAll('[data-testid="assessment-difference"]')].map((d) => [
      d.querySelector('.conflict-field-name')!.textContent,
      d.querySelector('[data-testid="assessment-mine"]')!.textContent,
      d.querySelector('[data-testid="assessment-theirs"]')!.textContent,
    ]);
    expect(fields).toEqual([
      ['总体评价', '好', '一般'],
      ['评议人', '李评', '王评'],
      ['存在问题', '我写的：台账不规范。', '同事写的：学习不深入。'],
      ['意见建议', '（未改写，按批注自动生成）', '建议加强轮训。'],
    ]);
    expect(button('完成导入').disabled).toBe(true);
    const group = card.querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).toBe('评议意见：张三2024年度述职报告');
    const radios = [...group.querySelectorAll('label')];
    expect(radios.map((l) => l.textContent)).toEqual(['保留我的', '采用文件中的']);
    act(() => radios[1]!.querySelector('input')!.click());
    expect(choose).toHaveBeenCalledWith('zhang', 'theirs');
  });

  it('完成导入 is enabled once every assessment has a choice; 全部保留我的 decides them all', () => {
    const all = vi.fn();
    const finish = vi.fn();
    render(new Map([['zhang', 'theirs']]), { onChooseAll: all, onFinish: finish });
    expect((view.container.querySelectorAll('input[type="radio"]')[1] as HTMLInputElement).checked).toBe(true);
    expect(button('完成导入').disabled).toBe(false);
    act(() => button('完成导入').click());
    expect(finish).toHaveBeenCalled();
    act(() => button('全部保留我的').click());
    expect(all).toHaveBeenCalledWith('mine');
  });
});
