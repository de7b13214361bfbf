/**
 * `npm run icon`: renders renderer/public/icon.svg to build/icon.png (512 px, transparent corners), from which
 * electron-builder derives the macOS .icns, the Windows .ico and the Linux icon set. Run it after changing the SVG.
 * It uses the Chromium the tests use, so it needs nothing more than they do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(__dirname, '..', '..');
const SIZE = 512;

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(ROOT, 'renderer', 'public', 'icon.svg'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img width="${SIZE}" height="${SIZE}" src="data:image/svg+xml;base64,${svg.toString('base64')}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(ROOT, 'build', 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
