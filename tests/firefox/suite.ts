import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer, type TestServer } from '../e2e/server';
import { launchFirefox, type Firefox } from './firefox';

export interface FirefoxSuite {
  server: TestServer;
  firefox: Firefox;
}

/**
 * One Firefox (fresh profile, Pingyue installed) and the test pages' server for the tests of a file,
 * filled in before the first test. After each test, an uncaught error in Pingyue's code fails it.
 */
export function firefoxSuite(): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.firefox = await launchFirefox();
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  afterEach(() => {
    expect(suite.firefox.extensionErrors(), 'uncaught errors in Pingyue (Firefox console)').toEqual([]);
  });
  return suite;
}
