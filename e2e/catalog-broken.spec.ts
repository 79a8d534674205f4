// The browser runner on entries that are deliberately wrong: its failure message names the
// entry and shows the differing lines, and the console and a screenshot are attached. These
// tests pass when the runner reports the failure (they check the runner, not the guests).
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCatalog, type CatalogEntry } from '../guests/catalog-schema.ts';
import { attachFailure, failureMessage, routeCatalog, runCatalogEntry, SHIPPED_CATALOG, SHIPPED_GOLDEN } from './catalog-runner.ts';
import type { CatalogFile } from '../src/regress/catalog-file.ts';

const shipped = validateCatalog(JSON.parse(readFileSync(SHIPPED_CATALOG, 'utf8')));
const entry = (name: string): CatalogEntry => structuredClone(shipped.guests.find((g) => g.name === name)!);

/** A catalog of wrong entries over the site's own images, served to the page in place of its own. */
function brokenCatalog(): CatalogFile {
  const helloBroken = { ...entry('hello'), name: 'hello-broken', default: true };
  helloBroken.expect.output[3] = '^Goodbye, world\\.$';
  const httpBroken = { ...entry('http'), name: 'http-broken', default: false };
  httpBroken.http = [{ path: '/hello', status: 200, bodyPattern: '^Hi from a unikernel' }];
  const catalog = validateCatalog({ version: 1, guests: [helloBroken, httpBroken] });
  return { path: 'broken catalog', dir: join(SHIPPED_CATALOG, '..'), catalog };
}

test('a wrong expected output fails with the entry named and the closest lines shown', async ({ page }, testInfo) => {
  const file = brokenCatalog();
  await routeCatalog(page, file);
  const result = await runCatalogEntry(page, file.catalog.guests[0]);
  const message = failureMessage(result);
  expect(message.split('\n').slice(0, 3)).toEqual([
    'catalog entry "hello-broken" failed:',
    '  boot: output lacks /^Goodbye, world\\.$/ (pattern 4 of 4) after /mem_size\\s+16777216 bytes/ (line 12)',
    '          closest line is 20:',
  ]);
  expect(message).toContain('\n          > 20 | Goodbye.\n');
  await attachFailure(testInfo, page, result);
  expect(testInfo.attachments.map((a) => a.name)).toEqual(['hello-broken-boot-console.txt', 'hello-broken-screenshot.png']);
  expect(String(testInfo.attachments[0].body)).toContain('Goodbye.\nSolo5: exit status 0\n');
});

test('a wrong HTTP check fails with the response shown', async ({ page }) => {
  const file = brokenCatalog();
  await routeCatalog(page, file);
  const result = await runCatalogEntry(page, file.catalog.guests[1]);
  expect(failureMessage(result)).toBe(
    'catalog entry "http-broken" failed:\n  boot: GET /hello: body "Hello from a unikernel!\\n" does not match /^Hi from a unikernel/',
  );
});

test('a console that differs from its golden file fails with the differing lines', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-e2e-golden-'));
  try {
    writeFileSync(join(dir, 'hello.txt'), readFileSync(join(SHIPPED_GOLDEN, 'hello.txt'), 'utf8').replace('Goodbye.', 'Good night.'));
    const result = await runCatalogEntry(page, entry('hello'), dir);
    const message = failureMessage(result);
    expect(message).toContain(`  boot: console differs from the golden file ${join(dir, 'hello.txt')} at line 20 (21 lines golden, 21 this run):\n`);
    expect(message).toContain('\n            20 - Good night.\n            20 + Goodbye.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
