import type { Locale } from '@/lib/i18n/locale';
import type { AssessmentTemplate, CheckerSettings, FormSection, Tag, TagSet } from '@/lib/schema/tag-set';
import { checkerRuleLabel } from './checker-rules';

/**
 * What changed between two versions of a tag set, one line a reader can check against the team's
 * announcement (新增标签「亮点」, 标签「成绩」颜色 #16a34a → #22c55e …). Tags and form sections are
 * matched by id, so a renamed tag is a rename and not a removal plus an addition. An empty list means
 * the two versions are the same apart from the version number.
 */
export function diffTagSets(before: TagSet, after: TagSet, locale: Locale): string[] {
  const say = PHRASES[locale];
  return [
    ...diffDetails(before, after, say),
    ...diffTags(before.tags, after.tags, say),
    ...diffChecker(before.checker, after.checker, say, locale),
    ...diffForm(before.form, after.form, say),
  ];
}

function diffDetails(before: TagSet, after: TagSet, say: Phrases): string[] {
  const lines: string[] = [];
  if (before.name !== after.name) lines.push(say.name(before.name, after.name));
  if (before.description !== after.description) lines.push(say.description);
  if (before.author !== after.author) lines.push(say.author(before.author, after.author));
  if (before.locked !== after.locked) lines.push(after.locked ? say.locked : say.unlocked);
  return lines;
}

function diffTags(before: readonly Tag[], after: readonly Tag[], say: Phrases): string[] {
  const lines: string[] = [];
  const old = new Map(before.map((tag) => [tag.id, tag]));
  const kept = new Set(after.map((tag) => tag.id));
  for (const tag of after) {
    const was = old.get(tag.id);
    if (!was) {
      lines.push(say.tagAdded(tag.label));
      continue;
    }
    if (was.label !== tag.label) lines.push(say.tagRenamed(was.label, tag.label));
    if (was.color.toLowerCase() !== tag.color.toLowerCase()) lines.push(say.tagRecoloured(tag.label, was.color, tag.color));
    if (was.shortcut !== tag.shortcut) lines.push(say.tagShortcut(tag.label, was.shortcut, tag.shortcut));
    if (was.guideline !== tag.guideline) lines.push(say.tagGuideline(tag.label));
    if (was.section !== tag.section) lines.push(say.tagSection(tag.label));
  }
  for (const tag of before) if (!kept.has(tag.id)) lines.push(say.tagRemoved(tag.label));
  const commonBefore = before.filter((tag) => kept.has(tag.id)).map((tag) => tag.id);
  const commonAfter = after.filter((tag) => old.has(tag.id)).map((tag) => tag.id);
  if (commonBefore.join('\n') !== commonAfter.join('\n')) lines.push(say.tagsReordered);
  return lines;
}

function diffChecker(before: CheckerSettings, after: CheckerSettings, say: Phrases, locale: Locale): string[] {
  const lines: string[] = [];
  const wasOff = new Set(before.disabledRules);
  const isOff = new Set(after.disabledRules);
  for (const id of after.disabledRules) if (!wasOff.has(id)) lines.push(say.ruleOff(checkerRuleLabel(id, locale)));
  for (const id of before.disabledRules) if (!isOff.has(id)) lines.push(say.ruleOn(checkerRuleLabel(id, locale)));
  const ruleIds = [...new Set([...Object.keys(before.extraTriggers), ...Object.keys(after.extraTriggers)])];
  for (const id of ruleIds) {
    const was = before.extraTriggers[id] ?? [];
    const now = after.extraTriggers[id] ?? [];
    const added = now.filter((word) => !was.includes(word));
    const removed = was.filter((word) => !now.includes(word));
    if (added.length > 0) lines.push(say.wordsAdded(checkerRuleLabel(id, locale), added));
    if (removed.length > 0) lines.push(say.wordsRemoved(checkerRuleLabel(id, locale), removed));
  }
  return lines;
}

function diffForm(before: AssessmentTemplate, after: AssessmentTemplate, say: Phrases): string[] {
  const lines: string[] = [];
  if (before.title !== after.title) lines.push(say.formTitle(before.title, after.title));
  const old = new Map(before.sections.map((section) => [section.id, section]));
  const kept = new Set(after.sections.map((section) => section.id));
  for (const section of after.sections) {
    const was = old.get(section.id);
    if (!was) lines.push(say.sectionAdded(section.title));
    else lines.push(...diffFormSection(was, section, say));
  }
  for (const section of before.sections) if (!kept.has(section.id)) lines.push(say.sectionRemoved(section.title));
  const order = (sections: readonly FormSection[]) => sections.filter((s) => old.has(s.id) && kept.has(s.id)).map((s) => s.id).join('\n');
  if (order(before.sections) !== order(after.sections)) lines.push(say.sectionsReordered);
  if (before.ratingScale.join('\n') !== after.ratingScale.join('\n')) lines.push(say.ratingScale(before.ratingScale, after.ratingScale));
  return lines;
}

function diffFormSection(before: FormSection, after: FormSection, say: Phrases): string[] {
  const lines: string[] = [];
  if (before.title !== after.title) lines.push(say.sectionRenamed(before.title, after.title));
  if ([...before.tagIds].sort().join('\n') !== [...after.tagIds].sort().join('\n')) lines.push(say.sectionTags(after.title));
  if (before.itemTemplate !== after.itemTemplate) lines.push(say.sectionTemplate(after.title));
  if (before.includeFlags !== after.includeFlags) lines.push(say.sectionFlags(after.title, after.includeFlags));
  if (before.commentedOnly !== after.commentedOnly) lines.push(say.sectionCommented(after.title, after.commentedOnly));
  return lines;
}

