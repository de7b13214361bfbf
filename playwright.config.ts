import { defineConfig } from '@playwright/test';

/** Debian's Chromium (never a downloaded browser), started so that it makes no request of its own. */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry on CI, where a loaded two-core machine can starve a test; a retried test is still reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  projects: [
    {
      name: 'browser-mode',
      testMatch: /reader.*\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
    { name: 'electron-native', testMatch: /electronNative\.setup\.ts$/ },
    { name: 'electron', testMatch: /electron.*\.spec\.ts$/, dependencies: ['electron-native'] },
  ],
});
