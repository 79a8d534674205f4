// Every entry of the guest catalog in Chromium, from the production build served as plain
// static files under a sub-path: boots in the real site, console patterns and exit status,
// pings and HTTP checks through the page's network, reruns through Reset, and the golden
// console of deterministic boots (e2e/catalog-runner.ts). A failure names the entry, shows
// the lines that differ, and attaches each boot's console and a screenshot to the report.
// UKPLAY_CATALOG=path/to/catalog.json runs another catalog (docs/regression-testing.md).
import { test } from '@playwright/test';
import { attachFailure, failureMessage, routeCatalog, runCatalogEntry, suiteCatalog } from './catalog-runner.ts';

const { file, shipped, golden } = suiteCatalog();

test.describe('catalog guests in the browser', () => {
  for (const entry of file.catalog.guests) {
    test(entry.name, async ({ page }, testInfo) => {
      // Two boots (a rerun) each have the runner's own hang guard.
      test.setTimeout(300_000);
      if (!shipped) await routeCatalog(page, file);
      const result = await runCatalogEntry(page, entry, golden);
      if (result.problems.length) {
        await attachFailure(testInfo, page, result);
        throw new Error(failureMessage(result));
      }
    });
  }
});
