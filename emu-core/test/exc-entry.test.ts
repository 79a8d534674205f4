// Exception entry and return at EL0 and EL1 with both SPSel values, illegal exception returns
// and the Illegal Execution state exception, PC alignment, WFI/WFE traps, HVC/SMC/HLT.
import { describe, it, expect } from 'vitest';
import { testMachine, load, CODE, Exit } from './machine.ts';
import { installVectors, runToVector, EC, EL0t, EL1t, EL1h, DAIF_ALL } from './sys-helpers.ts';

const NZCV = (n: number) => BigInt(n) << 28n;
const IL = 1n << 20n;

async function machine(src: string, pstate: bigint) {
  const cpu = await testMachine();
  load(cpu, src);
  installVectors(cpu);
  cpu.pstate = pstate;
  return cpu;
}

describe('exception entry', () => {
  it('SVC from EL1h uses the current-EL SP_ELx vector and returns past the SVC', async () => {
    const cpu = await machine('movz x0, #1\nsvc #0x42\nb .', EL1h | NZCV(0b1001));
    const t = runToVector(cpu);
    expect(t.vector).toBe(0x200);
    expect([t.ec, t.iss, t.il]).toEqual([EC.SVC64, 0x42, 1]);
    expect(t.elr).toBe(BigInt(CODE + 8));
    expect(t.spsr).toBe(EL1h | NZCV(0b1001));
    expect(cpu.pstate).toBe(EL1h | DAIF_ALL | NZCV(0b1001));
  });

  it('SVC from EL1t uses the SP_EL0 vector, switches to SP_EL1 and keeps SP_EL0', async () => {
    const cpu = await machine('svc #7\nb .', EL1t);
    cpu.sp = 0x1000n; // SP_EL0, the live SP in EL1t
    cpu.setSysreg('SP_EL1', 0x2000n);
    const t = runToVector(cpu);
    expect(t.vector).toBe(0x000);
    expect(t.spsr).toBe(EL1t);
    expect(cpu.sp).toBe(0x2000n);
    expect(cpu.sysreg('SP_EL0')).toBe(0x1000n);
    expect(cpu.sysreg('SPSel')).toBe(1n);
  });

  it('SVC from EL0 uses the lower-EL vector and the DAIF state is saved', async () => {
    const cpu = await machine('svc #0xffff\nb .', EL0t | NZCV(0b0110));
    cpu.sp = 0x3000n;
    cpu.setSysreg('SP_EL1', 0x4000n);
    const t = runToVector(cpu);
    expect(t.vector).toBe(0x400);
    expect([t.ec, t.iss]).toEqual([EC.SVC64, 0xffff]);
    expect(t.spsr).toBe(EL0t | NZCV(0b0110));
    expect(cpu.sp).toBe(0x4000n);
    expect(cpu.sysreg('SP_EL0')).toBe(0x3000n);
    expect(cpu.sysreg('CurrentEL')).toBe(4n);
  });

  it('BRK returns to the BRK itself; UDF, HVC and SMC are UNDEFINED', async () => {
    for (const [insn, ec, iss] of [['brk #0x3e8', EC.BRK64, 0x3e8], ['udf #0', EC.UNKNOWN, 0], ['hvc #0', EC.UNKNOWN, 0], ['smc #0', EC.UNKNOWN, 0]] as const) {
      const cpu = await machine(`nop\n${insn}\nb .`, EL1h);
      const t = runToVector(cpu);
      expect([t.ec, t.iss, t.il], insn).toEqual([ec, iss, 1]);
      expect(t.elr, insn).toBe(BigInt(CODE + 4));
    }
  });

  it('HLT exits to the host only when asked (any immediate), and is UNDEFINED otherwise', async () => {
    const cpu = await machine('hlt #0xf000\nhlt #1\nb .', EL1h);
    const t = runToVector(cpu);
    expect([t.ec, t.elr]).toEqual([EC.UNKNOWN, BigInt(CODE)]);
    cpu.hltExits = true;
    cpu.pc = BigInt(CODE);
    expect(cpu.run(100)).toBe(Exit.Hlt);
    expect(cpu.pc).toBe(BigInt(CODE + 4));
    expect(cpu.run(100)).toBe(Exit.Hlt);
    expect(cpu.pc).toBe(BigInt(CODE + 8));
  });

  it('a misaligned branch target takes the PC alignment fault with FAR = ELR = target', async () => {
    const cpu = await machine('movz x1, #0x10, lsl #16\nadd x1, x1, #0x102\nbr x1', EL1h);
    const t = runToVector(cpu);
    expect(t.ec).toBe(EC.PC_ALIGN);
    expect(t.elr).toBe(0x100102n);
    expect(t.far).toBe(0x100102n);
  });
  it('vectors that cannot be fetched loop on instruction aborts, and run() still returns', async () => {
    const cpu = await testMachine();
    load(cpu, 'udf #0');
    cpu.setSysreg('VBAR_EL1', 0x100_0000_0000n); // beyond the 40-bit PA: every vector fetch aborts
    expect(cpu.run(1000)).toBe(Exit.Budget);
    expect(cpu.retired).toBe(1n);
    expect(Number(cpu.sysreg('ESR_EL1') >> 26n)).toBe(EC.IABORT_SAME);
    expect(cpu.sysreg('FAR_EL1')).toBe(0x100_0000_0200n);
  });
});

