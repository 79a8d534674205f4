// The debugger: pause at entry, single-step with registers changing, a breakpoint on an ELF
// symbol, step over a call, pause/resume of a busy guest.
import { expect, test } from '@playwright/test';
import { consoleRows, machineState, openTab, screenshot } from './ui-helpers.ts';

// Wide enough for registers and disassembly side by side in the screenshot.
test.use({ viewport: { width: 1720, height: 1000 } });

test('step, breakpoint on a symbol, registers changing, step over', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?guest=hello&entry=1');
  await expect(machineState(page)).toHaveText('paused at entry 0x100000');
  const regs = page.getByTestId('registers');
  await expect(regs.locator('[data-reg=PC] .reg-value')).toHaveText('0x0000_0000_0010_0000');
  await expect(page.getByTestId('disassembly').locator('li.current')).toContainText('0x00100000');

  // One instruction: PC moves on and is highlighted as changed.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('instructions retired')).toHaveText('1 instructions');
  await expect(regs.locator('[data-reg=PC] .reg-value')).toHaveText('0x0000_0000_0010_0004');
  await expect(regs.locator('[data-reg=PC]')).toHaveClass(/changed/);
  await expect(regs.locator('[data-reg=X19]')).toHaveClass(/changed/); // mov x19, x0
  await expect(regs.locator('[data-reg=X19] .reg-value')).toHaveText('0x0000_0000_0001_0000');
  await expect(regs.locator('[data-reg=X0]')).not.toHaveClass(/changed/);

  // A breakpoint on the application's entry function, by name.
  await page.getByLabel('New breakpoint: symbol or address').fill('solo5_app_main');
  await page.getByRole('button', { name: 'Add' }).click();
  const bp = page.getByTestId('breakpoints');
  await expect(bp).toContainText('solo5_app_main');
  await expect(bp).toContainText(/0x10[0-9a-f]{4}/);
  const address = (await bp.locator('.muted').first().textContent())!.trim();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(machineState(page)).toHaveText(`paused at breakpoint ${address}`);
  await expect(page.getByTestId('disassembly').locator('li.current')).toContainText(address.replace('0x', '0x00'));
  await expect(page.getByTestId('disassembly')).toContainText('solo5_app_main:');
  await expect(page).toHaveURL(/bp=solo5_app_main/);
  await page.getByTestId('panel-cpu').evaluate((e) => e.scrollTo(0, 0));
  await screenshot(page, 'debugger-breakpoint');

  // Step until the instruction at PC is a call, then over it: back one instruction later.
  const current = page.getByTestId('disassembly').locator('li.current .insn');
  for (let i = 0; i < 60 && !/^bl /.test((await current.textContent()) ?? ''); i++) {
    const at = await machineState(page).textContent();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(machineState(page)).not.toHaveText(at!);
  }
  await expect(current).toHaveText(/^bl /);
  const callAt = BigInt((await page.getByTestId('disassembly').locator('li.current .addr').textContent())!);
  await page.getByRole('button', { name: 'Step over' }).click();
  await expect(page.getByTestId('disassembly').locator('li.current .addr')).toHaveText('0x' + (callAt + 4n).toString(16).padStart(8, '0'));
  await expect(machineState(page)).toHaveText(`paused at 0x${(callAt + 4n).toString(16)}`);

  // Off it goes to its end.
  await page.getByRole('button', { name: `Remove breakpoint solo5_app_main` }).click();
  await expect(bp).toBeHidden();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(machineState(page)).toHaveText('exited, status 0');
  await expect(consoleRows(page)).toContainText('Goodbye.');
});

test('a busy guest pauses and resumes', async ({ page }) => {
  await page.goto('./?guest=bench&cmdline=reps%3D100000'); // runs far longer than the test
  await expect(machineState(page)).toHaveText('running');
  await expect(page.getByLabel('speed')).toHaveText(/^\d+\.\d MIPS$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(machineState(page)).toHaveText(/^paused at 0x[0-9a-f]+$/);
  await expect(page.getByLabel('pause latency')).toHaveText(/^paused within \d+\.\d ms$/);
  const n = await page.getByLabel('instructions retired').textContent();
  await openTab(page, 'CPU');
  await expect(page.getByTestId('registers')).toBeVisible();
  await expect(page.getByLabel('instructions retired')).toHaveText(n!);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByLabel('instructions retired')).not.toHaveText(n!);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(machineState(page)).toHaveText('stopped');
});
