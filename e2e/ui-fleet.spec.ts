// A fleet: 16 copies of a guest, each its own machine, their states at a glance; one
// selected shows its console; stopping the fleet leaves the main machine alone.
import { expect, test } from '@playwright/test';
import { consoleRows, machineState, openTab, screenshot } from './ui-helpers.ts';

test('a fleet of 16 machines', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?guest=clock&tab=fleet');
  await expect(page.getByRole('tab', { name: 'Fleet' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: 'Guest' }).selectOption('hello');
  await page.getByLabel('Number of copies').fill('16');
  await page.getByRole('button', { name: 'Start fleet' }).click();
  const tiles = page.getByTestId('fleet-grid').getByRole('button');
  await expect(tiles).toHaveCount(16);
  await expect(page.getByTestId('fleet-summary')).toHaveText('16 machines: 16 exited');
  for (let i = 0; i < 16; i++) await expect(tiles.nth(i)).toHaveAttribute('aria-label', `Machine ${i + 1}: exited, status 0`);
  await expect(page).toHaveURL(/fleet=16/);

  // One of them, in the console and the status line.
  await tiles.nth(6).click();
  await expect(page.getByRole('heading', { name: 'Console — hello-7' })).toBeVisible();
  await expect(consoleRows(page)).toContainText('Goodbye.');
  await expect(page.getByText('fleet machine hello-7')).toBeVisible();
  await screenshot(page, 'fleet');

  await page.getByRole('button', { name: 'Show the main machine' }).click();
  await expect(page.getByRole('heading', { name: 'Console — clock' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop fleet' }).click();
  await expect(tiles).toHaveCount(0);
  await openTab(page, 'Monitor');
  await expect(page.getByTestId('modules')).toHaveText('console, clock, poll, halt');
  await expect(machineState(page)).not.toHaveText(/crashed/);
});

test('a fleet of idle servers stays responsive', async ({ page }) => {
  await page.goto('./?guest=hello&tab=fleet');
  await page.getByRole('combobox', { name: 'Guest' }).selectOption('http');
  await page.getByLabel('Number of copies').fill('16');
  await page.getByRole('button', { name: 'Start fleet' }).click();
  await expect(page.getByTestId('fleet-summary')).toHaveText('16 machines: 16 waiting');
  await page.getByTestId('fleet-grid').getByRole('button').nth(15).click();
  await expect(consoleRows(page)).toContainText(/http: serving http:\/\/10\.0\.0\.\d+:80\//);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(machineState(page)).toHaveText(/^paused at 0x/);
  await expect(page.getByTestId('fleet-summary')).toHaveText('16 machines: 1 paused · 15 waiting');
});
