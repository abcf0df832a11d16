import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveTagSet, getPingyueDB, listDocumentAnnotations, UndoStack } from '@/lib/db';
import type { Annotation, FrameDocument, Reply, ToContent } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/locale';
import { PANEL_TEXT } from '@/lib/i18n/panel-text';
import { describeRange } from '@/lib/anchoring/describe';
import type { Finding } from '@/lib/checker';
import { CheckView, findingKey } from '@/components/check/CheckView';
import { useReportCheck } from '@/components/check/use-report-check';
import { AssessmentView } from '@/components/assessment/AssessmentView';
import { ReportsView } from '@/components/library/ReportsView';
import { countFindings, findingsByAnnotation } from '@/lib/assessment/flags';
import { AnnotationGroups } from './AnnotationGroups';
import { NoticeBar, type Notice } from '@/components/ui/NoticeBar';
import { OriginConsentNotice, pageLoadKey } from './OriginConsentNotice';
import { ReportOrigins } from './ReportOrigins';
import { ORIGIN_TEXT, siteName } from '@/lib/i18n/origin-text';
import { originOf } from '@/lib/documents/report-origins';
import { TransferBar } from './TransferBar';
import { findFillTarget } from './find-fill-target';
import { pickReportFrame } from './use-tab-frames';
import { useTargetTab } from './use-target-tab';
import { useReportTab } from './use-report-tab';
import { ReportTabBar } from './ReportTabBar';
import { usePlacements } from './use-placements';
import { useClickedAnnotation } from './use-clicked-annotation';
import { anchorActions } from './anchor-actions';
import { planFindingAnnotation } from '@/components/check/finding-duplicate';
import { TabList, tabElementId, tabPanelId } from '@/components/ui/TabList';
import { OpenOptionsButton } from '@/components/options/OpenOptionsButton';
import { SiteAccessHint } from '@/components/site-access/SiteAccessHint';
import { useSiteAccess } from '@/components/site-access/use-site-access';
import type { FrameTarget } from '@/lib/transport/report-frames';
import { sendToTab } from '@/lib/transport/send-to-tab';
import { OpenReaderButton } from '@/components/reader/OpenReaderButton';
import { useReaderTab } from '@/components/reader/use-reader-tab';
import { READER_TEXT } from '@/lib/i18n/reader-text';

type PanelView = 'annotations' | 'check' | 'assessment' | 'library';

