import { useState } from 'react';
import { parseWordList } from '@/lib/tags/tag-set-edits';

interface Props {
  words: readonly string[];
  label: string;
  multiline?: boolean;
  onChange(words: string[]): void;
}

/**
 * A list of words typed as one text. The typed text is kept as it is (so a trailing 、 survives while
 * typing) and the parsed list goes up on every change.
 */
export function WordListInput({ words, label, multiline = false, onChange }: Props) {
  const [typed, setTyped] = useState(words.join('、'));
  const update = (value: string) => {
    setTyped(value);
    onChange(parseWordList(value));
  };
  return multiline ? (
    <textarea aria-label={label} value={typed} rows={2} onChange={(e) => update(e.target.value)} />
  ) : (
    <input aria-label={label} value={typed} onChange={(e) => update(e.target.value)} />
  );
}