describe('SP alignment (SCTLR_EL1.SA at EL1, SA0 at EL0)', () => {
  for (const [mode, bit, vector] of [[EL1h, 3n, 0x200], [EL1t, 3n, 0x000], [EL0t, 4n, 0x400]] as const) {
    it(`a load through a misaligned SP faults with EC 0x26 only when the ${bit === 3n ? 'SA' : 'SA0'} bit is set (${vector === 0x400 ? 'EL0' : vector ? 'EL1h' : 'EL1t'})`, async () => {
      for (const on of [false, true]) {
        const cpu = await machine('ldr x0, [sp, #8]\nb .', mode);
        cpu.sp = 0x10_0008n;
        const sctlr = cpu.sysreg('SCTLR_EL1') & ~(3n << 3n);
        cpu.setSysreg('SCTLR_EL1', on ? sctlr | (1n << bit) : sctlr);
        if (!on) {
          expect(cpu.run(2)).toBe(Exit.Budget);
          continue;
        }
        const t = runToVector(cpu);
        expect([t.vector, t.ec, t.iss, t.elr]).toEqual([vector, EC.SP_ALIGN, 0, BigInt(CODE)]);
      }
    });
  }
});

describe('exception return', () => {
  it('ERET to EL0 restores PSTATE and the banked SP, and SVC comes back', async () => {
    const cpu = await machine(`
      eret
      .org 0x100
      svc #3
      b .`, EL1h);
    cpu.setSysreg('ELR_EL1', BigInt(CODE + 0x100));
    cpu.setSysreg('SPSR_EL1', EL0t | NZCV(0b1100) | (0b0001n << 6n));
    cpu.setSysreg('SP_EL0', 0x5000n);
    const t = runToVector(cpu);
    expect(t.vector).toBe(0x400);
    expect(t.elr).toBe(BigInt(CODE + 0x104));
    expect(t.spsr).toBe(EL0t | NZCV(0b1100) | (0b0001n << 6n));
    expect(cpu.sysreg('SP_EL0')).toBe(0x5000n);
  });

  it('ERET to EL1t selects SP_EL0 as the stack pointer', async () => {
    const cpu = await machine(`
      eret
      .org 0x100
      mov x2, sp
      brk #1`, EL1h);
    cpu.setSysreg('ELR_EL1', BigInt(CODE + 0x100));
    cpu.setSysreg('SPSR_EL1', EL1t);
    cpu.setSysreg('SP_EL0', 0x6000n);
    const t = runToVector(cpu);
    expect(t.vector).toBe(0x000);
    expect(cpu.getX(2)).toBe(0x6000n);
    expect(t.spsr).toBe(EL1t);
  });

  it('ERET is UNDEFINED at EL0', async () => {
    const cpu = await machine('eret', EL0t);
    const t = runToVector(cpu);
    expect([t.vector, t.ec]).toEqual([0x400, EC.UNKNOWN]);
  });

  // Every SPSR.M that is not EL0t, EL1t or EL1h: AArch32 modes, EL2/EL3, EL0 with SP_EL1, reserved.
  const illegal = [0b00001, 0b00010, 0b00011, 0b00110, 0b00111, 0b01000, 0b01001, 0b01100, 0b01101, 0b10000, 0b10011, 0b11111];
  for (const from of [EL1h, EL1t]) {
    it(`an illegal return from ${from === EL1h ? 'EL1h' : 'EL1t'} keeps EL and SP, restores NZCV/DAIF, sets IL; the next instruction takes EC 0x0E`, async () => {
      for (const m of illegal) {
        const cpu = await machine(`
          eret
          .org 0x100
          nop`, from);
        const spsr = BigInt(m) | NZCV(0b1010) | (0b0101n << 6n);
        cpu.setSysreg('SPSR_EL1', spsr);
        cpu.setSysreg('ELR_EL1', BigInt(CODE + 0x100));
        const t = runToVector(cpu);
        const what = `M=${m.toString(2)}`;
        expect(t.vector, what).toBe(from === EL1h ? 0x200 : 0x000);
        expect([t.ec, t.iss, t.il], what).toEqual([EC.ILLEGAL_STATE, 0, 1]);
        expect(t.elr, what).toBe(BigInt(CODE + 0x100));
        expect(t.spsr, what).toBe(from | NZCV(0b1010) | (0b0101n << 6n) | IL);
        expect(cpu.pstate & IL, what).toBe(0n); // cleared on exception entry
        expect(cpu.retired, what).toBe(1n); // the ERET; the nop never ran
      }
    });
  }

  it('a legal return with SPSR.IL set takes the Illegal Execution state exception at the target EL', async () => {
    const cpu = await machine(`
      eret
      .org 0x100
      nop`, EL1h);
    cpu.setSysreg('SPSR_EL1', EL0t | IL);
    cpu.setSysreg('ELR_EL1', BigInt(CODE + 0x100));
    const t = runToVector(cpu);
    expect(t.vector).toBe(0x400);
    expect(t.ec).toBe(EC.ILLEGAL_STATE);
    expect(t.spsr).toBe(EL0t | IL);
  });

  it('an instruction abort on the return target wins over the Illegal Execution state exception', async () => {
    const cpu = await machine('eret', EL1h);
    cpu.setSysreg('SPSR_EL1', EL1h | IL);
    cpu.setSysreg('ELR_EL1', 0x100_0000_0000n); // beyond the 40-bit PA: Address size fault, MMU off
    const t = runToVector(cpu);
    expect([t.ec, t.iss]).toEqual([EC.IABORT_SAME, 0x00]);
    expect(t.far).toBe(0x100_0000_0000n);
    expect(t.spsr).toBe(EL1h | IL);
  });
});

