// MRS/MSR: every register the core names is accessible at EL1 exactly as isa/sysreg-names.ts
// says, values read back with their architectural masks, the identification registers say
// what we implement, and EL0 gets the right mix of access, trap (EC 0x18) and UNDEF.
import { describe, it, expect } from 'vitest';
import { testMachine, load, CODE, Exit } from './machine.ts';
import { installVectors, runToVector, EC, EL0t, EL1h, EL1t, sysTrapIss } from './sys-helpers.ts';
import { SYSREGS, EL1_ACCESS, sysregKey } from '../isa/sysreg-names.ts';

const generic = (enc: number[]) => `s${enc[0]}_${enc[1]}_c${enc[2]}_c${enc[3]}_${enc[4]}`;

async function at(mode: bigint, src: string) {
  const cpu = await testMachine();
  load(cpu, src);
  installVectors(cpu);
  cpu.pstate = mode;
  return cpu;
}

/** Run `src` (which ends in `b .`) to completion without any exception. */
async function runClean(mode: bigint, src: string) {
  const cpu = await at(mode, src + '\nb .');
  const exit = cpu.run(100_000);
  expect(exit, `exception at 0x${cpu.pc.toString(16)}, ESR 0x${cpu.sysreg('ESR_EL1').toString(16)}, ELR 0x${cpu.sysreg('ELR_EL1').toString(16)}`).toBe(Exit.Budget);
  return cpu;
}

describe('the named registers at EL1', () => {
  it('MRS works on every readable one and MSR on every writable one', async () => {
    const lines: string[] = [];
    for (const r of SYSREGS) {
      const a = EL1_ACCESS[r.name];
      if (a === 'el2') continue;
      if (a !== 'wo') lines.push(`mrs x0, ${generic(r.enc)}`);
      else lines.push('movz x0, #0');
      if (a === 'rw' || a === 'wo') lines.push(`msr ${generic(r.enc)}, x0`);
    }
    await runClean(EL1h, lines.join('\n'));
  });

  it('the refused direction is UNDEFINED (RO written, WO read, EL2 registers either way)', async () => {
    for (const r of SYSREGS) {
      const a = EL1_ACCESS[r.name];
      const refused: string[] = [];
      if (a === 'ro' || a === 'el2') refused.push(`msr ${generic(r.enc)}, x1`);
      if (a === 'wo' || a === 'el2') refused.push(`mrs x1, ${generic(r.enc)}`);
      for (const insn of refused) {
        const cpu = await at(EL1h, insn);
        const t = runToVector(cpu);
        expect([t.ec, t.elr], `${r.name}: ${insn}`).toEqual([EC.UNKNOWN, BigInt(CODE)]);
      }
    }
  });

  it('unimplemented registers are UNDEFINED (PMU, GICv3, EL2/EL3, v8.1+ PSTATE, IMP DEF)', async () => {
    const absent = [
      [3, 3, 9, 12, 0], // PMCR_EL0
      [3, 0, 12, 12, 0], // ICC_IAR1_EL1
      [3, 4, 1, 1, 0], // HCR_EL2
      [3, 6, 1, 1, 0], // SCR_EL3
      [3, 4, 14, 0, 3], // CNTVOFF_EL2
      [3, 0, 4, 2, 3], // PAN
      [3, 0, 4, 2, 4], // UAO
      [3, 3, 4, 2, 5], // DIT
      [3, 0, 15, 0, 0], // IMPLEMENTATION DEFINED space
      [3, 0, 0, 0, 1], // unallocated in the MIDR row
      [3, 3, 4, 5, 0], // DSPSR_EL0 (Debug state only)
    ];
    for (const enc of absent) {
      for (const insn of [`mrs x1, ${generic(enc)}`, `msr ${generic(enc)}, x1`]) {
        const cpu = await at(EL1h, insn);
        const t = runToVector(cpu);
        expect(t.ec, insn).toBe(EC.UNKNOWN);
      }
    }
  });

  it('SP_EL0 is UNDEFINED while it is the current stack pointer (EL1t)', async () => {
    for (const insn of ['mrs x0, sp_el0', 'msr sp_el0, x0']) {
      const cpu = await at(EL1t, insn);
      const t = runToVector(cpu);
      expect([t.vector, t.ec], insn).toEqual([0x000, EC.UNKNOWN]);
    }
  });
});

