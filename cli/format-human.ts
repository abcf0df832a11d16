import { SECTION_KINDS, type CheckResult, type SectionKind } from '@/lib/checker';
import type { Locale } from '@/lib/i18n/locale';

const SAY = {
  zh: {
    kind: { achievement: '成绩', problem: '问题', cause: '原因', measure: '措施' } as Record<SectionKind, string>,
    count: (n: number) => `${n} 处`,
    notFound: '未识别',
    other: (n: number) => `其他 ${n} 处`,
    total: (n: number) => `共 ${n} 处`,
  },
  en: {
    kind: { achievement: 'achievements', problem: 'problems', cause: 'causes', measure: 'measures' } as Record<SectionKind, string>,
    count: (n: number) => String(n),
    notFound: 'not found',
    other: (n: number) => `elsewhere ${n}`,
    total: (n: number) => `${n} findings`,
  },
} satisfies Record<Locale, unknown>;

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/** With --explain: one line per part, where it starts and why (`file:line:col  ▶ 问题  why`). */
function sectionLines(file: string, text: string, result: CheckResult, locale: Locale): string[] {
  return result.sections.map((s) => {
    const { line, col } = lineCol(text, s.start);
    const start = text.slice(s.start, s.start + 16).replace(/\s+/g, ' ');
    return `${file}:${line}:${col}  ▶ ${SAY[locale].kind[s.kind]}  “${start}…”  ${s.why ?? ''}`;
  });
}

/** `file:line:col  规则标签  excerpt  message`, then a per-section tally; with `explain`, the parts first. */
export function formatHuman(file: string, text: string, result: CheckResult, explain = false, locale: Locale = 'zh'): string {
  const say = SAY[locale];
  const lines = explain ? sectionLines(file, text, result, locale) : [];
  lines.push(...result.findings.map((f) => {
    const { line, col } = lineCol(text, f.start);
    const mark = f.severity === 'error' ? '✖' : '⚠';
    return `${file}:${line}:${col}  ${mark} ${f.label}  ${f.excerpt}  ${f.message}`;
  }));
  const tally = SECTION_KINDS.map((kind) => {
    const found = result.sections.filter((s) => s.kind === kind);
    const count = result.findings.filter((f) => f.section === kind).length;
    return `${say.kind[kind]} ${found.length ? say.count(count) : say.notFound}`;
  });
  const outside = result.findings.filter((f) => !f.section).length;
  if (outside) tally.push(say.other(outside));
  lines.push(`${file}: ${say.total(result.findings.length)} · ${tally.join(' · ')}`);
  return lines.join('\n');
}
