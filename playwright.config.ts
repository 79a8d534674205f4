// Browser tests: the production build (dist/site, `vite build`) served from a sub-path by a
// plain static server, in Debian's Chromium (Playwright cannot download browsers here).
// One worker: the machine's two cores are shared with other work.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.UKPLAY_E2E_PORT ?? 4174);
export const BASE_PATH = '/ukplay/';

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 180_000,
  expect: { timeout: 60_000 },
  workers: 1,
  retries: 0,
  // list for people; JUnit XML for CI (test-results/browser.junit.xml); failures keep their trace.
  reporter: [['list'], ['junit', { outputFile: 'test-results/browser.junit.xml' }]],
  outputDir: 'test-results/browser',
  use: {
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node e2e/static-server.mjs --port=${port} --base=${BASE_PATH}`,
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
