/**
 * What the viewer tests look for in the generated report, in either browser: passages to tag chosen from
 * pdf.js's own text, the page that holds a passage, and the CLI's findings to compare 体检 with. Plain
 * Node (no test runner's imports), so the Chromium and the Firefox suites share it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PdfText } from './report-files';

/** A text without any whitespace: how text from a PDF compares (pdf.js adds spaces and line ends). */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * For each finding of `rule`, in order, the table cell its excerpt starts with, or undefined: a cell the
 * checker judged alone is quoted from its start, not from the row's number or the cell before it.
 */
export function flaggedCells(findings: readonly FindingSeen[], rule: string, cells: readonly string[]): (string | undefined)[] {
  return findings.filter((f) => f.rule === rule).map((f) => cells.find((cell) => squeeze(f.excerpt).startsWith(cell)));
}

/**
 * A passage on page `n` that a reviewer would tag: two inner clauses of a sentence that lies whole on that
 * page, wrapping over a visual line (so it spans several text-layer spans), free of spaces pdf.js may
 * insert, and found once in the report. Chosen from pdf.js's own text, so it stays right however the
 * PDF is laid out.
 */
export function sentenceOnPage(pdfText: PdfText, n: number): string {
  const whole = squeeze(pdfText.pages.join(''));
  const sentences = pdfText.pages[n - 1]!.split(/(?<=[。；])/).slice(1, -1);
  for (const sentence of sentences) {
    const clauses = sentence.replace(/^\n+/, '').split(/(?<=，)/);
    for (let i = 1; i + 1 < clauses.length; i++) {
      const passage = (clauses[i]! + clauses[i + 1]!).replace(/[，。；]$/, '');
      const squeezed = squeeze(passage);
      if (passage.includes('\n') && !passage.includes(' ') && squeezed.length >= 12 && squeezed.length <= 60 && whole.split(squeezed).length === 2) return squeezed;
    }
  }
  throw new Error(`no taggable passage on page ${n}`);
}

/** The page of the PDF that holds `passage` (compared without whitespace). */
export function pageOf(pdfText: PdfText, passage: string): number {
  const at = pdfText.pages.findIndex((p) => squeeze(p).includes(squeeze(passage)));
  if (at < 0) throw new Error(`not in the PDF: ${passage}`);
  return at + 1;
}

export interface FindingSeen {
  rule: string;
  excerpt: string;
}

/** The CLI (`npm run pingyue -- check FILE --format json`) on `text`. */
export function cliFindings(text: string): FindingSeen[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-cli-'));
  try {
    const file = path.join(dir, 'report.txt');
    fs.writeFileSync(file, text);
    const out = execFileSync('npx', ['tsx', 'cli/pingyue.ts', 'check', file, '--format', 'json'], { encoding: 'utf8' });
    return (JSON.parse(out) as { findings: FindingSeen[] }).findings.map(({ rule, excerpt }) => ({ rule, excerpt }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Pairs findings of two runs of the checker and lists the ones without a partner, as `rule:excerpt`.
 * Excerpts compare without whitespace; one may reach a character further into the context than the
 * other (a placeholder's excerpt is a window around it), so the core of one must lie in the other.
 */
export function unmatchedFindings(expected: readonly FindingSeen[], actual: readonly FindingSeen[]): { missing: string[]; extra: string[] } {
  const core = (s: string) => squeeze(s).replace(/^[\p{P}…]+|[\p{P}…]+$/gu, '');
  const same = (a: FindingSeen, b: FindingSeen) => {
    if (a.rule !== b.rule) return false;
    const [x, y] = [core(a.excerpt), core(b.excerpt)].sort((p, q) => p.length - q.length) as [string, string];
    return y.includes(x.length > 8 ? x.slice(2, -2) : x);
  };
  const left = [...actual];
  const missing: string[] = [];
  for (const e of expected) {
    const at = left.findIndex((a) => same(e, a));
    if (at < 0) missing.push(`${e.rule}:${e.excerpt}`);
    else left.splice(at, 1);
  }
  return { missing, extra: left.map((a) => `${a.rule}:${a.excerpt}`) };
}
