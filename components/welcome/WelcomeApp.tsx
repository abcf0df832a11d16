import { useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { OPTIONS_TEXT } from '@/lib/i18n/options-text';
import { WELCOME_TEXT, type PinBrowser } from '@/lib/i18n/welcome-text';
import { AddSiteForm, SiteList, SiteStatus } from '@/components/site-access/SiteAccessSection';
import { useSiteAccess, type SitePermissions } from '@/components/site-access/use-site-access';
import { useSiteChanges } from '@/components/site-access/use-site-changes';

/** What the welcome page opens; the entrypoint passes the browser's, tests their own. */
export interface WelcomeActions {
  /** The fictional sample report, in the reader (packaged: works offline, needs no site access). */
  openSample(): void;
  openReader(): void;
  openSettings(): void;
}

interface Props extends WelcomeActions {
  locale: Locale;
  /** Whose words the pin step leads with. */
  pinBrowser: PinBrowser;
  permissions?: SitePermissions;
}

/**
 * The page Pingyue opens on install: where it may work (nothing chosen until the reviewer chooses),
 * pinning the toolbar icon in the browser's own words, how to open a report and the panel, and a
 * sample report to try it on. Site access is asked here and then followed by the background.
 */
export function WelcomeApp({ locale, pinBrowser, permissions = browser.permissions, openSample, openReader, openSettings }: Props) {
  const text = WELCOME_TEXT[locale];
  const siteText = OPTIONS_TEXT[locale];
  const access = useSiteAccess(permissions);
  const { status, chooseAllSites, chooseOnlyEnabled, enableSites, removeSite, name } = useSiteChanges(siteText, permissions);
  const [onlyChosen, setOnlyChosen] = useState(false);
  // Nothing is pressed until the reviewer chooses (or has chosen before: a reinstall keeps grants).
  const mode = access?.allSites ? 'all' : onlyChosen || (access?.sites.length ?? 0) > 0 ? 'only' : null;
  const others = (['chrome', 'edge', 'firefox'] as const).filter((b) => b !== pinBrowser);

  return (
    <main className="welcome">
      <header>
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
      </header>
      <section aria-labelledby="welcome-sites">
        <h2 id="welcome-sites">{text.siteStep}</h2>
        <p className="muted">{text.siteStepHint}</p>
        <div className="choices" role="group" aria-labelledby="welcome-sites">
          <div className="choice">
            <button type="button" aria-pressed={mode === 'all'} aria-describedby="welcome-all-hint" onClick={() => void chooseAllSites()}>
              {siteText.siteAll}
            </button>
            <p id="welcome-all-hint" className="muted">{text.siteAllHint}</p>
          </div>
          <div className="choice">
            <button
              type="button"
              aria-pressed={mode === 'only'}
              aria-describedby="welcome-only-hint"
              onClick={() => {
                if (access?.allSites) chooseOnlyEnabled();
                setOnlyChosen(true);
              }}
            >
              {siteText.siteOnly}
            </button>
            <p id="welcome-only-hint" className="muted">{text.siteOnlyHint}</p>
          </div>
        </div>
        <SiteStatus status={status} />
        {mode === 'only' && (
          <>
            {access && access.sites.length > 0 && <SiteList text={siteText} sites={access.sites} name={name} onRemove={removeSite} />}
            <AddSiteForm text={siteText} autoFocus={onlyChosen} onEnable={(pattern) => enableSites([pattern])} />
          </>
        )}
      </section>
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{text.pinStep}</h2>
        <p data-testid="pin-step">{text.pin[pinBrowser]}</p>
        <details>
          <summary>{text.pinOther}</summary>
          <dl>
            {others.map((b) => (
              <div key={b}>
                <dt>{text.browserName[b]}</dt>
                <dd>{text.pin[b]}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>
      <section aria-labelledby="welcome-open">
        <h2 id="welcome-open">{text.openStep}</h2>
        <ol>
          {text.openSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <button type="button" onClick={openReader}>{text.openReader}</button>
      </section>
      <section aria-labelledby="welcome-try">
        <h2 id="welcome-try">{text.tryStep}</h2>
        <p>{text.tryHint}</p>
        <button type="button" className="primary" onClick={openSample}>{text.trySample}</button>
      </section>
      <footer>
        <p className="muted">{text.done}</p>
        <button type="button" onClick={openSettings}>{text.settings}</button>
      </footer>
    </main>
  );
}
