import { Dexie, type EntityTable, type PromiseExtended, type Transaction } from 'dexie';
import { ruleOfLegacyComment } from '@/lib/checker/rules/registry';
import { TagSet, type Annotation, type Assessment, type DocumentRecord } from '@/lib/schema';
import { scheme1Identity } from '@/lib/schema/document';
import type { SettingRow } from '@/lib/schema/settings';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { rethrowStorageFull } from './storage-full';
import { originsOfUrls } from '@/lib/documents/report-origins';

/**
 * The extension's database. It lives in the extension origin (background, side panel and options
 * pages share it); content scripts never open it, they message the background instead.
 */
export class PingyueDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tagSets!: EntityTable<TagSet, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  assessments!: EntityTable<Assessment, 'documentId'>;

  /** @param name IndexedDB name; tests pass a unique one per test. */
  constructor(name: string) {
    super(name);
    // Version 1 is kept because version 2's upgrade needs to know where it starts from.
    this.version(1).stores({
      documents: 'id, fingerprint, url, updatedAt',
      annotations: 'id, documentId, tagId, updatedAt',
      tagSets: 'id',
      settings: 'key',
    });
    // Version 2 adds the indexes behind document matching (`*urls`: every URL a report was seen at, queried
    // by prefix; `textLength`: the range query for similar text), `[documentId+tagId]` for the panel's
    // per-tag filter, and fills fields version 1 did not store.
    this.version(2)
      .stores({
        documents: 'id, fingerprint, url, updatedAt, textLength, *urls',
        annotations: 'id, documentId, tagId, updatedAt, [documentId+tagId]',
      })
      .upgrade(upgradeFromV1);
    // Version 3 adds reviewers' assessments (评议意见) and brings stored tag sets to the team-artefact
    // shape (guidelines, checker settings, form template).
    this.version(3)
      .stores({ assessments: 'documentId, updatedAt' })
      .upgrade(upgradeFromV2);
    // Version 4 moves reports to identity scheme 2 (lib/documents/): `*pdfFingerprints` finds a PDF by
    // pdf.js's fingerprint in any viewer.
    this.version(4)
      .stores({ documents: 'id, fingerprint, url, updatedAt, textLength, *urls, *pdfFingerprints' })
      .upgrade(upgradeFromV3);
    // Version 5 stores which checker rule an annotation was made from (`source`), which earlier versions
    // left to be read from the head of its comment.
    this.version(5).upgrade(upgradeFromV4);
    // Version 6 binds each report to the origins where the reviewer used it (issue 14): no index, the
    // field is read with the record it belongs to.
    this.version(6).stores({}).upgrade(addReportOrigins);
    this.on('populate', populate);
    // Every write is a transaction: one place turns a full disk into a message the reviewer can act on.
    const transaction = this.transaction.bind(this) as (...args: unknown[]) => PromiseExtended<unknown>;
    Object.assign(this, { transaction: (...args: unknown[]) => transaction(...args).catch(rethrowStorageFull) });
  }
}

/**
 * Version 1 rows lacked `anchorStatus` on annotations and `urls` on documents.
 * - `anchorStatus: 'unknown'`, not `'anchored'`: version 1 never checked whether its anchors still match,
 *   and `unknown` makes the page re-anchor them on the next visit instead of claiming a confident match.
 * - `urls: [url]`: the only URL version 1 knew; later visits append to it.
 * `updatedAt` is left alone: these are format fixes, not edits, and must not win an import merge.
 */
async function upgradeFromV1(tx: Transaction): Promise<void> {
  await tx
    .table<Partial<Annotation>>('annotations')
    .toCollection()
    .modify((a) => {
      a.anchorStatus ??= 'unknown';
    });
  await tx
    .table<Partial<DocumentRecord>>('documents')
    .toCollection()
    .modify((d) => {
      d.urls ??= d.url ? [d.url] : [];
    });
}

/**
 * Tag sets stored by version 2 lack the fields added since; the schema's defaults fill them. The
 * built-in set is replaced by its current version (reviewers edit copies of it, never the set itself).
 */
async function upgradeFromV2(tx: Transaction): Promise<void> {
  await tx
    .table<TagSet>('tagSets')
    .toCollection()
    .modify((set, ref) => {
      ref.value = set.id === DEFAULT_TAG_SET.id && set.version < DEFAULT_TAG_SET.version ? DEFAULT_TAG_SET : TagSet.parse(set);
    });
}

/**
 * Reports stored by version 3 carry an identity of scheme 1: the fingerprint and sketch of whatever text
 * was rendered when they were last tagged, and no text to compute a winnow from. They become scheme-1
 * records of scheme 2's shape (`scheme1Identity()`: empty winnow, not known to be complete), which are
 * still found by fingerprint and similarity as before; the first view matched to one fills its winnow in
 * (lib/documents/absorb-view.ts). `updatedAt` is left alone: a format fix, not an edit.
 */
async function upgradeFromV3(tx: Transaction): Promise<void> {
  await tx
    .table<DocumentRecord>('documents')
    .toCollection()
    .modify((d) => {
      if (d.scheme === undefined) Object.assign(d, scheme1Identity());
    });
}

/**
 * Annotations made by 转为批注 before version 5 carry the checker's Chinese message as their comment and
 * nothing else to say so: its head (问题表述笼统：…, 措施空泛：…) is read once here and stored as `source`.
 * The reviewer's own notes are left alone, and so is `updatedAt`: a format fix, not an edit.
 */
async function upgradeFromV4(tx: Transaction): Promise<void> {
  await tx
    .table<Annotation>('annotations')
    .toCollection()
    .modify((a) => {
      const ruleId = a.source ? null : ruleOfLegacyComment(a.comment);
      if (ruleId) a.source = { kind: 'checker', version: 1, ruleId };
    });
}

/**
 * Reports stored before version 6 were used wherever they were seen: their origins are those of the
 * URLs they were stored at (`url` and `urls`; the reader's own page is one of them when a file was
 * opened there). Kept as its own upgrade so that the version number can move when another branch's
 * version lands first. `updatedAt` is left alone: a format fix, not an edit.
 */
export async function addReportOrigins(tx: Transaction): Promise<void> {
  await tx
    .table<DocumentRecord>('documents')
    .toCollection()
    .modify((d) => {
      d.origins ??= originsOfUrls([d.url, ...d.urls]);
    });
}

/** A new database starts with the built-in 述职评议 tag set, already active. */
function populate(tx: Transaction): void {
  tx.table<TagSet>('tagSets').add(DEFAULT_TAG_SET);
  tx.table<SettingRow>('settings').add({ key: 'activeTagSetId', value: DEFAULT_TAG_SET.id });
}

/** Opens (lazily: Dexie connects on the first query) the database called `name`. */
export function openPingyueDB(name = 'pingyue'): PingyueDB {
  return new PingyueDB(name);
}

let shared: PingyueDB | undefined;

/**
 * The one database instance of this extension context. A module singleton is safe in the MV3 service
 * worker: when the worker is killed and restarted, Dexie reopens on the next query.
 */
export function getPingyueDB(): PingyueDB {
  shared ??= openPingyueDB();
  return shared;
}
