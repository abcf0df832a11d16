import { RULE_IDS, type Finding, type Section } from '@/lib/checker';
import type { PanelText } from '@/lib/i18n/panel-text';
import type { Tag } from '@/lib/schema';
import { suggestedTagId } from '@/lib/checker/finding-tag';
import type { ReportCheck } from './use-report-check';

interface Props {
  check: ReportCheck;
  tags: readonly Tag[];
  text: PanelText;
  /** Findings already turned into annotations in this session, by `start:end:rule`. */
  accepted: ReadonlySet<string>;
  onFocus(finding: Finding): void;
  onAnnotate(finding: Finding, tagId: string): void;
  onRerun(): void;
}

export const findingKey = (f: Finding) => `${f.start}:${f.end}:${f.rule}`;

/** The part a finding lies in; its `why` (where the part starts and why) is the section label's tooltip. */
const sectionAt = (sections: readonly Section[], pos: number) => sections.find((s) => s.start <= pos && pos < s.end);

/** 体检: the checker's findings grouped by rule, each with its excerpt, the reason, and one-click tagging. */
export function CheckView({ check, tags, text, accepted, onFocus, onAnnotate, onRerun }: Props) {
  if (check.state === 'idle' || check.state === 'running') return <p className="empty">{text.checkRunning}</p>;
  if (check.state === 'unavailable') return <p className="empty">{text.noFrames}</p>;
  const { findings, sections } = check.result;
  const { pages } = check;
  const groups = RULE_IDS.map((rule) => findings.filter((f) => f.rule === rule)).filter((g) => g.length > 0);

  return (
    <div className="groups check" data-testid="check-view">
      <p className="summary">
        {text.checkSummary(findings.length, sections.length)}
        <button type="button" onClick={onRerun}>{text.checkRerun}</button>
      </p>
      {pages && (
        <p className={pages.read < pages.total ? 'notice' : 'muted'} data-testid="pages-read">
          {text.pagesRead(pages.read, pages.total)}
          {pages.read < pages.total && ` ${text.pagesPartial}`}
        </p>
      )}
      {sections.length === 0 && <p className="muted">{text.checkNoSections}</p>}
      {findings.length === 0 && <p className="empty">{text.checkClean}</p>}
      {groups.map((group) => (
        <section key={group[0]!.rule} className="group" data-testid={`rule-${group[0]!.rule}`}>
          <h2>
            <span className={`swatch severity-${group[0]!.severity}`} />
            {group[0]!.label} <span className="count">{group.length}</span>
          </h2>
          <ol>
            {group.map((finding) => {
              const tagId = suggestedTagId(finding, tags);
              const tag = tags.find((t) => t.id === tagId);
              const done = accepted.has(findingKey(finding));
              return (
                <li key={findingKey(finding)} className="card finding" data-testid="finding">
                  {finding.section && (
                    <span className="section-label" title={sectionAt(sections, finding.start)?.why}>
                      {text.sectionNames[finding.section]}
                    </span>
                  )}
                  <button type="button" className="quote" onClick={() => onFocus(finding)} title={text.checkLocate}>
                    {finding.excerpt}
                  </button>
                  <p className="reason">{finding.message}</p>
                  {tag && (
                    <div className="row">
                      <button type="button" disabled={done} onClick={() => onAnnotate(finding, tag.id)}>
                        {done ? text.checkAccepted : text.checkToAnnotation(tag.label)}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
