// Own images: a bad one (through the file button, and dropped on the page) is refused with
// the monitor's words shown plainly; a good one boots.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { consoleRows, machineState, screenshot } from './ui-helpers.ts';

const helloImage = readFileSync(new URL('../public/guests/hello.hvt', import.meta.url));

test('a bad image is refused with its error shown; a good one boots', async ({ page }) => {
  await page.goto('./');
  await expect(consoleRows(page)).toContainText('http: serving');

  await page.getByTestId('image-file').first().setInputFiles({ name: 'notes.hvt', mimeType: 'application/octet-stream', buffer: Buffer.from('These are my notes, not an ELF image at all. '.repeat(4)) });
  const error = page.getByTestId('load-error');
  await expect(error).toContainText('The image was refused.');
  await expect(error).toContainText('notes.hvt: Invalid or unsupported executable (no ELF magic)');
  // The running guest was left alone.
  await expect(machineState(page)).toHaveText('waiting (idle in poll or WFI)');
  await screenshot(page, 'bad-image');
  await error.getByRole('button', { name: 'Dismiss' }).click();
  await expect(error).toBeHidden();

  // Dropped on the page: an ELF whose ABI note is for another target.
  const wrongTarget = Buffer.from(helloImage);
  const note = wrongTarget.indexOf(Buffer.from('Solo5\0'));
  expect(note).toBeGreaterThan(0);
  wrongTarget.writeUInt32LE(7, note + 8); // the ABI note's target field
  await page.evaluate(async (bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'other.hvt'));
    for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [...wrongTarget]);
  await expect(error).toContainText('other.hvt: Executable is not for the solo5-hvt target');

  // A good one boots.
  await page.getByTestId('image-file').first().setInputFiles({ name: 'mine.hvt', mimeType: 'application/octet-stream', buffer: helloImage });
  await expect(error).toBeHidden();
  await expect(page.getByTestId('guest-button')).toContainText('mine.hvt');
  await expect(consoleRows(page)).toContainText('Goodbye.');
  await expect(machineState(page)).toHaveText('exited, status 0');
});
