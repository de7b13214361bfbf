import path from 'node:path';
import { defineConfig } from 'vite';

// React's JSX is compiled by Vite's own transformer (automatic runtime); no Fast Refresh plugin is needed for a
// renderer that is always built before it is served.
export default defineConfig({
  root: __dirname,
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.resolve(__dirname, '../dist/renderer'),
    emptyOutDir: true,
    // No inline scripts or data: modules, so the strict CSP holds.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'chrome120',
  },
});
