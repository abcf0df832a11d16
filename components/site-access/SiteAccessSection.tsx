import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { OptionsText } from '@/lib/i18n/options-text';
import { LOCAL_FILES, parseSiteInput, type SiteAccess, type SiteInputProblem } from '@/lib/site-access/site-pattern';
import type { Status } from '@/components/ui/StatusBanner';
import { sitesAskedIn } from '@/lib/site-access/site-access-page';
import { useSiteAccess, type SitePermissions } from './use-site-access';
import { useSiteChanges } from './use-site-changes';

interface Props {
  text: OptionsText;
  /** `location.hash`: `#site-access?add=…` from the context menu. */
  hash: string;
  /** `browser.permissions` unless a test passes its own. */
  permissions?: SitePermissions;
}

/**
 * The options page's 网站访问: all sites, or only the sites the reviewer enables (optional host
 * permissions). The background follows every grant and removal, so this only asks the browser.
 */
export function SiteAccessSection({ text, hash, permissions = browser.permissions }: Props) {
  const access = useSiteAccess(permissions);
  const { status, chooseAllSites, chooseOnlyEnabled, enableSites, removeSite, name } = useSiteChanges(text, permissions);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    if (hash.startsWith('#site-access')) section.current?.scrollIntoView({ block: 'start' });
  }, [hash]);

  const stillAsked = sitesAskedIn(hash).filter((p) => !access?.sites.includes(p));

  return (
    <section id="site-access" ref={section} className="site-access" aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">{text.siteHeading}</h2>
      {access && !access.allSites && stillAsked.length > 0 && (
        <AskBox text={text} labels={stillAsked.map(name)} onEnable={() => void enableSites(stillAsked)} />
      )}
      <p className="muted">{text.siteIntro}</p>
      <ModeChoice text={text} access={access} onAllSites={chooseAllSites} onOnlyEnabled={chooseOnlyEnabled} />
      <SiteStatus status={status} />
      {access && !access.allSites && (
        <>
          <SiteList text={text} sites={access.sites} name={name} onRemove={removeSite} />
          <AddSiteForm text={text} onEnable={(pattern) => enableSites([pattern])} />
        </>
      )}
    </section>
  );
}

/** What the last change did, announced to screen readers. */
export function SiteStatus({ status }: { status: Status | null }) {
  return (
    <div role="status" data-testid="site-access-status">
      {status && <p className={`status ${status.kind}`}>{status.message}</p>}
    </div>
  );
}

/** The context menu could not show the browser's prompt itself: a click here can. */
function AskBox({ text, labels, onEnable }: { text: OptionsText; labels: string[]; onEnable(): void }) {
  return (
    <div className="site-box" role="group" aria-labelledby="site-ask-heading">
      <h3 id="site-ask-heading">{text.siteAskHeading}</h3>
      <ul>
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <button type="button" className="primary" autoFocus onClick={onEnable}>{text.siteEnable}</button>
    </div>
  );
}

interface ModeChoiceProps {
  text: OptionsText;
  access: SiteAccess | undefined;
  onAllSites(): void;
  onOnlyEnabled(): void;
}

/** Checked from what the browser has granted, so a declined prompt leaves the choice where it was. */
function ModeChoice({ text, access, onAllSites, onOnlyEnabled }: ModeChoiceProps) {
  const id = useId();
  return (
    <fieldset className="site-modes">
      <legend>{text.siteModeLegend}</legend>
      <div>
        <label>
          <input type="radio" name={id} checked={access?.allSites === true} aria-describedby={`${id}-all`} onChange={onAllSites} /> {text.siteAll}
        </label>
        <p id={`${id}-all`} className="muted">{text.siteAllHint}</p>
      </div>
      <div>
        <label>
          <input type="radio" name={id} checked={access?.allSites === false} aria-describedby={`${id}-only`} onChange={onOnlyEnabled} /> {text.siteOnly}
        </label>
        <p id={`${id}-only`} className="muted">{text.siteOnlyHint}</p>
      </div>
    </fieldset>
  );
}

interface SiteListProps {
  text: OptionsText;
  sites: readonly string[];
  name(pattern: string): string;
  onRemove(pattern: string): void;
}

/**
 * Sites granted one by one. Shown only in the 仅我启用的网站 mode: the browser counts them as part of
 * `<all_urls>` and withdraws them with it when the reviewer leaves 所有网站.
 */
export function SiteList({ text, sites, name, onRemove }: SiteListProps) {
  return (
    <div className="site-list">
      <h3>{text.siteListHeading}</h3>
      {sites.length === 0 && <p className="muted">{text.siteNone}</p>}
      <ul className="sites" aria-label={text.siteListHeading}>
        {sites.map((pattern) => (
          <li key={pattern}>
            <span className="site">{name(pattern)}</span>
            {pattern === LOCAL_FILES && <span className="muted">{text.siteLocalFilesHint}</span>}
            <button type="button" aria-label={text.siteRemoveLabel(name(pattern))} onClick={() => onRemove(pattern)}>{text.remove}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface AddSiteFormProps {
  text: OptionsText;
  /** Puts the cursor in the address field on first show (after the reviewer chose 仅我启用的网站). */
  autoFocus?: boolean;
  /** Resolves true when the browser granted the site. */
  onEnable(pattern: string): Promise<boolean>;
}

export function AddSiteForm({ text, autoFocus = false, onEnable }: AddSiteFormProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<SiteInputProblem | null>(null);
  const problemText = { empty: text.siteInputEmpty, scheme: text.siteInputScheme(value.trim()), host: text.siteInputHost(value.trim()) };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSiteInput(value);
    setProblem(parsed.ok ? null : parsed.problem);
    if (!parsed.ok) return;
    void onEnable(parsed.pattern).then((granted) => granted && setValue(''));
  };

  return (
    <form className="add-site" aria-label={text.siteAddForm} noValidate onSubmit={submit}>
      <label htmlFor={`${id}-input`}>{text.siteAddLabel}</label>
      <div className="row">
        <input
          autoFocus={autoFocus}
          id={`${id}-input`}
          type="text"
          placeholder="oa.example.gov.cn"
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
          onChange={(event) => {
            setValue(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit">{text.siteEnable}</button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">{problemText[problem]}</p>
      ) : (
        <p id={`${id}-hint`} className="muted">{text.siteAddHint}</p>
      )}
    </form>
  );
}
