// zod's English issue messages, which zod/mini leaves out (see the module).
import '@/lib/schema/issue-messages';
import { getActiveTagSet, getPingyueDB, refreshBuiltInTagSet } from '@/lib/db';
import { handleContentMessage } from '@/lib/background/handle-content-message';
import { handlePageMessage, isExtensionPage, isReaderPage } from '@/lib/background/handle-page-message';
import { TabFrames } from '@/lib/background/tab-frames';
import { refreshReportFrames } from '@/lib/background/refresh-report-frames';
import { readViewerApp, type ScriptingApi } from '@/lib/background/read-viewer-app';
import { BACKUP_ALARM, ensureBackupAlarm, runDailyBackup } from '@/lib/backup';
import { ENABLE_SITE_MENU_ID, rebuildTagMenus, slotOfCommand, tagIdFromMenuItem } from '@/lib/background/tag-menus';
import { enableSiteFromMenu } from '@/lib/background/enable-site';
import { syncContentScript } from '@/lib/site-access/content-script-registration';
import { injectIntoOpenTabs } from '@/lib/site-access/inject-open-tabs';
import { contentScriptMatches, siteAccessOf } from '@/lib/site-access/site-pattern';
import { detectLocale } from '@/lib/i18n/locale';
import { onAnnotationClicked } from '@/lib/link/annotation-clicked';
import { isReaderEnvelope, READER_PATH } from '@/lib/transport/report-frames';
import { sendToTab } from '@/lib/transport/send-to-tab';

/** Wiring only: browser events → lib/background. */
export default defineBackground(() => {
  const db = getPingyueDB();
  const frames = new TabFrames(browser.storage.session);
  const locale = detectLocale(navigator.languages ?? []);
  const toTab = sendToTab(browser);
  const readerUrl = browser.runtime.getURL(READER_PATH);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (isReaderEnvelope(message)) return false; // addressed to a reader page: its answer is the one the sender awaits
    const fromContent = (reader?: string) =>
      handleContentMessage(message, sender, {
        db,
        extensionId: browser.runtime.id,
        now: Date.now,
        onFrameSeen: (frame) => frames.record(frame),
        readViewerApp: (tabId, frameId) => readViewerApp(browser.scripting as unknown as ScriptingApi, tabId, frameId),
        readerUrl: reader,
        onAnnotationClicked: (click) =>
          onAnnotationClicked({ sidePanel: import.meta.env.FIREFOX ? undefined : browser.sidePanel, session: browser.storage.session }, click, Date.now()),
      });
    const reply = isReaderPage(sender, browser.runtime.id, readerUrl)
      ? fromContent(readerUrl)
      : isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))
        ? handlePageMessage(message, { db, now: Date.now, frames, onTagSetsChanged, onReportOriginsChanged })
        : fromContent();
    reply.then(sendResponse);
    return true; // answered asynchronously
  });

  const siteAccess = async () => siteAccessOf((await browser.permissions.getAll()).origins);
  const refreshMenus = async () => rebuildTagMenus(browser.contextMenus, await getActiveTagSet(db), locale, await siteAccess());
  // Tag sets changed in the options page: new menus, and every tab repaints with the new labels and colours
  // (`tabs.query` gives ids without the tabs permission; tabs without the content script just fail).
  const onTagSetsChanged = async () => {
    await refreshMenus();
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : toTab(tab.id, { type: 'pingyue/refresh' }))));
  };
  // Consent given or withdrawn for a report's origin: its open frames paint or unpaint at once (lib/background/origin-consent.ts).
  const onReportOriginsChanged = async (documentIds: readonly string[]) => {
    const tabIds = (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
    await refreshReportFrames(tabIds, (tabId) => frames.list(tabId), documentIds, (tabId, target) => toTab(tabId, { type: 'pingyue/refresh' }, target));
  };
  // Host access is optional (lib/site-access): the content script runs where the reviewer allowed it.
  const contentScript = { file: '/content-scripts/content.js' as const };
  const openOptions = (hash: string) => browser.tabs.create({ url: browser.runtime.getURL('/options.html') + hash });
  const followSiteAccess = async (newlyAllowed: readonly string[]) => {
    await syncContentScript(browser, contentScript);
    await refreshMenus();
    await injectIntoOpenTabs(browser, newlyAllowed, contentScript.file);
  };
  browser.runtime.onInstalled.addListener((details) =>
    void (async () => {
      const allowed = contentScriptMatches(await siteAccess());
      await followSiteAccess(allowed);
      if (details.reason === 'install' && allowed.length === 0) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    })().catch(console.error),
  );
  browser.runtime.onStartup.addListener(() => void followSiteAccess([]).catch(console.error));
  browser.permissions.onAdded.addListener((added) => void followSiteAccess(added.origins ?? []).catch(console.error));
  browser.permissions.onRemoved.addListener(() => void followSiteAccess([]).catch(console.error));

  // Daily local backup (lib/backup): at browser start, after install or update, then once a day.
  const backUp = () =>
    void ensureBackupAlarm(browser.alarms)
      .then(() => runDailyBackup(db, browser.storage.local, Date.now()))
      .catch(console.error);
  browser.runtime.onStartup.addListener(backUp);
  browser.runtime.onInstalled.addListener(backUp);
  // An upgrade of Pingyue may bring a newer built-in tag set (its form's wording, guidelines).
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') void refreshBuiltInTagSet(db).catch(console.error);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) backUp();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ENABLE_SITE_MENU_ID) return void enableSiteFromMenu(info, { permissions: browser.permissions, openOptions });
    const tagId = tagIdFromMenuItem(info.menuItemId);
    if (tagId && tab?.id !== undefined) void toTab(tab.id, { type: 'pingyue/tag-selection', tagId }, info.frameId === undefined ? undefined : { frameId: info.frameId });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const slot = slotOfCommand(command);
    if (slot && tab?.id !== undefined) void toTab(tab.id, { type: 'pingyue/shortcut', slot });
  });

  browser.tabs.onRemoved.addListener((tabId) => void frames.forget(tabId));
  // A tab "loads" on a hash link or a route change too: keep the frames whose page is still there (lib/background/tab-frames).
  const isAlive = (tabId: number) => async (senderDocumentId: string, frame: { url: string }) =>
    (await toTab(tabId, { type: 'pingyue/ping' }, { senderDocumentId, url: frame.url })) === true;
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.status === 'complete') {
      void frames.prune(tabId, isAlive(tabId), change.status).catch(console.error);
    }
  });

  if (import.meta.env.FIREFOX) {
    // Firefox's sidebar API is not in WXT's Chrome-shaped types; its MV2 build has `browserAction`.
    const firefox = browser as unknown as { sidebarAction: { toggle(): Promise<void> }; browserAction?: typeof browser.action };
    (browser.action ?? firefox.browserAction)?.onClicked.addListener(() => void firefox.sidebarAction.toggle());
  } else {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);
  }
});
