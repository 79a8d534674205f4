// Shareable state: a link opens the guest with its memory, command line, options,
// breakpoints and panel; changes made on the page go back into the address bar.
import { expect, test } from '@playwright/test';
import { consoleRows, machineState, openTab } from './ui-helpers.ts';

test('a link restores guest, memory, command line, options and panel', async ({ page }) => {
  await page.goto('./?guest=hello&mem=64&cmdline=shared%20by%20a%20link&entry=1&bp=solo5_app_main&tab=monitor');
  await expect(page.getByTestId('guest-button')).toContainText('Hello, world');
  await expect(page.getByRole('tab', { name: 'Monitor' })).toHaveAttribute('aria-selected', 'true');
  await expect(machineState(page)).toHaveText('paused at entry 0x100000');
  const panel = page.getByTestId('panel-monitor');
  await expect(panel).toContainText('Memory64 MiB');
  await expect(panel).toContainText('Command lineshared by a link');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(machineState(page)).toHaveText(/^paused at breakpoint 0x10[0-9a-f]+$/);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(consoleRows(page)).toContainText('Command line: "shared by a link"');
  await expect(consoleRows(page)).toContainText('mem_size       67108864 bytes (64 MiB)');
});

test('changes on the page go into the URL and survive a reload', async ({ page }) => {
  await page.goto('./?guest=hello');
  await expect(machineState(page)).toHaveText('exited, status 0');
  await page.getByTestId('guest-button').click();
  const dialog = page.getByRole('dialog', { name: 'Guests' });
  await dialog.getByLabel('Memory (MiB)').fill('32');
  await dialog.getByLabel('Command line').fill('from the reload test');
  await dialog.getByLabel('deterministic time').check();
  await dialog.getByRole('button', { name: 'Boot with these options' }).click();
  await page.keyboard.press('Escape');
  await openTab(page, 'MMU');
  await expect(page).toHaveURL(/\?guest=hello&mem=32&cmdline=from\+the\+reload\+test&det=1&tab=mmu$/);
  await expect(consoleRows(page)).toContainText('Command line: "from the reload test"');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'MMU' })).toHaveAttribute('aria-selected', 'true');
  await expect(consoleRows(page)).toContainText('Command line: "from the reload test"');
  await expect(consoleRows(page)).toContainText('mem_size       33554432 bytes (32 MiB)');
  await openTab(page, 'Monitor');
  await expect(page.getByTestId('panel-monitor')).toContainText('deterministic: virtual time');
});

test('a bad link says what it ignored and falls back to the default guest', async ({ page }) => {
  await page.goto('./?guest=no-such-guest&mem=3');
  await expect(page.getByRole('status').filter({ hasText: 'link:' })).toContainText('link: memory must be an even number of MiB from 2 to 4096, not "3"');
  await expect(page.getByRole('status').filter({ hasText: 'link:' })).toContainText("link: no guest named 'no-such-guest' in the catalog; showing the default");
  await expect(consoleRows(page)).toContainText('http: serving');
});
