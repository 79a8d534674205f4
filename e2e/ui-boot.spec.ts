// Opening the page boots the default catalog guest with no click; the console shows its
// output; the guest picker shows the catalog with each guest's facts.
import { expect, test } from '@playwright/test';
import { consoleRows, machineState, openTab, screenshot, watchErrors } from './ui-helpers.ts';

test('the default guest boots with no click and prints to the console', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.getByTestId('guest-button')).toContainText('A website in a unikernel');
  await expect(consoleRows(page)).toContainText('Solo5: net: service0 up at 10.0.0.2');
  await expect(consoleRows(page)).toContainText('http: serving http://10.0.0.2:80/');
  // An idle server waits in poll (no CPU), and says how long the boot took.
  await expect(machineState(page)).toHaveText('waiting (idle in poll or WFI)');
  await expect(page.getByLabel('boot time to first console byte')).toHaveText(/^first output \d+(\.\d)? ms after start$/);
  await expect(page.getByLabel('instructions retired')).not.toHaveText('0 instructions');
  const firstByte = await page.evaluate(() => performance.getEntriesByName('ukplay:first-console-byte').length);
  expect(firstByte).toBe(1);
  // The monitor it got: the net module is there because the guest declares a NIC.
  await openTab(page, 'Monitor');
  await expect(page.getByTestId('modules')).toHaveText('console, clock, poll, net, halt');
  await expect(page.getByTestId('hypercalls')).toContainText('net-write');
  await expect(page.getByTestId('hypercalls').locator('tr', { hasText: 'puts' })).not.toContainText(/puts\s*console\s*0\s/);
  await screenshot(page, 'main-http');
  expect(errors).toEqual([]);
});

test('the guest picker shows the catalog and boots another guest', async ({ page }) => {
  await page.goto('./');
  await expect(consoleRows(page)).toContainText('http: serving');
  await page.getByTestId('guest-button').click();
  const dialog = page.getByRole('dialog', { name: 'Guests' });
  await expect(dialog).toBeVisible();
  const hello = dialog.getByRole('listitem').filter({ hasText: 'Hello, world' });
  await expect(hello).toContainText('Prints a greeting');
  await expect(hello).toContainText('16 MiB RAM · no devices');
  await expect(hello).toContainText(/image 36\.\d KiB/);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Block storage: a boot counter' })).toContainText('disk storage');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'A website in a unikernel' })).toContainText('NIC service0 (10.0.0.2)');
  await screenshot(page, 'guest-picker');
  await hello.getByRole('button', { name: 'Boot Hello, world' }).click();
  await expect(dialog).toBeHidden();
  await expect(consoleRows(page)).toContainText('Command line: "Hello from the ukplay playground"');
  await expect(machineState(page)).toHaveText('exited, status 0');
  await expect(page).toHaveURL(/\?guest=hello$/);
});

test('fits a laptop screen, in the light theme too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?guest=blk&tab=monitor');
  await expect(machineState(page)).toHaveText('exited, status 0');
  await expect(consoleRows(page)).toContainText(/blk: boot count \d+/);
  await expect(page.getByTestId('panel-monitor')).toContainText('block storage: 1 MiB, 512-byte sectors');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await screenshot(page, 'laptop-light');
});