const slot = (n: number | null, none: string) => (n === null ? none : `Alt+Shift+${n}`);

const PHRASES = {
  zh: {
    name: (a: string, b: string) => `名称：「${a}」→「${b}」`,
    description: '说明已修改',
    author: (a: string, b: string) => `作者：「${a}」→「${b}」`,
    locked: '已锁定（评阅人不能再修改）',
    unlocked: '已解除锁定',
    tagAdded: (label: string) => `新增标签「${label}」`,
    tagRemoved: (label: string) => `删除标签「${label}」（已有批注保留，显示为“已删除的标签”）`,
    tagRenamed: (a: string, b: string) => `标签「${a}」改名为「${b}」`,
    tagRecoloured: (label: string, a: string, b: string) => `标签「${label}」颜色 ${a} → ${b}`,
    tagShortcut: (label: string, a: number | null, b: number | null) => `标签「${label}」快捷键 ${slot(a, '无')} → ${slot(b, '无')}`,
    tagGuideline: (label: string) => `标签「${label}」的使用说明已修改`,
    tagSection: (label: string) => `标签「${label}」所属的报告部分已修改`,
    tagsReordered: '标签顺序已调整',
    ruleOff: (rule: string) => `体检规则「${rule}」已停用`,
    ruleOn: (rule: string) => `体检规则「${rule}」已启用`,
    wordsAdded: (rule: string, words: string[]) => `体检规则「${rule}」新增空泛词：${words.join('、')}`,
    wordsRemoved: (rule: string, words: string[]) => `体检规则「${rule}」移除空泛词：${words.join('、')}`,
    formTitle: (a: string, b: string) => `评议表标题：「${a}」→「${b}」`,
    sectionAdded: (title: string) => `评议表新增部分「${title}」`,
    sectionRemoved: (title: string) => `评议表删除部分「${title}」`,
    sectionRenamed: (a: string, b: string) => `评议表部分「${a}」改名为「${b}」`,
    sectionTags: (title: string) => `评议表部分「${title}」汇总的标签已修改`,
    sectionTemplate: (title: string) => `评议表部分「${title}」的条目模板已修改`,
    sectionFlags: (title: string, on: boolean) => `评议表部分「${title}」${on ? '将附上' : '不再附上'}体检问题汇总`,
    sectionCommented: (title: string, on: boolean) => `评议表部分「${title}」${on ? '只汇总写了意见的批注' : '也汇总未写意见的批注'}`,
    sectionsReordered: '评议表各部分的顺序已调整',
    ratingScale: (a: string[], b: string[]) => `评定等次：${a.join('/')} → ${b.join('/')}`,
  },
  en: {
    name: (a: string, b: string) => `Name: “${a}” → “${b}”`,
    description: 'Description changed',
    author: (a: string, b: string) => `Author: “${a}” → “${b}”`,
    locked: 'Locked (reviewers can no longer edit it)',
    unlocked: 'Unlocked',
    tagAdded: (label: string) => `Tag “${label}” added`,
    tagRemoved: (label: string) => `Tag “${label}” removed (its annotations stay, shown as “Deleted tag”)`,
    tagRenamed: (a: string, b: string) => `Tag “${a}” renamed to “${b}”`,
    tagRecoloured: (label: string, a: string, b: string) => `Tag “${label}” colour ${a} → ${b}`,
    tagShortcut: (label: string, a: number | null, b: number | null) => `Tag “${label}” shortcut ${slot(a, 'none')} → ${slot(b, 'none')}`,
    tagGuideline: (label: string) => `Guideline of tag “${label}” changed`,
    tagSection: (label: string) => `Report part of tag “${label}” changed`,
    tagsReordered: 'Tags reordered',
    ruleOff: (rule: string) => `Checker rule “${rule}” switched off`,
    ruleOn: (rule: string) => `Checker rule “${rule}” switched on`,
    wordsAdded: (rule: string, words: string[]) => `Checker rule “${rule}”: vague words added: ${words.join(', ')}`,
    wordsRemoved: (rule: string, words: string[]) => `Checker rule “${rule}”: vague words removed: ${words.join(', ')}`,
    formTitle: (a: string, b: string) => `Form title: “${a}” → “${b}”`,
    sectionAdded: (title: string) => `Form section “${title}” added`,
    sectionRemoved: (title: string) => `Form section “${title}” removed`,
    sectionRenamed: (a: string, b: string) => `Form section “${a}” renamed to “${b}”`,
    sectionTags: (title: string) => `Tags feeding form section “${title}” changed`,
    sectionTemplate: (title: string) => `Item template of form section “${title}” changed`,
    sectionFlags: (title: string, on: boolean) => `Form section “${title}” ${on ? 'now includes' : 'no longer includes'} the checker summary`,
    sectionCommented: (title: string, on: boolean) => `Form section “${title}” ${on ? 'now lists only annotations with a comment' : 'lists annotations without a comment too'}`,
    sectionsReordered: 'Form sections reordered',
    ratingScale: (a: string[], b: string[]) => `Rating scale: ${a.join('/')} → ${b.join('/')}`,
  },
} satisfies Record<Locale, Record<string, unknown>>;
type Phrases = (typeof PHRASES)['zh'];
