// Block devices in the browser: the blk guest's boot counter persists across resets (the
// disk lives in OPFS), the disk can be downloaded, zeroed, and replaced by an upload.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { consoleRows, machineState } from './ui-helpers.ts';

test('a persisted disk: boot count survives reset; download, reset and upload', async ({ page }) => {
  await page.goto('./?guest=blk&tab=monitor');
  await expect(machineState(page)).toHaveText('exited, status 0');
  await expect(consoleRows(page)).toContainText('blk: boot count 1');
  const panel = page.getByTestId('panel-monitor');
  await expect(panel).toContainText('persisted in this browser (OPFS ukplay-disks/blk-storage.img)');

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(consoleRows(page)).toContainText('blk: boot count 2');
  await expect(consoleRows(page)).not.toContainText('formatting');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('blk-storage.img');
  const disk = readFileSync(await file.path());
  expect(disk.length).toBe(1 << 20);

  await panel.getByRole('button', { name: 'Reset disk' }).click();
  await expect(consoleRows(page)).toContainText('blk: no valid header: formatting a fresh log');
  await expect(consoleRows(page)).toContainText('blk: boot count 1');

  // The downloaded disk (two boots) comes back: the count goes on from there.
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Upload…' }).click();
  await (await chooser).setFiles({ name: 'blk.img', mimeType: 'application/octet-stream', buffer: disk });
  await expect(consoleRows(page)).toContainText('blk: boot count 3');
  await expect(machineState(page)).toHaveText('exited, status 0');
});
