// The generic timer: the counter in deterministic mode (16 instructions per tick), CNTV/CNTP
// compare values, TVAL, ISTATUS/IMASK, the IRQ at the exact instruction, PSTATE.I, WFI with idle
// time, EL0 delivery, ISR_EL1, and the host-clock mode with a fake clock.
import { describe, it, expect } from 'vitest';
import { testMachine, load, CODE, Exit } from './machine.ts';
import { installVectors, runToVector, EL0t, EL1h, DAIF_ALL } from './sys-helpers.ts';
import { Cpu } from '../../src/core/cpu.ts';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';
import { assemble } from './asm.ts';

async function machine(src: string, pstate = EL1h) {
  const cpu = await testMachine({ deterministic: true });
  load(cpu, src);
  installVectors(cpu);
  cpu.pstate = pstate;
  return cpu;
}

const nops = (n: number) => Array(n).fill('nop').join('\n');

describe('the counter in deterministic mode', () => {
  it('CNTVCT = CNTPCT = instructions retired / 16, the reading MRS included (as QEMU -icount)', async () => {
    for (const n of [0, 14, 15, 16, 30, 31, 46, 47, 1000]) {
      const cpu = await machine(`${nops(n)}\nmrs x0, cntvct_el0\nmrs x1, cntpct_el0\nb .`);
      cpu.run(n + 3);
      expect(cpu.getX(0), `${n} nops`).toBe(BigInt((n + 1) >> 4));
      expect(cpu.getX(1), `${n} nops`).toBe(BigInt((n + 2) >> 4));
      expect(cpu.counter, 'host view between instructions').toBe(BigInt((n + 3) >> 4));
    }
  });

  it('TVAL is CVAL - counter (32 bits); writing it sets CVAL = counter + sext(TVAL)', async () => {
    const cpu = await machine(`
      ${nops(32)}
      movz x1, #100
      msr cntv_tval_el0, x1
      mrs x2, cntv_cval_el0
      ${nops(32)}
      mrs x3, cntv_tval_el0
      movn x4, #4
      msr cntp_tval_el0, x4
      mrs x5, cntp_cval_el0
      mrs x6, cntp_tval_el0
      b .`);
    cpu.run(80);
    expect(cpu.getX(2)).toBe(102n); // written by instruction 34: counter 2
    expect(cpu.getX(3)).toBe(100n - 2n); // read by instruction 68: counter 4
    expect(cpu.getX(5)).toBe(4n - 5n + (1n << 64n)); // counter 4 + (-5) wraps below zero
    expect(cpu.getX(6)).toBe(0xffff_fffbn); // -5 as 32 bits, zero-extended
  });
});