describe('WFI and WFE', () => {
  it('trap from EL0 when SCTLR_EL1.nTWI / nTWE are clear (EC 0x01, CV=1, COND=0xE, TI)', async () => {
    for (const [insn, ti] of [['wfi', 0], ['wfe', 1]] as const) {
      const cpu = await machine(`${insn}\nb .`, EL0t);
      cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') & ~((1n << 16n) | (1n << 18n)));
      const t = runToVector(cpu);
      expect([t.vector, t.ec, t.iss], insn).toEqual([0x400, EC.WFX, 0x1e00000 | ti]);
      expect(t.elr).toBe(BigInt(CODE));
    }
  });

  it('no trap when the instruction would not wait: WFE with the event register set, WFI with an IRQ pending', async () => {
    // SEVL sets the event register: the first WFE consumes it, the second would wait and traps.
    let cpu = await machine('sevl\nwfe\nwfe\nb .', EL0t);
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') & ~(1n << 18n));
    let t = runToVector(cpu);
    expect([t.ec, t.elr]).toEqual([EC.WFX, BigInt(CODE + 8)]);
    // An exception return is an event too.
    cpu = await machine('eret\n.org 0x40\nwfe\nwfe', EL1h);
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') & ~(1n << 18n));
    cpu.setSysreg('SPSR_EL1', EL0t);
    cpu.setSysreg('ELR_EL1', BigInt(CODE + 0x40));
    t = runToVector(cpu);
    expect([t.ec, t.elr]).toEqual([EC.WFX, BigInt(CODE + 0x44)]);
    // WFI with the (masked) timer interrupt pending completes without trapping.
    cpu = await machine('wfi\nmovz x3, #1\nb .', EL0t | DAIF_ALL);
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') & ~(1n << 16n));
    cpu.setSysreg('CNTV_CVAL_EL0', 0n);
    cpu.setSysreg('CNTV_CTL_EL0', 1n);
    expect(cpu.run(3)).toBe(Exit.Budget);
    expect(cpu.getX(3)).toBe(1n);
  });

  it('WFI at EL0 with nTWI set, and at EL1, waits in the host (exit after the WFI)', async () => {
    for (const mode of [EL0t, EL1h]) {
      const cpu = await machine('wfi\nb .', mode);
      expect(cpu.run(100)).toBe(Exit.Wfi);
      expect(cpu.pc).toBe(BigInt(CODE + 4));
    }
  });

  it('WFE does not wait (one CPU, no other event source)', async () => {
    const cpu = await machine('wfe\nmovz x3, #9\nb .', EL1h);
    expect(cpu.run(3)).toBe(Exit.Budget);
    expect(cpu.getX(3)).toBe(9n);
  });
});
