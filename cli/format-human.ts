import { SECTION_KINDS, type CheckResult, type SectionKind } from '@/lib/checker';

const KIND_LABEL: Record<SectionKind, string> = { achievement: '成绩', problem: '问题', cause: '原因', measure: '措施' };

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
function sectionLines(file: string, text: string, result: CheckResult): string[] {
  return result.sections.map((s) => {
    const { line, col } = lineCol(text, s.start);
    const start = text.slice(s.start, s.start + 16).replace(/\s+/g, ' ');
    return `${file}:${line}:${col}  ▶ ${KIND_LABEL[s.kind]}  “${start}…”  ${s.why ?? ''}`;
  });
}

/** `file:line:col  规则标签  excerpt  message`, then a per-section tally; with `explain`, the parts first. */
export function formatHuman(file: string, text: string, result: CheckResult, explain = false): string {
  const lines = explain ? sectionLines(file, text, result) : [];
  lines.push(...result.findings.map((f) => {
    const { line, col } = lineCol(text, f.start);
    const mark = f.severity === 'error' ? '✖' : '⚠';
    return `${file}:${line}:${col}  ${mark} ${f.label}  ${f.excerpt}  ${f.message}`;
  }));
  const tally = SECTION_KINDS.map((kind) => {
    const found = result.sections.filter((s) => s.kind === kind);
    const count = result.findings.filter((f) => f.section === kind).length;
    return `${KIND_LABEL[kind]} ${found.length ? `${count} 处` : '未识别'}`;
  });
  const outside = result.findings.filter((f) => !f.section).length;
  if (outside) tally.push(`其他 ${outside} 处`);
  lines.push(`${file}: 共 ${result.findings.length} 处 · ${tally.join(' · ')}`);
  return lines.join('\n');
}
