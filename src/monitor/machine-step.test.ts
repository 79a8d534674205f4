// Single-stepping a paused machine (the playground's debugger): one instruction per step,
// hypercalls served, breakpoints at pc stepped through, pause cancelling a pending step.
import { describe, it, expect } from 'vitest';
import { asmImage, createGuest } from './test-support/guest.ts';
import type { Machine } from './machine.ts';

async function untilPaused(m: Machine): Promise<void> {
  while (m.state !== 'paused') await new Promise((r) => setTimeout(r, 1));
}

describe('Machine.step', () => {
  it('runs exactly one instruction per step and stays paused', async () => {
    const m = await createGuest(asmImage('mov x1, #1\nmov x2, #2\nmov x3, #3\nb .'));
    m.cpu.addBreakpoint(0x10_0000n);
    void m.run();
    await untilPaused(m);
    expect([m.cpu.pc, m.cpu.retired]).toEqual([0x10_0000n, 0n]);
    await m.step(); // through the breakpoint at pc
    expect([m.state, m.cpu.pc, m.cpu.getX(1), m.cpu.getX(2), m.cpu.retired]).toEqual(['paused', 0x10_0004n, 1n, 0n, 1n]);
    await m.step();
    expect([m.cpu.pc, m.cpu.getX(2), m.cpu.getX(3)]).toEqual([0x10_0008n, 2n, 0n]);
    m.resume();
    while (m.cpu.getX(3) !== 3n) await new Promise((r) => setTimeout(r, 1));
    expect((await m.stop()).reason).toBe('stopped');
  });

  it('serves a hypercall made by the stepped instruction', async () => {
    let out = '';
    const m = await createGuest(
      asmImage(`
        args
        puts msg, 3
        b .
      msg: .ascii "hi\\n"`),
      { onConsole: (b) => (out += new TextDecoder().decode(b)) },
    );
    m.cpu.addBreakpoint(0x10_0000n);
    void m.run();
    await untilPaused(m);
    expect(out).toBe('');
    // Step until the puts store has run (the macro is a handful of instructions).
    for (let i = 0; i < 40 && out === ''; i++) await m.step();
    expect(out).toBe('hi\n');
    expect(m.state).toBe('paused');
    expect(m.hypercallCounters().find((c) => c.name === 'puts')?.calls).toBe(1);
    await m.stop();
  });

  it('does nothing to a machine that is not paused', async () => {
    const m = await createGuest(asmImage('b .'));
    await m.step();
    expect([m.state, m.cpu.retired]).toEqual(['created', 0n]);
    const run = m.run();
    await m.step();
    expect(m.state).not.toBe('paused');
    await m.stop();
    expect((await run).reason).toBe('stopped');
  });
});
