import { defineConfig } from '@playwright/test';

// Each test starts its own Chromium with the built extension (.output/chrome-mv3); one worker, since
// the machines have two cores and every test owns a browser.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  use: { trace: 'off' },
});
