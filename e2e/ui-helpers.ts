// Shared steps of the UI browser tests: reading the console and the machine state, and
// saving screenshots of the real build into docs/screenshots/.
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');

/** The visible console text (xterm's DOM rows). */
export function consoleRows(page: Page) {
  return page.locator('[data-testid=console] .xterm-rows');
}

export function machineState(page: Page) {
  return page.getByTestId('machine-state');
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Save a screenshot of the page (or of one element) as docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // Let the caret and hover effects settle out of the picture.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

/** Fail the test on errors the page reports (uncaught exceptions, failed loads). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  return errors;
}
