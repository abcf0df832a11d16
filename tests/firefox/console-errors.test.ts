import { describe, expect, test } from 'vitest';
import { ADDON_UUID, extensionErrorsIn } from './firefox';

// Lines as firefox-esr 153 prints them with devtools.console.stdout.content (captured from a run).
const origin = `moz-extension://${ADDON_UUID}`;

describe('the Firefox console gate', () => {
  test('catches uncaught errors and rejections of Pingyue’s pages, background and content scripts', () => {
    const output = [
      `JavaScript error: ${origin}/options.html#welcome, line 3: Error: boom-uncaught`,
      `JavaScript error: ${origin}/background.js, line 6: Error: boom-rejection`,
      `JavaScript error: ${origin}/content-scripts/content.js, line 8: TypeError: x is undefined`,
    ];
    expect(extensionErrorsIn(output)).toEqual(output);
  });

  test('ignores the browser’s own noise and other add-ons', () => {
    expect(
      extensionErrorsIn([
        'JavaScript error: resource:///modules/backup/BackupService.sys.mjs, line 4408: NotAllowedError: PathUtils.join',
        'JavaScript error: moz-extension://00000000-0000-0000-0000-000000000000/x.js, line 1: Error: not ours',
        `JavaScript warning: ${origin}/background.js, line 3: Script terminated by timeout at:`,
        'console.error: RSLoader: ',
      ]),
    ).toEqual([]);
  });
});
