import type { CompiledRuleset } from '@/lib/checker/compile';
import type { Boundary } from '@/lib/checker/sections/boundary';

/** Hoisted: a RegExp literal inside the loop would be a new object for every line. */
const SENTENCE_END = /[。！？；]/;

/**
 * Lines whose title names a part (二、存在问题 / （三）下一步打算 / 【原因分析】 / 产生原因：).
 * Numbered sub-headings that name no part (（一）加强…) are ignored, so they never split a section.
 */
export function detectHeadings(text: string, compiled: CompiledRuleset): Boundary[] {
  const out: Boundary[] = [];
  const { maxHeadingChars } = compiled.ruleset.sections;
  const re = compiled.headingLine;
  const groups = compiled.headingGroups;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // Without a number, only a whole short line or a run-in “标题：” can be a heading. Checked first: it
    // settles most body lines without trimming their first clause.
    if (!m[groups.marker] && SENTENCE_END.test(m[groups.term] ?? '')) continue;
    const title = (m[groups.title] ?? '').trim();
    if (!title || title.length > maxHeadingChars) continue;
    if (compiled.headingGuard.test(title)) continue;
    const kind = compiled.headingKinds.find((h) => h.test.test(title))?.kind;
    if (kind) out.push({ pos: m.index + m[0].length - m[0].trimStart().length, kind, source: 'heading', heading: title });
  }
  return out;
}
