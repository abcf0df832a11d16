import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PingyueDB } from '@/lib/db';
import type { AnchorStatus, Tag } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';
import { buildLibrary, searchLibrary, type LibraryEntry } from '@/lib/library/search-annotations';
import { readableTextOn } from '@/lib/shared/contrast';
import { DELETED_TAG_COLOR } from '@/lib/tags/default-tag-set';

interface Props {
  db: PingyueDB;
  tags: readonly Tag[];
  text: PanelText;
}

const STATUS_FILTERS: readonly AnchorStatus[] = ['uncertain', 'orphan'];

/**
 * 全部报告: every annotation of every report, searchable by words, tag and status. Rows are
 * virtualised (@tanstack/react-virtual: variable row heights, no fixed-size assumption), so ten
 * thousand annotations scroll as smoothly as ten.
 */
export function LibraryView({ db, tags, text }: Props) {
  const annotations = useLiveQuery(() => db.annotations.toArray(), [db]);
  const documents = useLiveQuery(() => db.documents.toArray(), [db]);
  const library = useMemo(() => (annotations && documents ? buildLibrary(annotations, documents) : []), [annotations, documents]);
  const [query, setQuery] = useState('');
  const [tagIds, setTagIds] = useState<ReadonlySet<string>>(new Set());
  const [statuses, setStatuses] = useState<ReadonlySet<AnchorStatus>>(new Set());
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(
    () => searchLibrary(library, { text: deferredQuery, tagIds, statuses }),
    [library, deferredQuery, tagIds, statuses],
  );
  const toggle = <T,>(set: ReadonlySet<T>, value: T) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };

  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => 92, overscan: 8 });
  const tagById = new Map(tags.map((t) => [t.id, t]));

  return (
    <div className="library" data-testid="library-view">
      <div className="filters">
        <input type="search" value={query} placeholder={text.librarySearch} aria-label={text.librarySearch} onChange={(e) => setQuery(e.target.value)} />
        <div className="chips">
          {tags.map((tag) => (
            <button key={tag.id} type="button" className="chip" aria-pressed={tagIds.has(tag.id)} style={{ borderColor: tag.color }} onClick={() => setTagIds(toggle(tagIds, tag.id))}>
              {tag.label}
            </button>
          ))}
          {STATUS_FILTERS.map((status) => (
            <button key={status} type="button" className="chip" aria-pressed={statuses.has(status)} onClick={() => setStatuses(toggle(statuses, status))}>
              {status === 'orphan' ? text.orphan : text.uncertain}
            </button>
          ))}
        </div>
        <p className="muted" data-testid="library-count">{text.libraryCount(shown.length, library.length)}</p>
      </div>
      <div ref={scroller} className="library-scroll">
        <ol style={{ height: rows.getTotalSize(), position: 'relative' }}>
          {rows.getVirtualItems().map((row) => (
            <LibraryRow
              key={shown[row.index]!.annotation.id}
              entry={shown[row.index]!}
              tag={tagById.get(shown[row.index]!.annotation.tagId)}
              text={text}
              index={row.index}
              measure={rows.measureElement}
              top={row.start}
            />
          ))}
        </ol>
      </div>
    </div>
  );
}

interface RowProps {
  entry: LibraryEntry;
  tag: Tag | undefined;
  text: PanelText;
  index: number;
  top: number;
  measure: (element: Element | null) => void;
}

function LibraryRow({ entry, tag, text, index, top, measure }: RowProps) {
  const { annotation, document } = entry;
  const open = () => document && void browser.tabs.create({ url: document.url });
  return (
    // The gap between rows is padding, not margin: the virtualiser measures border boxes.
    <li ref={measure} data-index={index} className="library-row" data-testid="library-row" style={{ position: 'absolute', top, left: 0, right: 0 }}>
      <div className="card">
      <button type="button" className="report-link" onClick={open} disabled={!document} title={document?.url}>
        {document?.title || text.libraryUnknownReport}
      </button>
      <span className="tag-chip" style={{ background: tag?.color ?? DELETED_TAG_COLOR, color: readableTextOn(tag?.color ?? DELETED_TAG_COLOR) }}>{tag?.label ?? text.deletedTag}</span>
      {annotation.anchorStatus === 'uncertain' && <span className="badge uncertain">{text.uncertain}</span>}
      {annotation.anchorStatus === 'orphan' && <span className="badge orphan">{text.orphan}</span>}
      <p className="quote-text">{annotation.anchor.quote.exact}</p>
      {annotation.comment && <p className="comment-text">{annotation.comment}</p>}
      </div>
    </li>
  );
}
