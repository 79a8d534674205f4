// The memory map (regions of guest physical memory, details on hover, open in the hex
// viewer) and the MMU panel (a walk of a known address, the table tree, the registers).
import { expect, test } from '@playwright/test';
import { machineState, openTab, screenshot } from './ui-helpers.ts';

test('the memory map shows every region and opens one in the hex viewer', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?guest=hello&entry=1&tab=map');
  await expect(machineState(page)).toHaveText('paused at entry 0x100000');
  const map = page.getByTestId('memory-map');
  for (const kind of ['zero', 'pagetables', 'bootinfo', 'manifest', 'cmdline', 'segment', 'heap', 'stack', 'mmio']) {
    await expect(map.locator(`[data-region=${kind}]`).first()).toBeVisible();
  }
  await expect(map.getByRole('button', { name: /^zero page, 0x0 to 0x1000, 4 KiB/ })).toBeVisible();
  await expect(map.getByRole('button', { name: /^\.text, 0x100000 to 0x105000, 20 KiB, r-x/ })).toBeVisible();
  await expect(map.getByRole('button', { name: /^\.rodata \+ notes, 0x105000 to 0x106000, 4 KiB, r--/ })).toBeVisible();
  await expect(map.getByRole('button', { name: /^\.data \.got \.bss, 0x106000 to 0x10d000, 28 KiB, rw-/ })).toBeVisible();
  await expect(map.getByRole('button', { name: /^stack, 0xfff000 to 0x1000000/ })).toBeVisible();
  await expect(page.getByTestId('scale-note')).toContainText('not to scale');

  // Hover: the details say what the region is.
  await map.getByRole('button', { name: /^boot info/ }).hover();
  await expect(page.getByTestId('region-details')).toContainText('hvt_boot_info: mem_size, kernel_end');
  await screenshot(page, 'memory-map');

  // The linear scale says it is to scale.
  await page.getByLabel('linear').check();
  await expect(page.getByTestId('scale-note')).toHaveText(/^Heights are to scale/);
  await page.getByLabel('logarithmic').check();

  // Click: the boot info in the hex viewer -- its first u64 is mem_size (16 MiB, little-endian).
  await map.getByRole('button', { name: /^boot info/ }).click();
  await expect(page.getByRole('tab', { name: 'Memory', exact: true })).toHaveAttribute('aria-selected', 'true');
  const first = page.getByTestId('hex-view').locator('tr').first();
  await expect(first.locator('th')).toHaveText('0x00010000');
  await expect(first.locator('.hex-bytes')).toHaveText(/^00 00 00 01 00 00 00 00 {2}00 d0 10 00/);
});

test('the MMU panel walks a known address and browses the tables', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?guest=hello&entry=1&tab=mmu');
  await expect(machineState(page)).toHaveText('paused at entry 0x100000');
  const walk = page.getByTestId('walk');
  await page.getByLabel('Virtual address to translate').fill('0x100123');
  await page.getByRole('button', { name: 'Walk' }).click();
  const steps = walk.locator('.walk-steps li');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('L0 (PGD) [0] at 0x1000 = 0x0000000000002003: table at 0x2000');
  await expect(steps.nth(1)).toContainText('L1 (PUD) [0] at 0x2000');
  await expect(steps.nth(2)).toContainText('L2 (PMD) [0] at 0x3000 = 0x0000000000007003: table at 0x7000');
  await expect(steps.nth(3)).toContainText('L3 (PTE) [256] at 0x7800 = 0x0040000000100713: page -> 0x100000, EL1 read/write, EL0 none');
  await expect(page.getByTestId('walk-result')).toHaveText('0x100123 → physical 0x100123');
  await expect(page.getByRole('table', { name: 'Permissions' })).toContainText('EL1 (kernel)✓✓✓');
  await expect(page.getByRole('table', { name: 'Permissions' })).toContainText('EL0 (user)✗✗✗');

  // The zero page is not mapped: a translation fault at level 3.
  await page.getByLabel('Virtual address to translate').fill('0x8');
  await page.getByRole('button', { name: 'Walk' }).click();
  await expect(page.getByTestId('walk-result')).toHaveText('0x8: no translation (read at EL1: translation fault, level 3)');

  // The tree: L0 -> L1, where entry 4 is the 1 GiB device block of the MMIO window.
  const table = page.getByTestId('page-table');
  await table.getByRole('button', { name: 'table at 0x2000' }).click();
  await expect(table.locator('tr', { hasText: '0x100000000–0x13fffffff' })).toContainText('block -> 0x100000000, EL1 read/write, EL0 none, attr 1: Device-nGnRE');
  await expect(page.getByTestId('tlb')).toContainText('MMU on');
});

test('the MMU panel follows a guest that builds its own tables (mmu-lab)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?guest=mmu-lab&tab=mmu');
  await expect(machineState(page)).toHaveText('exited, status 0');
  // mmu-lab left TTBR0_EL1 on its own tables at 0x110000.
  await expect(page.getByRole('navigation', { name: 'Page-table path' })).toContainText('L0 (PGD) @ 0x110000');
  await page.getByLabel('Virtual address to translate').fill('0x1000000000');
  await page.getByRole('button', { name: 'Walk' }).click();
  await expect(page.getByTestId('walk').locator('.walk-steps li')).toHaveCount(4);
  await expect(page.getByTestId('walk-result')).toContainText('0x1000000000 → physical');
  await expect(page.getByTestId('tlb')).toContainText(/flushes [1-9]\d* · exceptions taken [1-9]/);
  await page.getByTestId('panel-mmu').evaluate((e) => e.scrollTo(0, 0));
  await screenshot(page, 'mmu');
});
