import { useEffect, useState } from 'react';
import { READER_PATH } from '@/lib/transport/report-frames';
import type { TabSender } from '@/lib/transport/send-to-tab';

/**
 * Whether tab `tabId` shows the reader (asked while the tab lists no report frame: the reader before a
 * file is opened). The panel cannot read the tab's address without the `tabs` permission, so it asks
 * the reader itself: only a reader answers a ping on the reader's channel (false while it has no file).
 */
export function useReaderTab(send: TabSender, tabId: number | null, ask: boolean): boolean {
  const [isReader, setIsReader] = useState(false);
  useEffect(() => {
    setIsReader(false);
    if (tabId === null || !ask) return;
    let live = true;
    void send(tabId, { type: 'pingyue/ping' }, { frameId: 0, url: browser.runtime.getURL(READER_PATH) }).then((answer) => {
      if (live) setIsReader(answer !== undefined);
    });
    return () => {
      live = false;
    };
  }, [send, tabId, ask]);
  return isReader;
}
