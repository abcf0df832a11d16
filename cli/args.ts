import type { Locale } from '@/lib/i18n/locale';

export type Format = 'human' | 'json';

export type Command =
  | { kind: 'help' }
  | { kind: 'check'; files: string[]; format: Format; explain: boolean; locale: Locale }
  | { kind: 'usage-error'; zh: string; en: string };

export const HELP = `评阅 Pingyue — 述职报告检查 / report checker

用法 Usage:
  npm run pingyue -- check [--explain] [--lang zh|en] FILE... [--format human|json]

  FILE            UTF-8（可带 BOM）或 GB18030/GBK 文本 / UTF-8 (with or without BOM) or GB18030/GBK text
  --format human  默认：file:line:col  规则  摘录  说明，并按部分统计 / default: one line per finding + per-section tally
  --format json   只用于一个文件：{"sections":[…],"findings":[…]} / one file only
  --explain       列出各部分从哪里开始、为什么（标题、转折语或内容线索）/ where each part starts and why
  --lang zh|en    规则名称、说明和解释的语言，默认中文 / language of rule names, messages and reasons (default zh)
  -h, --help      显示帮助 / show this help

退出码 Exit codes: 0 完成 done · 2 输入或参数错误 bad input or arguments`;

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'check') return { kind: 'usage-error', zh: `未知命令：${command}`, en: `unknown command: ${command}` };
  const files: string[] = [];
  let format: Format = 'human';
  let explain = false;
  let locale: Locale = 'zh';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--explain') explain = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'zh' && value !== 'en') return { kind: 'usage-error', zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' };
      locale = value;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'human' && value !== 'json') {
        return { kind: 'usage-error', zh: `--format 只能是 human 或 json`, en: `--format must be human or json` };
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'usage-error', zh: `未知选项：${arg}`, en: `unknown option: ${arg}` };
    } else files.push(arg);
  }
  if (files.length === 0) return { kind: 'usage-error', zh: '请指定要检查的文件', en: 'no file given' };
  if (format === 'json' && files.length > 1) {
    return { kind: 'usage-error', zh: '--format json 一次只能检查一个文件', en: '--format json takes exactly one file' };
  }
  return { kind: 'check', files, format, explain, locale };
}
