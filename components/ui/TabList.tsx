import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: ReactNode;
}

interface Props<K extends string> {
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect(key: K): void;
  /** Accessible name of the list (e.g. 视图). */
  label: string;
  /** Prefix of the tab and panel ids, so the panel can name its tab (`aria-labelledby`). */
  idPrefix: string;
}

/**
 * A keyboard tab list (WAI-ARIA APG "tabs with automatic activation"): one tab stop for the whole
 * list, arrow keys / Home / End move between tabs and select them.
 */
export function TabList<K extends string>({ tabs, selected, onSelect, label, idPrefix }: Props<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.key === selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  return (
    <div className="views" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          ref={(node) => void (node ? refs.current.set(tab.key, node) : refs.current.delete(tab.key))}
          type="button"
          role="tab"
          id={tabElementId(idPrefix, tab.key)}
          aria-selected={tab.key === selected}
          aria-controls={tabPanelId(idPrefix)}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export const tabElementId = (prefix: string, key: string) => `${prefix}-tab-${key}`;
export const tabPanelId = (prefix: string) => `${prefix}-panel`;
