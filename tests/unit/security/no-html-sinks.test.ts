import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Guards for two promises that a review can miss in a new file: untrusted text (quotes, comments, tag
 * names, titles) is never parsed as HTML or code, and the content script trusts nothing the page
 * says (no `message` listeners, no page events other than the reviewer's input).
 */
const ROOTS = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const files = ROOTS.flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
const offenders = (pattern: RegExp, within = files) => within.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

describe('no HTML or code sinks for untrusted text', () => {
  it('scans the extension sources', () => expect(files.length).toBeGreaterThan(50));
  it.each([
    ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['document.write', /document\.write/],
    ['eval / new Function / string timers', /\beval\(|new Function\(|set(Timeout|Interval)\(\s*['"`]/],
    ['createContextualFragment / DOMParser', /createContextualFragment|DOMParser/],
  ])('no %s', (_, pattern) => expect(offenders(pattern)).toEqual([]));
});

describe('no network code', () => {
  it.each([
    ['fetch', /\bfetch\(/],
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['WebSocket / EventSource', /new (WebSocket|EventSource)\(/],
    ['sendBeacon', /sendBeacon/],
  ])('no %s in extension code', (_, pattern) => expect(offenders(pattern)).toEqual([]));
});

describe('in-page code listens to the extension only', () => {
  const inPage = files.filter(({ file }) => file.startsWith(path.join('entrypoints', 'content')) || file.startsWith(path.join('lib', 'page')));
  it('has in-page sources to check', () => expect(inPage.length).toBeGreaterThan(5));
  // The toolbar hears its comment frame (an extension page) through the page's window: the one exception,
  // and only through readFrameMessage, which demands the frame's own window and the extension's origin.
  const TOOLBAR = path.join('lib', 'page', 'selection-toolbar.ts');
  it('never listens to window messages or custom events, except the toolbar hearing its own comment frame', () => {
    const pattern = /addEventListener\(\s*['"`]message['"`]|onmessage\b|CustomEvent|\.detail\b/;
    expect(offenders(pattern, inPage.filter(({ file }) => file !== TOOLBAR))).toEqual([]);
    const toolbar = inPage.find(({ file }) => file === TOOLBAR)!.text;
    expect(toolbar.match(/addEventListener\(\s*'message'/g)).toHaveLength(1);
    expect(toolbar).toContain("addEventListener('message', this.onFrameMessage)");
    expect(toolbar).toContain('readFrameMessage(event, state.frame.contentWindow, state.origin)');
    expect(toolbar).not.toMatch(/onmessage\b|CustomEvent|\.detail\b/);
  });
});
