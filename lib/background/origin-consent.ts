import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { findDocument, openDocument, type PingyueDB } from '@/lib/db';
import { withOrigin } from '@/lib/documents/report-origins';

/**
 * Reports belong to the origins where the reviewer used them (issue 14). Reports are matched by text,
 * so any site holding a copy of a report would otherwise get its annotations painted, which its
 * scripts read through `CSS.highlights`, and could write anchor statuses into it. This gate decides,
 * for a frame of one origin, whether it may see and write a report; the consent itself is given in
 * the panel (components/panel/OriginConsentNotice.tsx).
 */

/** Whether frames of `origin` may see `document`'s annotations and report where they are. */
export function originMayUse(document: Pick<DocumentRecord, 'origins'>, origin: string): boolean {
  return document.origins?.includes(origin) ?? false;
}

/** What a frame announcing itself (`page/opened`) is given. */
export interface ConsentedOpen {
  /** The stored report the page shows, if any (also when the frame may not see it). */
  document: DocumentRecord | undefined;
  /** Whether the frame may see it: otherwise it is told nothing and the panel asks the reviewer. */
  shown: boolean;
}

/**
 * The report a frame of `origin` shows. Only a frame the report may be used in updates the record (URL,
 * title, identity): a copy elsewhere must not rename the reviewer's report either. `used` marks the
 * frame as the reviewer's own act of opening the report (the reader, where they chose the file), which
 * binds the report to the origin.
 */
export async function openWithConsent(db: PingyueDB, page: PageIdentity, origin: string, now: number, used: boolean): Promise<ConsentedOpen> {
  // The tables openDocument writes: opening may merge duplicate records (their notes and assessments).
  return db.transaction('rw', db.documents, db.annotations, db.assessments, async () => {
    const found = await findDocument(db, page);
    if (!found) return { document: undefined, shown: false };
    if (used) await recordOriginUse(db, found.id, origin);
    else if (!originMayUse(found, origin)) return { document: found, shown: false };
    return { document: await openDocument(db, page, now), shown: true };
  });
}

/**
 * Binds a report to an origin: the reviewer tagged a passage there, opened it in the reader, or said
 * 显示 in the panel. Resolves to false when the report no longer exists. `updatedAt` is left alone:
 * where a report may be shown is not an edit of it.
 */
export async function recordOriginUse(db: PingyueDB, documentId: string, origin: string): Promise<boolean> {
  return db.transaction('rw', db.documents, async () => {
    const document = await db.documents.get(documentId);
    if (!document) return false;
    if (!originMayUse(document, origin)) await db.documents.update(documentId, { origins: withOrigin(document.origins, origin) });
    return true;
  });
}

/**
 * Withdraws consent (the panel's 移除, the options page's 不再在此网站显示批注): frames of `origin` no longer
 * see the report `documentId`, or any report when it is null. Notes and assessments are untouched; the
 * next visit asks again (the frame is then like any copy on a new origin). Resolves to the ids of the
 * reports that lost the origin, so their open frames can be repainted and the step undone.
 */
export async function withdrawOrigin(db: PingyueDB, origin: string, documentId: string | null): Promise<string[]> {
  return db.transaction('rw', db.documents, async () => {
    const holders = documentId === null
      ? await db.documents.filter((d) => originMayUse(d, origin)).toArray()
      : [await db.documents.get(documentId)].filter((d): d is DocumentRecord => d !== undefined && originMayUse(d, origin));
    for (const d of holders) await db.documents.update(d.id, { origins: d.origins!.filter((o) => o !== origin) });
    return holders.map((d) => d.id);
  });
}

/** One site where reports' notes are shown, with those reports (the options page lists them). */
export interface ReportSite {
  origin: string;
  reports: { id: string; title: string; url: string }[];
}

/** Where each report's notes are shown, by site; sites and their reports in a stable order. */
export async function listReportSites(db: PingyueDB): Promise<ReportSite[]> {
  const sites = new Map<string, ReportSite['reports']>();
  await db.documents.each((d) => {
    for (const origin of d.origins ?? []) {
      if (!sites.has(origin)) sites.set(origin, []);
      sites.get(origin)!.push({ id: d.id, title: d.title, url: d.url });
    }
  });
  return [...sites]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([origin, reports]) => ({ origin, reports: reports.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)) }));
}
