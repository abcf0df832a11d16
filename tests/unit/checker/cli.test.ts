import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const REPORT = '二、存在问题\n部分党员学习不够深入，作用发挥不明显。\n';
// REPORT encoded as GB18030 (Node has no GB18030 encoder; produced with Python's codec).
const REPORT_GB18030 = Uint8Array.from([
  182, 254, 161, 162, 180, 230, 212, 218, 206, 202, 204, 226, 10, 178, 191, 183, 214, 181, 179, 212, 177, 209, 167,
  207, 176, 178, 187, 185, 187, 201, 238, 200, 235, 163, 172, 215, 247, 211, 195, 183, 162, 187, 211, 178, 187, 195,
  247, 207, 212, 161, 163, 10,
]);

let dir = '';
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (...args: string[]) => {
  const r = spawnSync(tsx, [path.join(root, 'cli/pingyue.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pingyue-cli-'));
});

// Each case starts tsx (about 1–2 s, over 10 s when the shared machine is busy), so allow far more than
// vitest's 5 s default.
describe('pingyue check', { timeout: 120_000 }, () => {
  it('prints exactly one JSON object with sections and findings', () => {
    const { code, stdout } = run('check', file('plain.txt', REPORT), '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.sections).toEqual([expect.objectContaining({ kind: 'problem', start: 0, end: REPORT.length })]);
    const [f] = out.findings;
    expect(f).toMatchObject({ rule: 'vague-problem' });
    expect(REPORT.slice(f.start, f.end)).toBe('部分党员学习不够深入，作用发挥不明显');
    expect(typeof f.message).toBe('string');
  });

  it('gives the same offsets for UTF-8 with BOM and for GB18030 bytes', () => {
    const plain = JSON.parse(run('check', file('a.txt', REPORT), '--format', 'json').stdout);
    const bom = run('check', file('bom.txt', `\uFEFF${REPORT}`), '--format', 'json');
    const gb = run('check', file('gb.txt', REPORT_GB18030), '--format', 'json');
    expect(bom.code).toBe(0);
    expect(gb.code).toBe(0);
    expect(JSON.parse(bom.stdout)).toEqual(plain);
    expect(JSON.parse(gb.stdout)).toEqual(plain);
  });

  it('prints file:line:col, the rule label and a per-section tally by default', () => {
    const p = file('human.txt', REPORT);
    const { code, stdout } = run('check', p);
    expect(code).toBe(0);
    expect(stdout).toContain(`${p}:2:1  ✖ 问题不实  部分党员学习不够深入`);
    expect(stdout).toMatch(/问题 1 处/);
  });

  it('with --explain, lists where each part starts and why', () => {
    const p = file('explain.txt', `一、主要成绩\n全年发展党员6名。\n${REPORT}究其原因，主要是本人抓得不紧。\n`);
    const { code, stdout } = run('check', '--explain', p);
    expect(code).toBe(0);
    expect(stdout).toContain(`${p}:1:1  ▶ 成绩  “一、主要成绩`);
    expect(stdout).toMatch(/:3:1 {2}▶ 问题 .*标题“存在问题”指向问题/);
    expect(stdout).toMatch(/:5:1 {2}▶ 原因 .*转折语“究其原因”/);
    const json = JSON.parse(run('check', '--explain', p, '--format', 'json').stdout);
    expect(json.sections.map((s: { why?: string }) => typeof s.why)).toEqual(['string', 'string', 'string']);
  });

  it('with --lang en, names rules, parts and reasons in English', () => {
    const p = file('english.txt', `一、主要成绩\n全年发展党员6名。\n${REPORT}`);
    const { code, stdout } = run('check', '--explain', '--lang', 'en', p);
    expect(code).toBe(0);
    expect(stdout).toMatch(/:3:1 {2}▶ problems .*heading “存在问题” names problems/);
    expect(stdout).toContain(`${p}:4:1  ✖ Vague problem  部分党员学习不够深入`);
    expect(stdout).toContain('Vague problem: uses “部分”, “不够”');
    expect(run('check', '--lang', 'fr', p).code).toBe(2);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'nope.txt'), /文件不存在 \/ no such file/],
    ['a directory', () => { const d = path.join(dir, 'sub'); mkdirSync(d, { recursive: true }); return d; }, /是目录.*directory/],
    ['binary input', () => file('bin.dat', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d, 0x0a])), /二进制.*binary/],
    ['undecodable bytes', () => file('bad.txt', Uint8Array.from([0xff, 0xff, 0xff, 0x81])), /无法.*解码.*cannot be decoded/],
    ['an empty file', () => file('empty.txt', ''), /文件为空 \/ file is empty/],
    ['a BOM-only file', () => file('bom-only.txt', '\uFEFF\n'), /文件为空/],
  ])('rejects %s with exit code 2 and names the file', (_name, make, message) => {
    const p = make();
    const { code, stdout, stderr } = run('check', p, '--format', 'json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(p);
    expect(stderr).toMatch(message);
  });

  it('shows help, and rejects bad arguments with exit code 2', () => {
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format json/);
    expect(run('check').code).toBe(2);
    expect(run('check', 'a.txt', '--format', 'xml').code).toBe(2);
    expect(run('check', 'a.txt', 'b.txt', '--format', 'json').code).toBe(2);
  });
});
