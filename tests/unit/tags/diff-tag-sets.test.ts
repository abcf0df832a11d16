import { describe, expect, it } from 'vitest';
import type { TagSet } from '@/lib/schema/tag-set';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { diffTagSets } from '@/lib/tags/diff-tag-sets';

const base: TagSet = { ...DEFAULT_TAG_SET, id: 'team', name: '甲部门', version: 1 };

describe('diffTagSets', () => {
  it('finds nothing between equal sets, whatever their versions', () => {
    expect(diffTagSets(base, { ...base, version: 7 }, 'zh')).toEqual([]);
  });

  it('describes tag changes by tag, matching tags by id', () => {
    const [achievement, problem, measure, cause] = base.tags;
    const after: TagSet = {
      ...base,
      tags: [
        { ...problem!, label: '存在问题' },
        { ...achievement!, color: '#22c55e', guideline: '新的说明' },
        { ...measure!, shortcut: null, section: null },
        { id: 'highlight', label: '亮点', color: '#f59e0b', shortcut: 6, guideline: '', section: null },
        cause!,
      ],
    };
    expect(diffTagSets(base, after, 'zh')).toEqual([
      '标签「问题」改名为「存在问题」',
      '标签「成绩」颜色 #16a34a → #22c55e',
      '标签「成绩」的使用说明已修改',
      '标签「措施」快捷键 Alt+Shift+3 → 无',
      '标签「措施」所属的报告部分已修改',
      '新增标签「亮点」',
      '删除标签「疑问」（已有批注保留，显示为“已删除的标签”）',
      '标签顺序已调整',
    ]);
    expect(diffTagSets(base, after, 'en')[0]).toBe('Tag “问题” renamed to “存在问题”');
  });

  it('describes set details, checker and form changes', () => {
    const after: TagSet = {
      ...base,
      name: '甲部门（2025）',
      locked: true,
      checker: { extraTriggers: { 'vague-measure': ['狠抓落实'] }, disabledRules: ['objective-cause'] },
      form: {
        ...base.form,
        sections: [
          { ...base.form.sections[0]!, title: '成绩' },
          { ...base.form.sections[1]!, tagIds: ['problem'], includeFlags: true },
          { id: 'other', title: '其他', tagIds: [], itemTemplate: '{{quote}}', includeFlags: false, commentedOnly: false },
        ],
        ratingScale: ['优秀', '称职', '基本称职', '不称职'],
      },
    };
    expect(diffTagSets(base, after, 'zh')).toEqual([
      '名称：「甲部门」→「甲部门（2025）」',
      '已锁定（评阅人不能再修改）',
      '体检规则「原因客观化」已停用',
      '体检规则「措施空泛」新增空泛词：狠抓落实',
      '评议表部分「主要成绩」改名为「成绩」',
      '评议表部分「存在问题」汇总的标签已修改',
      '评议表部分「存在问题」将附上体检问题汇总',
      '评议表新增部分「其他」',
      '评议表删除部分「意见建议」',
      '评定等次：好/较好/一般/差 → 优秀/称职/基本称职/不称职',
    ]);
    expect(diffTagSets(after, base, 'en')).toContain('Checker rule “Vague measure”: vague words removed: 狠抓落实');
  });
});
