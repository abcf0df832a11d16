import type { CompiledRuleset } from '@/lib/checker/compile';
import { MissingDataConfig } from '@/lib/checker/rule-config';
import type { PlaceholderRule } from '@/lib/checker/rules/rule';
import { excerptOf, type Span } from '@/lib/checker/sentences';
import type { Finding } from '@/lib/checker/types';
import type { Locale } from '@/lib/i18n/locale';

/** 数据缺失: template placeholders left where a number or a name belongs. */
export const missingData = {
  kind: 'placeholder',
  id: 'missing-data',
  label: { zh: '数据缺失', en: 'Missing data' },
  config: MissingDataConfig,
  lexiconKeys: ['patterns', 'exceptions'],
  suggestedTag: null,
  legacyHeads: ['数据缺失'],
  message: ({ shown, number }, locale) =>
    locale === 'zh'
      ? `数据缺失：“${shown}”是未填写的模板占位符，这里应是${number ? '实际数字' : '具体名称（单位、地名或品牌）'}。`
      : `Missing data: “${shown}” is a template placeholder left unfilled; ${number ? 'an actual number' : 'a real name (unit, place or brand)'} belongs here.`,
} as const satisfies PlaceholderRule;

export interface Placeholder extends Span {
  /** Followed by a unit (X个, **万元) or in a number slot (20XX年, 第*期): a number is missing, else a name. */
  number: boolean;
}

const NUMBER_SLOT_BEFORE = /[0-9０-９第共约达于]$/;

/** Template placeholders left in the text (X个, ××村, **万元, 《X日报》); look-alikes are skipped. */
export function findPlaceholders(text: string, compiled: CompiledRuleset): Placeholder[] {
  const out: Placeholder[] = [];
  const scan = compiled.placeholderScan;
  const unit = compiled.placeholderUnit;
  for (let from = 0; scan.next(text, from); from = scan.after()) {
    if (scan.end === scan.start || scan.entry !== 1) continue;
    const { start, end } = scan;
    unit.lastIndex = end;
    const withUnit = unit.test(text) ? unit.lastIndex : end;
    const number = withUnit > end || NUMBER_SLOT_BEFORE.test(text.slice(Math.max(0, start - 1), start));
    out.push({ start, end: withUnit, number });
  }
  return out;
}

export function missingDataFindings(text: string, compiled: CompiledRuleset, placeholders: readonly Placeholder[], locale: Locale): Finding[] {
  const { severity } = compiled.ruleset.rules['missing-data'];
  const label = missingData.label[locale];
  return placeholders.map((p) => {
    const shown = text.slice(p.start, p.end);
    return {
      rule: 'missing-data',
      label,
      severity,
      start: p.start,
      end: p.end,
      message: missingData.message({ shown, number: p.number }, locale),
      excerpt: excerptOf(text, { start: Math.max(0, p.start - 12), end: Math.min(text.length, p.end + 12) }),
    };
  });
}
