import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { downloadFile, safeFileName } from '@/components/ui/download-file';
import {
  createTagSet,
  deleteTagSet,
  duplicateTagSet,
  getActiveTagSetId,
  getPingyueDB,
  setActiveTagSetId,
  updateTagSet,
  usageOf,
} from '@/lib/db';
import { type Locale, languageTag } from '@/lib/i18n/locale';
import { OPTIONS_TEXT } from '@/lib/i18n/options-text';
import type { TagSet } from '@/lib/schema/tag-set';
import { TAG_SET_FILE_EXTENSION } from '@/lib/schema/tag-set-file';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { blankTagSet } from '@/lib/tags/tag-set-edits';
import { serializeTagSetFile } from '@/lib/tags/tag-set-file';
import { SiteAccessSection } from '@/components/site-access/SiteAccessSection';
import { ReaderSection } from '@/components/reader/OpenReaderButton';
import { ReportSitesSection } from './ReportSitesSection';
import { ORIGIN_TEXT } from '@/lib/i18n/origin-text';
import { DeleteConfirm } from './DeleteConfirm';
import { ImportSection } from './ImportSection';
import { notifyTagSetsChanged } from './notify-tag-sets-changed';
import { StatusBanner, type Status } from '@/components/ui/StatusBanner';
import { TagSetCard } from './TagSetCard';
import { TagSetEditor } from './TagSetEditor';
import { TransferShortcut } from './TransferShortcut';

/** The built-in set first, then the team's sets by name. */
const byListOrder = (locale: Locale) => (a: TagSet, b: TagSet) =>
  Number(b.id === DEFAULT_TAG_SET.id) - Number(a.id === DEFAULT_TAG_SET.id) || a.name.localeCompare(b.name, languageTag(locale));

/** The options page: site access, the tag sets (list, active set, edit, duplicate, delete, export, import) and the way to notes files. */
export function OptionsApp({ locale }: { locale: Locale }) {
  const text = OPTIONS_TEXT[locale];
  const db = getPingyueDB();
  const sets = useLiveQuery(async () => (await db.tagSets.toArray()).sort(byListOrder(locale)), [db, locale]);
  const activeId = useLiveQuery(() => getActiveTagSetId(db), [db]);
  const [status, setStatus] = useState<Status | null>(null);
  const [editing, setEditing] = useState<{ set: TagSet; isNew: boolean } | null>(null);
  const [pendingDelete, setPendingDelete] = useState<{ set: TagSet; message: string } | null>(null);

  /** Runs a change; on success tells the background (menus, open tabs) and shows `message`. */
  const change = async (work: () => Promise<string>) => {
    try {
      const message = await work();
      setStatus({ kind: 'info', message });
      await notifyTagSetsChanged();
    } catch (error) {
      setStatus({ kind: 'error', message: text.failed, details: [error instanceof Error ? error.message : String(error)] });
    }
  };

  const actions = (set: TagSet) => ({
    onActivate: () => change(async () => (await setActiveTagSetId(db, set.id), text.activated(set.name))),
    onEdit: () => setEditing({ set, isNew: false }),
    onDuplicate: () =>
      change(async () => {
        const copy = await duplicateTagSet(db, set.id);
        setEditing({ set: copy, isNew: false });
        return text.duplicated(copy.name);
      }),
    onExport: () => {
      const file = `${safeFileName(set.name, 'tagset')}-v${set.version}${TAG_SET_FILE_EXTENSION}`;
      downloadFile(document, file, serializeTagSetFile(set, Date.now()), 'application/json');
      setStatus({ kind: 'info', message: text.exported(file) });
    },
    onDelete: async () => {
      const usage = await usageOf(db, set.id);
      if (usage.active || usage.annotations > 0) return setPendingDelete({ set, message: text.deleteInUse(set.name, usage.annotations, usage.active) });
      await remove(set);
    },
  });
  const remove = (set: TagSet) =>
    change(async () => {
      await deleteTagSet(db, set.id, { confirmed: true });
      setPendingDelete(null);
      if (editing?.set.id === set.id) setEditing(null);
      return text.deleted(set.name);
    });
  const save = async (set: TagSet) => {
    const saved = editing?.isNew ? await createTagSet(db, set) : await updateTagSet(db, set);
    setEditing(null);
    setStatus({ kind: 'info', message: text.saved(saved.name, saved.version) });
    await notifyTagSetsChanged();
  };

  return (
    <main className="options">
      <header>
        <h1>{text.title}</h1>
        <p className="muted">{text.intro}</p>
      </header>
      <StatusBanner status={status} onClose={() => setStatus(null)} />
      <SiteAccessSection text={text} hash={location.hash} />
      <ReaderSection locale={locale} />
      <ReportSitesSection db={db} text={ORIGIN_TEXT[locale]} onStatus={setStatus} />
      {editing ? (
        <TagSetEditor key={editing.set.id} initial={editing.set} isNew={editing.isNew} text={text} locale={locale} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <section aria-labelledby="list-heading">
          <div className="list-head">
            <h2 id="list-heading">{text.listHeading}</h2>
            <button type="button" onClick={() => setEditing({ set: blankTagSet(text.newSetName, text.newTagLabel), isNew: true })}>{text.create}</button>
          </div>
          <ul className="sets">
            {sets?.map((set) => (
              <TagSetCard key={set.id} set={set} active={set.id === activeId} builtIn={set.id === DEFAULT_TAG_SET.id} text={text} {...actions(set)}>
                {pendingDelete?.set.id === set.id && (
                  <DeleteConfirm message={pendingDelete.message} text={text} onConfirm={() => void remove(set)} onCancel={() => setPendingDelete(null)} />
                )}
              </TagSetCard>
            ))}
          </ul>
        </section>
      )}
      <ImportSection db={db} text={text} locale={locale} onStatus={setStatus} onImported={() => void notifyTagSetsChanged()} />
      <TransferShortcut text={text} />
    </main>
  );
}
