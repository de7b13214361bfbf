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
  // No retries, on CI either: a test that passes only on a second try hides a race, usually one in the reader.
  retries: 0,
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