/** The side panel: the current tab's report, its annotations by tag, export and import. */
export function App({ search, locale }: { search: string; locale: Locale }) {
  const text = PANEL_TEXT[locale];
  const db = getPingyueDB();
  const undo = useMemo(() => new UndoStack(db), [db]);
  // The active tab's report, or the one kept while the reviewer is in the form's tab.
  const { tabId, frames, activeTabId, choose: chooseReportTab } = useReportTab(useTargetTab(search));
  const access = useSiteAccess();
  const [chosenFrameId, setChosenFrameId] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [view, setView] = useState<PanelView>('annotations');
  const [checkRevision, setCheckRevision] = useState(0);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  // Bumped by each import: the assessment view drops what it showed of the reviewer's typing, which an import may have replaced.
  const [imports, setImports] = useState(0);
  const frame = frames ? pickReportFrame(frames, chosenFrameId) : null;
  const documentId = frame?.documentId ?? null;
  const tagSet = useLiveQuery(() => getActiveTagSet(db), [db]);
  // Content-script frames and the reader page are reached alike (lib/transport).
  const toTab = useMemo(() => sendToTab(browser), []);
  const reportFrame = frame ? { frameId: frame.frameId, url: frame.url } : undefined;
  const isReaderTab = useReaderTab(toTab, tabId, frames?.length === 0);
  const check = useReportCheck(toTab, tabId, reportFrame ?? null, checkRevision, tagSet?.checker, locale);
  const findings = check.state === 'done' ? check.result.findings : [];
  const documentRecord = useLiveQuery(async () => (documentId ? db.documents.get(documentId) : undefined), [db, documentId]);
  const annotations = useLiveQuery(
    async () => (documentId ? listDocumentAnnotations(db, documentId) : []),
    [db, documentId],
  );
  const placements = usePlacements(toTab, tabId, reportFrame ?? null);
  const { withdrawnHere, removeOrigin, showOrigin } = useReportOrigins(documentId, frames, locale, setNotice);
  const pendingPages = useMemo(() => new Map((placements?.pending ?? []).map((p) => [p.id, p.page])), [placements]);
  const pagesRead = placements?.pages?.read ?? 0;
  // The viewer showed more pages than the last check read: check again, on more of the report.
  useEffect(() => {
    if (check.state === 'done' && check.pages && pagesRead > check.pages.read) setCheckRevision((n) => n + 1);
  }, [pagesRead]); // only a change in pages read re-runs it

  const toPage = <M extends ToContent>(message: M, target?: FrameTarget) => (tabId === null ? Promise.resolve(undefined) : toTab(tabId, message, target));
  const repaint = () => toPage({ type: 'pingyue/refresh' });

  const act = async (work: () => Promise<unknown>, message: string) => {
    await work();
    setNotice({ message, kind: 'info', undoStep: undo.peek() });
    await repaint();
  };
  // Highlight ↔ card: a highlight clicked on the page selects its card; 上一条 / 下一条 select and show the next.
  const [selected, setSelected] = useState<{ id: string; seq: number; focus: boolean } | null>(null);
  const clicked = useClickedAnnotation(tabId);
  useEffect(() => {
    if (!clicked) return;
    if (frames?.some((f) => f.frameId === clicked.frameId)) setChosenFrameId(clicked.frameId);
    setView('annotations');
    setSelected({ id: clicked.annotationId, seq: clicked.at, focus: true });
  }, [clicked]);
  const actions = {
    onOpen: async (annotation: Annotation) => {
      const found = await toPage({ type: 'pingyue/scroll-to', annotationId: annotation.id }, reportFrame);
      if (found !== true) setNotice({ message: text.notOnPage, kind: 'error' });
    },
    onStep: (annotation: Annotation) => {
      setSelected({ id: annotation.id, seq: performance.now(), focus: false });
      void actions.onOpen(annotation);
    },
    ...anchorActions({
      ask: (message) => toPage(message, reportFrame),
      move: (a, anchor, message) => act(() => undo.update(a.id, { anchor }, Date.now()), message),
      fail: (message) => setNotice({ message, kind: 'error' }),
      text,
    }),
    onComment: (a: Annotation, comment: string) => act(() => undo.update(a.id, { comment }, Date.now()), text.edited),
    onTag: (a: Annotation, tagId: string) => act(() => undo.update(a.id, { tagId }, Date.now()), text.edited),
    onDelete: (a: Annotation) => act(() => undo.delete([a.id]), text.deleted),
  };
  const onUndo = async () => {
    // Only the step the notice names: a notice left from an earlier action must not undo a later one.
    if (!notice?.undoStep || undo.peek() !== notice.undoStep) return;
    await undo.undo(Date.now());
    setNotice({ message: text.undone, kind: 'info', undoStep: undo.peek() });
    await repaint();
  };

  // A notice is about what the reviewer just did here: it does not follow them to another view or report.
  // (A report appearing where there was none, e.g. after an import, is not another report.)
  const shownReport = useRef(documentId);
  useEffect(() => {
    if (shownReport.current !== null && shownReport.current !== documentId) setNotice(null);
    shownReport.current = documentId;
  }, [documentId]);
  useEffect(() => setNotice(null), [view]);

  // Findings are underlined on the page while the 体检 view is open.
  useEffect(() => {
    if (check.state !== 'done' || frame === null) return;
    const marks = view === 'check'
      ? check.result.findings.map((f) => ({ anchor: describeRange(check.text, f.start, f.end), severity: f.severity }))
      : [];
    void toPage({ type: 'pingyue/show-findings', marks }, reportFrame);
  }, [check, view, frame?.frameId]); // toPage is rebuilt every render; these are what matter

  const anchorOf = (f: Finding) => (check.state === 'done' ? describeRange(check.text, f.start, f.end) : null);
  const checkActions = {
    onFocus: async (f: Finding) => {
      const anchor = anchorOf(f);
      const found = anchor && (await toPage({ type: 'pingyue/focus-anchor', anchor }, reportFrame));
      if (found !== true) setNotice({ message: text.notOnPage, kind: 'error' });
    },
    onAnnotate: async (f: Finding, tagId: string) => {
      // Not a second annotation of the same tag on a passage already tagged: say so, or add the finding's note to it.
      const plan = check.state === 'done' ? planFindingAnnotation(check.text, f, tagId, annotations ?? []) : { kind: 'create' as const };
      const tagLabel = tagSet?.tags.find((t) => t.id === tagId)?.label ?? '';
      if (plan.kind !== 'create') setAccepted((previous) => new Set(previous).add(findingKey(f)));
      if (plan.kind === 'duplicate') return setNotice({ message: text.checkDuplicate(tagLabel), kind: 'info' });
      if (plan.kind === 'merge') return act(() => undo.update(plan.annotation.id, { comment: plan.comment }, Date.now()), text.checkMerged(tagLabel));
      const anchor = anchorOf(f);
      const source = { kind: 'checker', version: 1, ruleId: f.rule } as const;
      const made = anchor && (await toPage({ type: 'pingyue/annotate-anchor', anchor, tagId, comment: f.message, source }, reportFrame));
      if (made !== true) return setNotice({ message: text.notOnPage, kind: 'error' });
      setAccepted((previous) => new Set(previous).add(findingKey(f)));
      setNotice({ message: text.checkAnnotated, kind: 'info' });
    },
    onRerun: () => setCheckRevision((n) => n + 1),
  };
  const covering = useMemo(
    () => (check.state === 'done' ? findingsByAnnotation(check.text, findings, annotations ?? []) : new Map<string, Finding[]>()),
    [check, annotations],
  );
  const flagsFor = (a: Annotation) => [...new Set((covering.get(a.id) ?? []).map((f) => f.label))];

  const uncertain = annotations?.filter((a) => a.anchorStatus === 'uncertain').length ?? 0;
  const orphans = annotations?.filter((a) => a.anchorStatus === 'orphan').length ?? 0;

  return (
    <main className="panel">
      <header>
        <OpenOptionsButton locale={locale} />
        <OpenReaderButton locale={locale} className="open-reader" />
        <h1 title={documentRecord?.url ?? frame?.url}>{documentRecord?.title || frame?.title || text.appName}</h1>
        {frames && frames.length > 1 && (
          <label className="frame-picker">
            {text.frameLabel}
            <select value={frame?.frameId ?? ''} onChange={(e) => setChosenFrameId(Number(e.target.value))}>
              {frames.map((f) => (
                <option key={f.frameId} value={f.frameId}>{f.title || f.url}</option>
              ))}
            </select>
          </label>
        )}
        {documentRecord && (
          <ReportOrigins
            origins={documentRecord.origins ?? []}
            currentOrigin={frame ? originOf(frame.url) : null}
            extensionOrigin={EXTENSION_ORIGIN()}
            text={ORIGIN_TEXT[locale]}
            onRemove={removeOrigin}
          />
        )}
        {tabId !== null && activeTabId !== null && <ReportTabBar reportTabId={tabId} activeTabId={activeTabId} text={text} onChoose={chooseReportTab} />}
        {annotations && annotations.length > 0 && (
          <p className="summary" data-testid="summary">
            {text.total(annotations.length)}
            {uncertain > 0 && <span className="badge uncertain">{text.uncertainCount(uncertain)}</span>}
            {orphans > 0 && <span className="badge orphan">{text.orphanCount(orphans)}</span>}
            {pendingPages.size > 0 && <span className="badge pending">{text.pendingCount(pendingPages.size)}</span>}
          </p>
        )}
      </header>
      <TabList<PanelView>
        label={text.viewsLabel}
        idPrefix="pingyue-view"
        selected={view}
        onSelect={setView}
        tabs={[
          { key: 'annotations', label: <>{text.tabAnnotations} <span className="count">{annotations?.length ?? 0}</span></> },
          { key: 'check', label: <>{text.tabCheck} <span className="count">{findings.length}</span></> },
          { key: 'assessment', label: text.tabAssessment },
          { key: 'library', label: text.tabLibrary },
        ]}
      />
      {frames && (
        <OriginConsentNotice
          db={db}
          frames={frames}
          text={text}
          originText={ORIGIN_TEXT[locale]}
          extensionOrigin={EXTENSION_ORIGIN()}
          withdrawn={withdrawnHere}
          onShow={showOrigin}
        />
      )}
      <NoticeBar notice={notice} text={text} canUndo={notice?.undoStep !== undefined && undo.peek() === notice.undoStep} onUndo={onUndo} onClose={() => setNotice(null)} />
      <div className="view" role="tabpanel" id={tabPanelId('pingyue-view')} aria-labelledby={tabElementId('pingyue-view', view)}>
      {view === 'library' ? (
        tagSet && <ReportsView db={db} tagSet={tagSet} text={text} />
      ) : view === 'assessment' ? (
        tagSet && (
          <AssessmentView
            key={imports}
            db={db}
            documentId={documentId}
            report={{ title: documentRecord?.title || frame?.title || '', url: documentRecord?.url ?? frame?.url ?? '' }}
            tagSet={tagSet}
            annotations={annotations ?? []}
            flags={check.state === 'done' ? countFindings(findings) : null}
            uncheckable={check.state === 'unavailable'}
            flagsFor={flagsFor}
            text={text}
            onNotice={setNotice}
            // Every frame of every tab is asked: the form may sit in another frame or tab than the report. Only the confirmed one is written to.
            findFillTarget={() => findFillTarget(tabId)}
            fill={(target, value) => toTab(target.tabId, { type: 'pingyue/fill-field', text: value, chosenAt: target.chosenAt }, { frameId: target.frameId })}
          />
        )
      ) : view === 'check' ? (
        <CheckView check={check} tags={tagSet?.tags ?? []} text={text} accepted={accepted} {...checkActions} />
      ) : tabId === null ? (
        <p className="empty">{text.noTab}</p>
      ) : frames && frames.length === 0 && isReaderTab ? (
        <p className="empty">{READER_TEXT[locale].readerTabEmpty}</p>
      ) : frames && frames.length === 0 ? (
        access && <SiteAccessHint tabId={tabId} access={access} text={text} fallback={<p className="empty">{text.noFrames}</p>} />
      ) : annotations && annotations.length === 0 ? (
        <p className="empty">{text.noAnnotations}</p>
      ) : (
        annotations && tagSet && <AnnotationGroups annotations={annotations} tags={tagSet.tags} text={text} flagsFor={flagsFor} pendingPages={pendingPages} selected={selected} {...actions} />
      )}
      </div>
      <TransferBar db={db} documentId={documentId} title={documentRecord?.title ?? ''} tags={tagSet?.tags ?? []} sections={tagSet?.form.sections ?? []} text={text} locale={locale} onNotice={setNotice} onImported={() => { setImports((n) => n + 1); void repaint(); }} onOpenAssessment={() => setView('assessment')} />
    </main>
  );
}

