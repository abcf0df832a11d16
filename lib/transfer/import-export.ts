import type { Annotation, Assessment, DocumentRecord, TagSet } from '@/lib/schema';
import { canonicalJson } from '@/lib/shared/canonical-json';
import { decideIncomingTagSet, type IncomingTagSetDecision } from '@/lib/tags/incoming-tag-set';
import type { ExportFile } from '@/lib/schema/export-file';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import { mergeUrls } from '@/lib/db/documents';
import { mergeIdentities } from '@/lib/documents/absorb-view';
import { sameNote } from './same-note';
import { sameAssessment } from './same-assessment';
import { bulkPutInSlices, TimeSlicer } from './time-slices';
import { originsOfUrls } from '@/lib/documents/report-origins';

export interface ImportCounts {
  /**
   * `merged`: the file's report was already stored (same id or same text) and was combined with it.
   * `asking`: reports added whose file names sites the reviewer does not use: the first visit on each asks.
   */
  documents: { added: number; merged: number; asking: number };
  /**
   * `updated`: the reviewer chose the file's version of a note they had (“theirs”); `kept`: they kept
   * their own (“mine”, also every conflict not decided); a note kept “both” ways counts in `added`.
   */
  annotations: { added: number; updated: number; unchanged: number; kept: number };
  tagSets: { added: number; updated: number; unchanged: number; kept: number };
  /** Assessments (评议意见) by the same rules as notes: `kept` is a different one the reviewer already had. */
  assessments: { added: number; updated: number; unchanged: number; kept: number };
}

/** How the reviewer settles a note both they and the file have, in different versions. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** A note the file changes: the reviewer's version and the file's, for the reviewer to choose. */
export interface ImportConflict {
  mine: Annotation;
  /** The file's version, already moved onto the stored report's id. */
  theirs: Annotation;
}

/** An assessment the file changes: the reviewer's and the file's (moved onto the stored report's id). */
export interface AssessmentConflict {
  mine: Assessment;
  theirs: Assessment;
  /** The stored report's title, to name the conflict. */
  title: string;
}

export interface ImportOptions {
  /** The reviewer's choice for each conflicting note, by annotation id. A conflict without one keeps theirs out. */
  choices?: ReadonlyMap<string, ConflictChoice>;
  /**
   * The reviewer's choice for each conflicting assessment, by the stored report's id: one report has one
   * assessment, so there is no “both”. Without a choice the reviewer's stays.
   */
  assessmentChoices?: ReadonlyMap<string, Exclude<ConflictChoice, 'both'>>;
  /** Ids for the file's versions kept beside the reviewer's (“both”). */
  newId?: () => string;
  /** Annotations written so far, of `total` (for a progress bar). */
  onProgress?: (written: number, total: number) => void;
}

/** Stored notes read back per call when comparing (a few hundred rows: a short task each). */
const ROWS_PER_READ = 500;

/**
 * The notes of `data` that differ from the reviewer's stored version (same id, other tag, comment,
 * passage or report). Read only: this is what the import result shows before anything is written.
 */
export async function findImportConflicts(db: PingyueDB, data: ExportFile): Promise<ImportConflict[]> {
  return db.transaction('r', [db.documents, db.annotations, db.tagSets, db.assessments], async () => (await planImport(db, data, slicerFor(db))).conflicts);
}

/** The assessments of `data` that differ from the reviewer's stored ones. Read only. */
export async function findAssessmentConflicts(db: PingyueDB, data: ExportFile): Promise<AssessmentConflict[]> {
  return db.transaction('r', [db.documents, db.annotations, db.tagSets, db.assessments], async () => (await planImport(db, data, slicerFor(db))).assessments.conflicts);
}

/** Pauses inside the import's transaction with a read of a key no record has (see `TimeSlicer`). */
const slicerFor = (db: PingyueDB) => new TimeSlicer(() => db.tagSets.get(''));

/**
 * Merges a validated export (see `parseImport`) into the database, all or nothing, in one transaction,
 * in slices of work that keep every task of the calling thread short (lib/transfer/time-slices.ts).
 * - Documents match a stored one by id, else by fingerprint (the same report exported by another
 *   reviewer has another id); the file's annotations are then moved onto the stored id. The stored
 *   record keeps its title and URL (a file cannot rename the reviewer's report) and, where it is
 *   complete, its text identity (`mergeIdentities`); the URLs are united.
 * - A note not stored yet is added; one stored with the same content is left alone. A note the file
 *   changes is a conflict: never decided by timestamps (a file can claim any time), only by the
 *   reviewer's `choices`; without a choice the reviewer's version stays.
 * - Tag sets follow `decideIncomingTagSet`: only a higher version replaces a stored set.
 * - Assessments (评议意见) follow the notes' rule: added where the report has none, left alone where
 *   the same, and a different one replaces the reviewer's only by their `assessmentChoices`.
 * Importing the same file again changes nothing. `now` stamps documents whose stored record changed.
 */