describe('values', () => {
  it('read back as written, within each register\'s implemented bits', async () => {
    const pattern = 0xa5a5_5a5a_f0f0_0f0fn;
    const cases: [string, bigint][] = [
      ['TPIDR_EL0', pattern], ['TPIDR_EL1', pattern], ['TPIDRRO_EL0', pattern],
      ['CONTEXTIDR_EL1', pattern & 0xffff_ffffn], ['AMAIR_EL1', pattern], ['ACTLR_EL1', pattern],
      ['AFSR0_EL1', pattern], ['AFSR1_EL1', pattern], ['ESR_EL1', pattern], ['FAR_EL1', pattern],
      ['ELR_EL1', pattern], ['SPSR_EL1', pattern], ['PAR_EL1', pattern], ['MAIR_EL1', pattern],
      ['VBAR_EL1', pattern & ~0x7ffn], ['CPACR_EL1', pattern & 0x30_0000n], ['CSSELR_EL1', pattern & 0xfn],
      ['CNTKCTL_EL1', pattern & 0x3ffn], ['CNTFRQ_EL0', pattern & 0xffff_ffffn], ['MDSCR_EL1', pattern],
      ['MDCCINT_EL1', pattern], ['OSDLR_EL1', pattern & 1n], ['DBGPRCR_EL1', pattern & 1n],
      ['DBGBVR1_EL1', pattern], ['DBGWCR0_EL1', pattern], ['SP_EL0', pattern], ['NZCV', pattern & 0xf000_0000n],
      ['DAIF', pattern & 0x3c0n],
    ];
    const src = cases.map(([name], i) => `ldr x0, =${pattern}\nmsr ${name}, x0\nmrs x${i % 28}, ${name}`);
    // Each value is checked right after its read (registers are reused every 28 cases).
    for (let i = 0; i < cases.length; i++) {
      const cpu = await runClean(EL1h, `movz x0, #0\n${src[i].replace(`ldr x0, =${pattern}`, movImm(0, pattern))}`);
      expect(cpu.getX(i % 28), cases[i][0]).toBe(cases[i][1]);
    }
  });

  it('SCTLR_EL1 reads back what was written (the core acts only on the bits it implements)', async () => {
    const cpu = await runClean(EL1h, `${movImm(0, 0x0300_1004n)}\nmsr sctlr_el1, x0\nmrs x1, sctlr_el1\n${movImm(0, 0n)}\nmsr sctlr_el1, x0\nmrs x2, sctlr_el1`);
    expect(cpu.getX(1)).toBe(0x0300_1004n);
    expect(cpu.getX(2)).toBe(0n);
  });

  it('identification: ARMv8.0 + LSE + CRC32 + AES/PMULL/SHA1/SHA256, 40-bit PA, 16-bit ASID, 4 KiB granule', async () => {
    const cpu = await runClean(EL1h, [
      'mrs x0, midr_el1', 'mrs x1, mpidr_el1', 'mrs x2, id_aa64pfr0_el1', 'mrs x3, id_aa64isar0_el1',
      'mrs x4, id_aa64mmfr0_el1', 'mrs x5, id_aa64dfr0_el1', 'mrs x6, ctr_el0', 'mrs x7, dczid_el0',
      'mrs x8, clidr_el1', 'mrs x9, id_aa64isar1_el1', 'mrs x10, id_aa64mmfr1_el1', 'mrs x11, id_aa64pfr1_el1',
      'mrs x12, s3_0_c0_c1_0', 'mrs x13, s3_0_c0_c7_7', 'mrs x14, revidr_el1', 'mrs x15, cntfrq_el0',
    ].join('\n'));
    const v = (r: number) => cpu.getX(r);
    expect(v(0)).toBe(0x000f_0000n);
    expect(v(1)).toBe(0xc000_0000n);
    expect(v(2)).toBe(0x11n); // EL0/EL1 AArch64 only, no EL2/EL3, FP and AdvSIMD (no FP16 arithmetic)
    expect((v(3) >> 4n) & 0xfn).toBe(2n); // AES + PMULL
    expect((v(3) >> 8n) & 0xfn).toBe(1n); // SHA1
    expect((v(3) >> 12n) & 0xfn).toBe(1n); // SHA256 only
    expect((v(3) >> 16n) & 0xfn).toBe(1n); // CRC32
    expect((v(3) >> 20n) & 0xfn).toBe(2n); // LSE atomics
    expect(v(3) >> 24n).toBe(0n);
    expect(v(4) & 0xfn).toBe(2n); // 40-bit PA
    expect((v(4) >> 4n) & 0xfn).toBe(2n); // 16-bit ASID
    expect((v(4) >> 20n) & 0xfffn).toBe(0x0f0n); // TGran4 yes, TGran64 no, TGran16 no
    expect(v(5)).toBe(0x0010_1006n);
    expect(v(6)).toBe(0x8444_c004n);
    expect(v(7)).toBe(4n); // 64-byte DC ZVA, allowed
    expect(v(8)).toBe(0x0920_0003n);
    for (const r of [9, 10, 11, 12, 13, 14]) expect(v(r), `x${r}`).toBe(0n);
    expect(v(15)).toBe(62_500_000n);
  });

  it('CCSIDR_EL1 follows CSSELR_EL1', async () => {
    const cpu = await runClean(EL1h, 'msr csselr_el1, xzr\nmrs x0, ccsidr_el1\nmov x1, #1\nmsr csselr_el1, x1\nmrs x1, ccsidr_el1\nmov x2, #2\nmsr csselr_el1, x2\nmrs x2, ccsidr_el1');
    expect(cpu.getX(0)).toBe(0x700f_e01an);
    expect(cpu.getX(1)).toBe(0x200f_e01an);
    expect(cpu.getX(2)).toBe(0n);
  });

  it('the OS lock is set at reset and follows OSLAR_EL1', async () => {
    const cpu = await runClean(EL1h, 'mrs x0, oslsr_el1\nmsr oslar_el1, xzr\nmrs x1, oslsr_el1\nmov x2, #1\nmsr oslar_el1, x2\nmrs x2, oslsr_el1');
    expect([cpu.getX(0), cpu.getX(1), cpu.getX(2)]).toEqual([0xan, 0x8n, 0xan]);
  });

  it('CurrentEL, SPSel and DAIF reflect PSTATE; MSR SPSel switches the stack pointer', async () => {
    const cpu = await runClean(EL1h | (0xfn << 6n), 'mrs x0, currentel\nmrs x1, spsel\nmsr daifclr, #0xa\nmrs x2, daif\nmov x3, sp\nmsr spsel, #0\nmov x4, sp\nmrs x5, spsel\nmsr spsel, #1\nmov x6, sp');
    expect(cpu.getX(0)).toBe(4n);
    expect(cpu.getX(1)).toBe(1n);
    expect(cpu.getX(2)).toBe(0x140n); // D and I cleared: A and F remain
    expect(cpu.getX(5)).toBe(0n);
    expect(cpu.getX(3)).toBe(cpu.getX(6));
    expect(cpu.getX(4)).toBe(cpu.sysreg('SP_EL0'));
  });

  it('FPCR/FPSR accesses trap with EC 0x07 while CPACR_EL1.FPEN traps them', async () => {
    for (const [fpen, mode, trapped] of [[0n, EL1h, true], [1n, EL1h, false], [1n, EL0t, true], [2n, EL1h, true], [3n, EL0t, false]] as const) {
      const cpu = await at(mode, 'mrs x0, fpcr\nmsr fpsr, x0\nb .');
      cpu.setSysreg('CPACR_EL1', fpen << 20n);
      if (trapped) {
        const t = runToVector(cpu);
        expect([t.ec, t.iss, t.elr], `FPEN=${fpen}`).toEqual([EC.FP_ACCESS, 0x1e00000, BigInt(CODE)]);
      } else {
        expect(cpu.run(10), `FPEN=${fpen}`).toBe(Exit.Budget);
      }
    }
  });
});

