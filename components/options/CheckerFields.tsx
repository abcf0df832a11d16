import type { OptionsText } from '@/lib/i18n/options-text';
import type { TagSet } from '@/lib/schema/tag-set';
import type { Locale } from '@/lib/i18n/locale';
import { checkerRules } from '@/lib/tags/checker-rules';
import { setExtraWords, setRuleEnabled } from '@/lib/tags/tag-set-edits';
import { WordListInput } from './WordListInput';

/** The team's checker adjustments: each rule on or off, and extra vague words for the word rules. */
export function CheckerFields({ set, text, locale, onChange }: { set: TagSet; text: OptionsText; locale: Locale; onChange(set: TagSet): void }) {
  const disabled = new Set(set.checker.disabledRules);
  return (
    <fieldset>
      <legend>{text.checkerHeading}</legend>
      <ul className="rules">
        {checkerRules(locale).map((rule) => (
          <li key={rule.id} data-testid={`rule-${rule.id}`}>
            <label className="check">
              <input type="checkbox" checked={!disabled.has(rule.id)} onChange={(e) => onChange(setRuleEnabled(set, rule.id, e.target.checked))} />
              {rule.label} <span className="muted">{rule.id}</span>
            </label>
            {rule.takesExtraWords && (
              <WordListInput
                multiline
                words={set.checker.extraTriggers[rule.id] ?? []}
                label={`${rule.label}${locale === 'zh' ? '：' : ': '}${text.extraWords}`}
                onChange={(words) => onChange(setExtraWords(set, rule.id, words))}
              />
            )}
          </li>
        ))}
      </ul>
      <p className="muted">{text.extraWords}</p>
    </fieldset>
  );
}
