import { VIEWER_APP_LIMITS, ViewerAppReading } from '@/lib/schema/viewer-app';
import { readPdfViewerApp } from '@/lib/page/sources/read-pdf-app';

/** The slice of `browser.scripting` this needs. */
export interface ScriptingApi {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    world: 'MAIN';
    func: typeof readPdfViewerApp;
    args: [number, number];
  }): Promise<{ result?: unknown }[]>;
}

/**
 * Reads the standard pdf.js viewer application of one frame from the page's own world (content scripts
 * cannot see page globals), read-only, and parses the answer as untrusted input: anything malformed
 * counts as no application.
 */
export async function readViewerApp(scripting: ScriptingApi, tabId: number, frameId: number): Promise<ViewerAppReading> {
  try {
    const [injection] = await scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      world: 'MAIN',
      func: readPdfViewerApp,
      args: [VIEWER_APP_LIMITS.pages, VIEWER_APP_LIMITS.chars],
    });
    const parsed = ViewerAppReading.safeParse(injection?.result);
    if (!parsed.success) console.warn('Pingyue: the viewer application gave malformed data:', parsed.error.issues[0]?.message);
    return parsed.success ? parsed.data : { state: 'absent' };
  } catch (error) {
    console.warn('Pingyue: could not read the viewer application:', error);
    return { state: 'absent' };
  }
}
