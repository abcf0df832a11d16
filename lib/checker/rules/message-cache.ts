import type { Verdict, VerdictView } from '@/lib/checker/rules/judge-sentences';

interface Entry {
  words: readonly string[];
  always: boolean;
  hasPlaceholder: boolean;
  message: string;
}

/**
 * The messages one rule has built in a check, found again by what a message reads (the verdict's flags
 * and words; see `SentenceRule.message`). A long report repeats a few messages thousands of times, so
 * they are compared in place rather than through a key string built per finding.
 */
export class MessageCache {
  /** Entries by their first word ('' when there is none). */
  private readonly byFirst = new Map<string, Entry[]>();

  constructor(private readonly build: (verdict: Verdict) => string) {}

  get(v: VerdictView): string {
    const first = v.count > 0 ? v.words[0]! : '';
    let entries = this.byFirst.get(first);
    if (!entries) this.byFirst.set(first, (entries = []));
    for (const e of entries) if (e.always === v.always && e.hasPlaceholder === v.hasPlaceholder && sameWords(e.words, v)) return e.message;
    const words = v.words.slice(0, v.count);
    const message = this.build({ start: v.start, end: v.end, words, always: v.always, hasPlaceholder: v.hasPlaceholder });
    entries.push({ words, always: v.always, hasPlaceholder: v.hasPlaceholder, message });
    return message;
  }
}

function sameWords(words: readonly string[], v: VerdictView): boolean {
  if (words.length !== v.count) return false;
  for (let i = 0; i < words.length; i++) if (words[i] !== v.words[i]) return false;
  return true;
}
