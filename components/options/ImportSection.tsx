import { useRef, useState } from 'react';
import { importTagSet, type PingyueDB, type TagSetImportResult } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locale';
import type { OptionsText } from '@/lib/i18n/options-text';
import { TAG_SET_FILE_EXTENSION } from '@/lib/schema/tag-set-file';
import { parseTagSetFile } from '@/lib/tags/tag-set-file';
import type { BlobLike } from '@/lib/files/read-json-input';
import type { Status } from '@/components/ui/StatusBanner';

interface Props {
  db: PingyueDB;
  text: OptionsText;
  locale: Locale;
  onStatus(status: Status): void;
  /** Called after the database changed (a set added or updated). */
  onImported(): void;
}

/** Import from a `.pingyue-tagset.json` file or pasted text: validated first, then one transaction. */
export function ImportSection({ db, text, locale, onStatus, onImported }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (input: string | BlobLike) => {
    setBusy(true);
    try {
      const parsed = await parseTagSetFile(input, locale);
      if (!parsed.ok) return onStatus({ kind: 'error', message: text.importFailed, details: parsed.errors });
      const result = await importTagSet(db, parsed.data.tagSet, locale);
      onStatus(statusOf(result, text));
      if (result.outcome === 'added' || result.outcome === 'updated') {
        setPasted('');
        onImported();
      }
    } catch (error) {
      onStatus({ kind: 'error', message: text.importFailed, details: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{text.importHeading}</h2>
      <p className="muted">{text.importHint}</p>
      <label className="file-button">
        {text.importFile}
        <input
          ref={fileInput}
          type="file"
          accept={`${TAG_SET_FILE_EXTENSION},application/json,.json`}
          data-testid="tagset-import-file"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void run(file);
          }}
        />
      </label>
      <textarea
        value={pasted}
        rows={4}
        placeholder={text.pastePlaceholder}
        aria-label={text.pastePlaceholder}
        data-testid="tagset-import-text"
        onChange={(e) => setPasted(e.target.value)}
      />
      <button type="button" onClick={() => void run(pasted)} disabled={busy || !pasted.trim()}>{text.importPasted}</button>
    </section>
  );
}

function statusOf(result: TagSetImportResult, text: OptionsText): Status {
  switch (result.outcome) {
    case 'added':
      return { kind: 'info', message: text.importAdded(result.tagSet.name) };
    case 'updated':
      return {
        kind: 'info',
        message: text.importUpdated(result.tagSet.name, result.previousVersion, result.tagSet.version),
        details: result.changes.length > 0 ? result.changes : [text.noChanges],
      };
    case 'unchanged':
      return { kind: 'info', message: text.importUnchanged(result.tagSet.name, result.tagSet.version) };
    case 'refused':
      return { kind: 'error', message: text.importFailed, details: [result.message] };
  }
}