/** movz/movk sequence putting a 64-bit constant into Xr (dp-imm only). */
function movImm(r: number, v: bigint): string {
  const parts: string[] = [`movz x${r}, #${v & 0xffffn}`];
  for (let s = 16n; s < 64n; s += 16n) {
    const h = (v >> s) & 0xffffn;
    if (h) parts.push(`movk x${r}, #${h}, lsl #${s}`);
  }
  return parts.join('\n');
}

describe('EL0 access', () => {
  // [instruction, SCTLR/CNTKCTL/MDSCR setup, outcome] ; outcome 'ok' | 'undef' | 'trap'
  type Setup = { sctlr?: bigint; cntkctl?: bigint; mdscr?: bigint };
  const UMA = 1n << 9n;
  const UCT = 1n << 15n;
  const cases: [string, Setup, 'ok' | 'undef' | 'trap'][] = [
    ['mrs x0, nzcv', {}, 'ok'], ['msr nzcv, x0', {}, 'ok'],
    ['mrs x0, fpcr', {}, 'ok'], ['msr fpsr, x0', {}, 'ok'],
    ['mrs x0, tpidr_el0', {}, 'ok'], ['msr tpidr_el0, x0', {}, 'ok'],
    ['mrs x0, tpidrro_el0', {}, 'ok'], ['msr tpidrro_el0, x0', {}, 'undef'],
    ['mrs x0, dczid_el0', {}, 'ok'], ['msr s3_3_c0_c0_7, x0', {}, 'undef'],
    ['mrs x0, daif', {}, 'trap'], ['mrs x0, daif', { sctlr: UMA }, 'ok'], ['msr daif, x0', {}, 'trap'],
    ['msr daifset, #2', {}, 'trap'], ['msr daifclr, #2', { sctlr: UMA }, 'ok'],
    ['mrs x0, ctr_el0', {}, 'trap'], ['mrs x0, ctr_el0', { sctlr: UCT }, 'ok'], ['msr s3_3_c0_c0_1, x0', { sctlr: UCT }, 'undef'],
    ['mrs x0, cntfrq_el0', {}, 'trap'], ['mrs x0, cntfrq_el0', { cntkctl: 1n }, 'ok'], ['mrs x0, cntfrq_el0', { cntkctl: 2n }, 'ok'],
    ['msr cntfrq_el0, x0', { cntkctl: 3n }, 'undef'],
    ['mrs x0, cntpct_el0', { cntkctl: 2n }, 'trap'], ['mrs x0, cntpct_el0', { cntkctl: 1n }, 'ok'],
    ['mrs x0, cntvct_el0', { cntkctl: 1n }, 'trap'], ['mrs x0, cntvct_el0', { cntkctl: 2n }, 'ok'],
    ['mrs x0, cntp_ctl_el0', { cntkctl: 1n << 8n }, 'trap'], ['msr cntp_cval_el0, x0', { cntkctl: 1n << 9n }, 'ok'],
    ['mrs x0, cntv_tval_el0', { cntkctl: 1n << 9n }, 'trap'], ['msr cntv_ctl_el0, x0', { cntkctl: 1n << 8n }, 'ok'],
    ['mrs x0, mdccsr_el0', {}, 'ok'], ['mrs x0, mdccsr_el0', { mdscr: 1n << 12n }, 'trap'],
    ['mrs x0, sctlr_el1', {}, 'undef'], ['mrs x0, currentel', {}, 'undef'], ['msr spsel, #1', {}, 'undef'],
    ['mrs x0, sp_el0', {}, 'undef'], ['mrs x0, midr_el1', {}, 'undef'], ['mrs x0, cntkctl_el1', {}, 'undef'],
    ['mrs x0, mdscr_el1', {}, 'undef'], ['mrs x0, elr_el1', {}, 'undef'],
  ];
  for (const [insn, setup, outcome] of cases) {
    it(`${insn} with ${JSON.stringify(setup, (_, v) => (typeof v === 'bigint' ? '0x' + v.toString(16) : v))} -> ${outcome}`, async () => {
      const cpu = await at(EL0t, `${insn}\nb .`);
      if (setup.sctlr) cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | setup.sctlr);
      if (setup.cntkctl) cpu.setSysreg('CNTKCTL_EL1', setup.cntkctl);
      if (setup.mdscr) cpu.setSysreg('MDSCR_EL1', setup.mdscr);
      if (outcome === 'ok') {
        expect(cpu.run(5)).toBe(Exit.Budget);
        return;
      }
      const t = runToVector(cpu);
      expect(t.vector).toBe(0x400);
      expect(t.elr).toBe(BigInt(CODE));
      if (outcome === 'undef') {
        expect(t.ec).toBe(EC.UNKNOWN);
        return;
      }
      expect(t.ec).toBe(EC.SYSREG);
      // Rebuild the expected ISS from the instruction word itself.
      const w = cpu.readU32(CODE);
      const read = ((w >> 21) & 1) === 1;
      const iss = sysTrapIss((w >> 19) & 3, (w >> 16) & 7, (w >> 12) & 15, (w >> 8) & 15, (w >> 5) & 7, w & 31, read);
      expect(t.iss).toBe(iss);
    });
  }

  it('DCZID_EL0.DZP reads 1 at EL0 while SCTLR_EL1.DZE forbids DC ZVA', async () => {
    const cpu = await at(EL0t, 'mrs x0, dczid_el0\nb .');
    cpu.run(2);
    expect(cpu.getX(0)).toBe(0x14n);
    const cpu2 = await at(EL0t, 'mrs x0, dczid_el0\nb .');
    cpu2.setSysreg('SCTLR_EL1', cpu2.sysreg('SCTLR_EL1') | (1n << 14n));
    cpu2.run(2);
    expect(cpu2.getX(0)).toBe(0x4n);
  });

  it('every named register has its own key', () => {
    const keys = new Set(SYSREGS.map((r) => sysregKey(...r.enc)));
    expect(keys.size).toBe(SYSREGS.length);
  });
});