export async function importExport(db: PingyueDB, data: ExportFile, now: number, options: ImportOptions = {}): Promise<ImportCounts> {
  const { choices = new Map(), assessmentChoices = new Map(), newId = () => crypto.randomUUID(), onProgress } = options;
  return db.transaction('rw', [db.documents, db.annotations, db.tagSets, db.assessments], async () => {
    const slicer = slicerFor(db);
    const plan = await planImport(db, data, slicer);
    const counts: ImportCounts = {
      documents: plan.documentCounts,
      annotations: { added: plan.added.length, updated: 0, unchanged: plan.unchanged, kept: 0 },
      tagSets: { added: 0, updated: 0, unchanged: 0, kept: 0 },
      assessments: { added: plan.assessments.added.length, updated: 0, unchanged: plan.assessments.unchanged, kept: 0 },
    };
    const assessmentWrites = [...plan.assessments.added];
    for (const { mine, theirs } of plan.assessments.conflicts) {
      if (assessmentChoices.get(mine.documentId) === 'theirs') {
        assessmentWrites.push(theirs);
        counts.assessments.updated++;
      } else counts.assessments.kept++;
    }
    const annotationWrites = [...plan.added];
    for (const { mine, theirs } of plan.conflicts) {
      if (slicer.due) await slicer.pause();
      const choice = choices.get(mine.id) ?? 'mine';
      if (choice === 'theirs') {
        annotationWrites.push(theirs);
        counts.annotations.updated++;
      } else if (choice === 'both') {
        annotationWrites.push({ ...theirs, id: newId() });
        counts.annotations.added++;
      } else counts.annotations.kept++;
    }
    const tagSetWrites: TagSet[] = [];
    for (const { incoming, outcome } of plan.tagSets) {
      counts.tagSets[outcome === 'refused' ? 'kept' : outcome]++;
      if (outcome === 'added' || outcome === 'updated') tagSetWrites.push(incoming);
    }

    await bulkPutInSlices(db.documents, plan.documentWrites.map((doc) => (plan.storedDocumentIds.has(doc.id) ? { ...doc, updatedAt: Math.max(now, doc.updatedAt) } : doc)));
    await bulkPutInSlices(db.annotations, annotationWrites, onProgress);
    await db.tagSets.bulkPut(tagSetWrites);
    await db.assessments.bulkPut(assessmentWrites);
    return counts;
  });
}

interface ImportPlan {
  documentCounts: ImportCounts['documents'];
  documentWrites: DocumentRecord[];
  storedDocumentIds: ReadonlySet<string>;
  added: Annotation[];
  unchanged: number;
  conflicts: ImportConflict[];
  tagSets: { incoming: TagSet; outcome: IncomingTagSetDecision['outcome'] }[];
  assessments: { added: Assessment[]; unchanged: number; conflicts: AssessmentConflict[] };
}

/**
 * What importing `data` would do to the database as it stands; reads only (call inside a transaction).
 * Every pass over the file's rows goes through `slicer`, so a 100,000-note file is planned in short tasks.
 */
