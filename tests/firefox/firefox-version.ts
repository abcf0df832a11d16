import { execFileSync } from 'node:child_process';
import { FIREFOX } from './firefox';

/**
 * The oldest Firefox ESR this suite drives. puppeteer-core 24 uses WebDriver BiDi features that ESR 140
 * lacks (`browsingContext.locateNodes` with a context locator; scripts evaluated in extension pages
 * despite their CSP): there every test fails on the driver, not on Pingyue. Debian's bookworm main
 * still has 140; bookworm-security has 153, which `apt-get update` brings.
 */
const OLDEST_MAJOR = 153;

/** vitest globalSetup: one clear message before any test, instead of each failing on the driver. */
export default function checkFirefoxVersion(): void {
  let printed: string;
  try {
    printed = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim();
  } catch (e) {
    throw new Error(`Firefox ESR not found at ${FIREFOX} (set FIREFOX_PATH, or: apt-get update && apt-get install firefox-esr): ${String(e)}`);
  }
  const major = Number(/(\d+)\./.exec(printed)?.[1]);
  if (!(major >= OLDEST_MAJOR)) {
    throw new Error(
      `${FIREFOX} is "${printed}"; the Firefox suite needs Firefox ESR ${OLDEST_MAJOR} or newer (on Debian: apt-get update && apt-get install firefox-esr)`,
    );
  }
}
