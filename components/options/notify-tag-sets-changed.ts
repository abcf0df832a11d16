import { sendToBackground } from '@/lib/transport/send-to-background';

/**
 * Tells the background that tag sets or the active set changed, so it rebuilds the context menus and
 * repaints open tabs. A failure (the worker restarting) only delays that until the next page load.
 */
export async function notifyTagSetsChanged(): Promise<void> {
  await sendToBackground(browser.runtime)({ type: 'tagsets/changed' }).catch(() => undefined);
}
