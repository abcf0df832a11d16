import { readFileSync, statSync } from 'node:fs';
import { checkReport } from '@/lib/checker';
import { HELP, parseArgs } from '@/cli/args';
import { decodeText, InputError } from '@/cli/decode-text';
import { formatHuman } from '@/cli/format-human';
import { formatJson } from '@/cli/format-json';

function readReport(file: string): string {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new InputError(file, '是目录，不是文件', 'is a directory, not a file');
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, '文件不存在', 'no such file');
    throw new InputError(file, '无法读取文件', `cannot read file (${code ?? String(e)})`);
  }
  return decodeText(file, bytes).text;
}

function main(argv: readonly string[]): number {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`pingyue: ${command.zh} / ${command.en}\n\n${HELP}\n`);
    return 2;
  }
  let status = 0;
  for (const file of command.files) {
    try {
      const text = readReport(file);
      const result = checkReport(text, undefined, { explain: command.explain, locale: command.locale });
      const out = command.format === 'json' ? formatJson(result) : formatHuman(file, text, result, command.explain, command.locale);
      process.stdout.write(`${out}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`pingyue: ${e.file}: ${e.zh} / ${e.en}\n`);
      status = 2;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