async function planImport(db: PingyueDB, data: ExportFile, slicer: TimeSlicer): Promise<ImportPlan> {
  const documentCounts = { added: 0, merged: 0, asking: 0 };
  const inUse = await originsInUse(db);

  // Documents: everything they could match is read first, then merged in memory.
  const byId = await db.documents.bulkGet(data.documents.map((d) => d.id));
  const byFingerprint = await db.documents
    .where('fingerprint')
    .anyOf(data.documents.map((d) => d.fingerprint))
    .toArray();
  const working = new Map<string, DocumentRecord>(); // stored or added records by id, as they now stand
  for (const doc of [...byFingerprint, ...byId]) {
    if (doc) working.set(doc.id, doc);
  }
  const original = new Map(working); // stored records before this import

  const documentIdFor = new Map<string, string>(); // file id → id in the database
  for (const incoming of data.documents) {
    if (slicer.due) await slicer.pause();
    const target = working.get(incoming.id) ?? newestWithFingerprint(working.values(), incoming.fingerprint);
    if (target) {
      working.set(target.id, mergeDocument(target, incoming));
      documentIdFor.set(incoming.id, target.id);
      documentCounts.merged++;
    } else {
      const added = withTrustedOrigins(incoming, data.version, inUse);
      working.set(incoming.id, added);
      documentIdFor.set(incoming.id, incoming.id);
      documentCounts.added++;
      if ((added.origins ?? []).length < fileOrigins(incoming, data.version).length) documentCounts.asking++;
    }
  }
  const changed = await slicer.map([...working.values()], (doc) => canonicalJson(doc) !== canonicalJson(original.get(doc.id)));
  const documentWrites = [...working.values()].filter((_, i) => changed[i]);

  // Annotations: the schema guarantees every documentId is one of the file's documents.
  // Every stored id in one request; only the notes the file shares with the database are read
  // (each read is a browser call: 100,000 of them for a new file would cost seconds).
  const storedIds = new Set(await db.annotations.toCollection().primaryKeys());
  const shared: Annotation[] = [];
  const added: Annotation[] = [];
  await slicer.forEach(data.annotations, (a) => {
    // A copy only when the note moves to another report's id: 100,000 copies would double the heap, and the panel would pause to collect it.
    const target = documentIdFor.get(a.documentId) ?? a.documentId;
    const moved: Annotation = target === a.documentId ? a : { ...a, documentId: target };
    (storedIds.has(a.id) ? shared : added).push(moved);
  });
  const conflicts: ImportConflict[] = [];
  let unchanged = 0;
  for (let i = 0; i < shared.length; i += ROWS_PER_READ) {
    const slice = shared.slice(i, i + ROWS_PER_READ);
    const stored = await db.annotations.bulkGet(slice.map((a) => a.id));
    slice.forEach((theirs, j) => {
      const mine = stored[j]!;
      if (sameNote(mine, theirs)) unchanged++;
      else conflicts.push({ mine, theirs });
    });
  }

  // Tag sets: the same rule as a team's tag-set file; a set the file holds in an older or conflicting
  // version is kept as stored (counted as `kept`).
  const storedSets = await db.tagSets.bulkGet(data.tagSets.map((s) => s.id));
  const tagSets = data.tagSets.map((incoming, i) => ({ incoming, outcome: decideIncomingTagSet(storedSets[i], incoming).outcome }));

  // Assessments: one per report, moved onto the stored report's id like the notes.
  const incomingAssessments = data.assessments.map((a): Assessment => ({ ...a, documentId: documentIdFor.get(a.documentId) ?? a.documentId }));
  const storedAssessments = await db.assessments.bulkGet(incomingAssessments.map((a) => a.documentId));
  const assessments: ImportPlan['assessments'] = { added: [], unchanged: 0, conflicts: [] };
  incomingAssessments.forEach((theirs, i) => {
    const mine = storedAssessments[i];
    if (!mine) assessments.added.push(theirs);
    else if (sameAssessment(mine, theirs)) assessments.unchanged++;
    else assessments.conflicts.push({ mine, theirs, title: working.get(mine.documentId)?.title ?? '' });
  });

  return { documentCounts, documentWrites, storedDocumentIds: new Set(original.keys()), added, unchanged, conflicts, tagSets, assessments };
}

/**
 * The sites a file says its report was used at: version 2 `origins` (absent: none), or for a version-1
 * file, which predates origins, the origins of its URLs, as the database upgrade gives stored reports.
 */
export function fileOrigins(document: DocumentRecord, version: ExportFile['version']): string[] {
  return version === 1 ? originsOfUrls([document.url, ...document.urls]) : (document.origins ?? []);
}

/**
 * A restore of the reviewer's own backup (lib/backup): the report is shown where the backup says, as it
 * was before.
 */
export function withFileOrigins(document: DocumentRecord, version: ExportFile['version']): DocumentRecord {
  return version === 1 ? { ...document, origins: fileOrigins(document, version) } : document;
}

/**
 * A report new to the database from an imported file, which may be a colleague's (docs/security.md):
 * the sites the file names are only proposals. The report is shown at once only on those the reviewer
 * already uses for some report (`inUse`); on any other, the first visit asks, like any copy on a new
 * site (lib/background/origin-consent.ts). A report already stored keeps its own origins whatever the
 * file says (`mergeDocument`).
 */
export function withTrustedOrigins(document: DocumentRecord, version: ExportFile['version'], inUse: ReadonlySet<string>): DocumentRecord {
  if (version === 2 && document.origins === undefined) return document; // names none: shown nowhere until used
  return { ...document, origins: fileOrigins(document, version).filter((origin) => inUse.has(origin)) };
}

/** Every site the reviewer uses some stored report at. */
async function originsInUse(db: PingyueDB): Promise<Set<string>> {
  const used = new Set<string>();
  await db.documents.each((d) => d.origins?.forEach((o) => used.add(o)));
  return used;
}

function newestWithFingerprint(docs: Iterable<DocumentRecord>, fingerprint: string): DocumentRecord | undefined {
  let newest: DocumentRecord | undefined;
  for (const doc of docs) {
    if (doc.fingerprint === fingerprint && (!newest || doc.updatedAt > newest.updatedAt)) newest = doc;
  }
  return newest;
}

/**
 * `stored` as it is (id, title, URL), with both sides' URLs, the earliest creation, and an identity
 * that loses nothing either side knew: the stored one counts as the newer, whatever time the file claims.
 */
function mergeDocument(stored: DocumentRecord, incoming: DocumentRecord): DocumentRecord {
  return {
    ...stored,
    ...mergeIdentities(incoming, stored),
    // The file's URLs first: where the list is full, the oldest go, and the reviewer's own are kept.
    urls: mergeUrls(incoming.urls, stored.urls),
    createdAt: Math.min(stored.createdAt, incoming.createdAt),
  };
}
