// `npm run bench`: runs each benchmark (real Chromium and Node), prints one JSON object with all the
// figures. Benchmarks, not tests: nothing here passes or fails on time.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const suites = ['bench/anchoring.ts', 'bench/checker.ts', 'bench/panel.ts', 'bench/identity.ts', 'bench/content-script.ts', 'bench/content-startup.ts', 'bench/import.ts', 'bench/hit-test.ts'];
const results = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length } };

process.stderr.write('bench: building the extension\n');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
for (const suite of suites) {
  process.stderr.write(`bench: ${suite}\n`);
  const out = execFileSync('npx', ['tsx', suite], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = out.trim().split('\n').at(-1);
  Object.assign(results, JSON.parse(last));
}
console.log(JSON.stringify(results, null, 2));
