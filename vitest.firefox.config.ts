import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (tests/firefox): each file drives its own firefox-esr with the Firefox
// build (.output/firefox-mv2) installed. One file at a time, as the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/firefox/firefox-version.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