describe('timer interrupts', () => {
  it('the virtual timer IRQ is taken exactly when the counter reaches CVAL', async () => {
    // Three-instruction loop: 160 instructions = 53 iterations + 1.
    const cpu = await machine('loop: add x0, x0, #1\nadd x1, x1, #1\nb loop', EL1h);
    cpu.setSysreg('CNTV_CVAL_EL0', 10n);
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    const t = runToVector(cpu, 10_000);
    expect(t.vector).toBe(0x280); // IRQ, current EL with SP_EL1
    expect(cpu.retired).toBe(160n);
    expect([cpu.getX(0), cpu.getX(1)]).toEqual([54n, 53n]);
    expect(t.elr).toBe(BigInt(CODE + 4));
    expect(t.spsr).toBe(EL1h);
    expect(cpu.pstate & DAIF_ALL).toBe(DAIF_ALL);
    expect(cpu.sysreg('CNTV_CTL_EL0')).toBe(5n); // ISTATUS | ENABLE
    expect(cpu.sysreg('ISR_EL1')).toBe(0x80n);
  });

  it('the physical timer raises the same IRQ; from EL0 it is taken at the lower-EL vector', async () => {
    const cpu = await machine('loop: add x0, x0, #1\nb loop', EL0t);
    cpu.setSysreg('CNTP_CVAL_EL0', 3n);
    cpu.setSysreg('CNTP_CTL_EL0', 1n);
    const t = runToVector(cpu, 10_000);
    expect(t.vector).toBe(0x480);
    expect(cpu.retired).toBe(48n);
    expect(t.spsr).toBe(EL0t);
  });

  it('IMASK holds the IRQ back while ISTATUS shows the condition; unmasking delivers it', async () => {
    const cpu = await machine('loop: add x0, x0, #1\nb loop', EL1h);
    cpu.setSysreg('CNTV_CVAL_EL0', 2n);
    cpu.setSysreg('CNTV_CTL_EL0', 3n);
    expect(cpu.run(100)).toBe(Exit.Budget);
    expect(cpu.sysreg('CNTV_CTL_EL0')).toBe(7n);
    expect(cpu.sysreg('ISR_EL1')).toBe(0n);
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    const t = runToVector(cpu, 10);
    expect(t.vector).toBe(0x280);
    expect(cpu.retired).toBe(100n);
  });

  it('a disabled timer shows no ISTATUS and raises nothing', async () => {
    const cpu = await machine('loop: add x0, x0, #1\nb loop', EL1h);
    cpu.setSysreg('CNTV_CVAL_EL0', 1n);
    expect(cpu.run(100)).toBe(Exit.Budget);
    expect(cpu.sysreg('CNTV_CTL_EL0')).toBe(0n);
  });

  it('PSTATE.I defers the IRQ; it is taken right after the MSR DAIFClr that unmasks it', async () => {
    const cpu = await machine(`${nops(40)}\nmsr daifclr, #2\nnop\nb .`, EL1h | DAIF_ALL);
    cpu.setSysreg('CNTV_CVAL_EL0', 1n);
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    const t = runToVector(cpu);
    expect(t.elr).toBe(BigInt(CODE + 41 * 4));
    expect(cpu.retired).toBe(41n);
    expect(t.spsr).toBe(EL1h | (0b1101n << 6n));
  });

  it('ERET into a context with IRQs unmasked takes a pending IRQ before the first instruction', async () => {
    const cpu = await machine('eret\n.org 0x40\nnop', EL1h | DAIF_ALL);
    cpu.setSysreg('CNTV_CVAL_EL0', 0n);
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    cpu.setSysreg('SPSR_EL1', EL0t);
    cpu.setSysreg('ELR_EL1', BigInt(CODE + 0x40));
    const t = runToVector(cpu);
    expect([t.vector, t.elr, cpu.retired]).toEqual([0x480, BigInt(CODE + 0x40), 1n]);
  });

  it('WFI exits to the host, which lets idle time pass; the IRQ then wakes the guest', async () => {
    const cpu = await machine('wfi\nnop\nb .', EL1h);
    cpu.setSysreg('CNTV_CVAL_EL0', 1_000_000n);
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    expect(cpu.run(100)).toBe(Exit.Wfi);
    expect(cpu.timerTicksLeft()).toBe(1_000_000n);
    cpu.advanceIdle(cpu.timerTicksLeft()!);
    const t = runToVector(cpu, 10);
    expect(t.elr).toBe(BigInt(CODE + 4));
    expect(cpu.counter).toBe(1_000_000n);
    expect(cpu.retired).toBe(1n);
  });

  it('WFI with an interrupt already pending (even masked) does not wait', async () => {
    const cpu = await machine('wfi\nmovz x5, #7\nb .', EL1h | DAIF_ALL);
    cpu.setSysreg('CNTV_CVAL_EL0', 0n);
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    expect(cpu.run(3)).toBe(Exit.Budget);
    expect(cpu.getX(5)).toBe(7n);
  });

  it('the same program replays to the same instruction', async () => {
    const seen: bigint[] = [];
    for (let i = 0; i < 2; i++) {
      const cpu = await machine('loop: add x0, x0, #1\nmrs x2, cntvct_el0\nb loop', EL1h);
      cpu.setSysreg('CNTV_TVAL_EL0', 777n);
      cpu.setSysreg('CNTV_CTL_EL0', 1n);
      const t = runToVector(cpu, 100_000);
      seen.push(cpu.retired, t.elr, cpu.getX(0));
    }
    expect(seen.slice(0, 3)).toEqual(seen.slice(3));
    expect(seen[0]).toBe(777n * 16n);
  });
});

describe('host-clock mode', () => {
  it('the counter follows the host clock at 62.5 MHz and the IRQ arrives within the poll interval', async () => {
    let now = 5000;
    const cpu = await Cpu.create(loadCoreModuleSync(), {
      ramBytes: 16 << 20,
      mmioBase: 0x0900_0000n,
      mmioSize: 0x1000n,
      deterministic: false,
      now: () => now,
    });
    const words = assemble('loop: add x0, x0, #1\nb loop');
    cpu.writePhys(CODE, new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
    cpu.pc = BigInt(CODE);
    installVectors(cpu);
    cpu.pstate = EL1h;
    now += 2; // 2 ms
    expect(cpu.counter).toBe(125_000n);
    cpu.setSysreg('CNTV_CVAL_EL0', 125_000n + 62_500n); // 1 ms from now
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    expect(cpu.run(20_000)).toBe(Exit.Budget);
    now += 1;
    const t = runToVector(cpu, 20_000);
    expect(t.vector).toBe(0x280);
    expect(cpu.retired).toBeLessThanOrEqual(20_000n + 4096n);
  });
});
