// The playground and the virtual network together: the booted http guest answers from the
// Network tab and from page code (window.ukplay.fetch); fleet copies join at addresses of
// their own.
import { expect, test } from '@playwright/test';
import { consoleRows, openTab, screenshot } from './ui-helpers.ts';

test('the http guest answers in the Network tab and to window.ukplay.fetch', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?tab=network');
  await expect(consoleRows(page)).toContainText('http: serving http://10.0.0.2:80/');
  const request = page.getByRole('region', { name: 'HTTP request' });
  await request.getByLabel('Request path').fill('/hello');
  await request.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('net-status')).toContainText('200');
  await expect(page.getByTestId('net-body')).toHaveText('Hello from a unikernel!\n');
  const body = await page.evaluate(async () => {
    const w = window as unknown as { ukplay: { fetch(m: string, p: string): Promise<Response> } };
    const r = await w.ukplay.fetch('http', '/api/stats');
    return r.text();
  });
  expect(body).toMatch(/^\{"uptime_ms":\d+,"requests":\d+/);
  await openTab(page, 'Monitor');
  await expect(page.getByTestId('panel-monitor')).toContainText('on the virtual network');
  await openTab(page, 'Network');
  await screenshot(page, 'network');
});

test('fleet copies of a server each get an address and answer', async ({ page }) => {
  await page.goto('./?guest=hello&tab=fleet');
  await page.getByRole('combobox', { name: 'Guest' }).selectOption('http');
  await page.getByLabel('Number of copies').fill('3');
  await page.getByRole('button', { name: 'Start fleet' }).click();
  await expect(page.getByTestId('fleet-summary')).toHaveText('3 machines: 3 waiting');
  await page.getByTestId('fleet-grid').getByRole('button').nth(2).click();
  await expect(consoleRows(page)).toContainText('http: serving http://10.0.0.4:80/');
  const texts = await page.evaluate(async () => {
    const w = window as unknown as { ukplay: { fetch(m: string, p: string): Promise<Response> } };
    return Promise.all(['http-1', 'http-2', 'http-3'].map(async (m) => (await w.ukplay.fetch(m, '/hello')).text()));
  });
  expect(texts).toEqual(['Hello from a unikernel!\n', 'Hello from a unikernel!\n', 'Hello from a unikernel!\n']);
});