const EXTENSION_ORIGIN = () => originOf(browser.runtime.getURL('/'));

/**
 * Consent for the current report's sites (lib/background/origin-consent.ts): 显示 binds a site, 移除
 * withdraws one. A withdrawal of the page's own site is said in the consent notice of that page load,
 * with 撤销 (`withdrawnHere`); of another site, in the notice bar.
 */
function useReportOrigins(documentId: string | null, frames: readonly FrameDocument[] | null | undefined, locale: Locale, setNotice: (notice: Notice) => void) {
  const text = ORIGIN_TEXT[locale];
  const [withdrawnHere, setWithdrawnHere] = useState<ReadonlySet<string>>(new Set());
  const removeOrigin = async (origin: string) => {
    if (!documentId) return;
    const request = { documentId, origin };
    const here = (frames ?? []).filter((f) => f.documentId === documentId && originOf(f.url) === origin).map((f) => pageLoadKey(f, request));
    setWithdrawnHere((previous) => new Set([...previous, ...here]));
    const reply = (await browser.runtime.sendMessage({ type: 'origin/withdraw', ...request })) as Reply<string[]> | undefined;
    if (!reply?.ok) setNotice({ kind: 'error', message: `${text.failed}${reply?.error ?? ''}` });
    else if (here.length === 0) setNotice({ kind: 'info', message: text.removed(siteName(origin, EXTENSION_ORIGIN(), text)) });
  };
  // The background repaints the frames that show the report (lib/background/refresh-report-frames.ts).
  const showOrigin = async (request: { documentId: string; origin: string }) => {
    await browser.runtime.sendMessage({ type: 'origin/consent', ...request });
    setWithdrawnHere((previous) => new Set([...previous].filter((key) => !key.startsWith(`${request.documentId} ${request.origin} `))));
  };
  return { withdrawnHere, removeOrigin, showOrigin };
}
