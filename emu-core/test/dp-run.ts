// Test support for the data-processing unit tests: run single instructions on a test machine
// with given registers and flags, and compare the whole register file afterwards.
//
// Every register a case does not set starts as FILL | n (a value no instruction of the
// tests produces by accident), so a write to the wrong register or a read of the wrong
// source shows up. Flags start as the case's `nzcv` (default 0) and must end as `out.nzcv`
// (default: unchanged).
import { describe, it, expect, beforeAll } from 'vitest';
import type { Cpu } from '../../src/core/cpu.ts';
import { testMachine, CODE } from './machine.ts';
import { assemble } from './asm.ts';

export const VBAR = 0x20_0000;
/** PSTATE for EL1h with DAIF masked: the state the tests run in. */
const PSTATE_EL1H = 0x3c5n;
const FILL = 0xa5a5_0000_0000_0000n;
const U64 = (v: bigint) => BigInt.asUintN(64, v);

/** Registers by name: x0..x30, sp; `nzcv` as a 4-bit number (N=8, Z=4, C=2, V=1). */
export type Regs = Partial<Record<`x${number}` | 'sp', bigint>> & { nzcv?: number };
export interface Outcome extends Regs {
  /** The instruction must raise UNDEFINED (and change no register). */
  undef?: boolean;
}
/** `[asm, inputs, outcome, flip?]`: flip = bits to invert in the assembled word (reserved encodings). */
export type Case = [asm: string, inputs: Regs, outcome: Outcome, flip?: number];

export interface State {
  x: bigint[];
  sp: bigint;
  nzcv: number;
  undef: boolean;
}

export async function dpMachine(): Promise<Cpu> {
  const cpu = await testMachine();
  cpu.setSysreg('VBAR_EL1', BigInt(VBAR));
  return cpu;
}

/** Run the word at CODE from the given state; return the state after one instruction. */
export function execWord(cpu: Cpu, word: number, inputs: Regs): State {
  for (let r = 0; r < 31; r++) cpu.setX(r, inputs[`x${r}`] ?? FILL | BigInt(r));
  cpu.sp = inputs.sp ?? FILL | 31n;
  cpu.pstate = (BigInt(inputs.nzcv ?? 0) << 28n) | PSTATE_EL1H;
  cpu.writeU32(CODE, word);
  cpu.pc = BigInt(CODE);
  const exceptions = cpu.counters().exceptions;
  cpu.run(1);
  const undef = cpu.counters().exceptions !== exceptions;
  if (undef) {
    expect(cpu.pc, 'exception taken to the EL1h synchronous vector').toBe(BigInt(VBAR + 0x200));
    expect(cpu.sysreg('ESR_EL1') >> 26n, 'ESR_EL1.EC = unknown reason').toBe(0n);
  } else {
    expect(cpu.pc, 'pc advanced by 4').toBe(BigInt(CODE + 4));
  }
  return {
    x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)),
    sp: cpu.sp,
    nzcv: cpu.nzcv,
    undef,
  };
}

/** The state a case expects: inputs (or fill) overridden by the outcome. */
function expected(inputs: Regs, out: Outcome): State {
  return {
    x: Array.from({ length: 31 }, (_, r) => U64(out[`x${r}`] ?? inputs[`x${r}`] ?? FILL | BigInt(r))),
    sp: U64(out.sp ?? inputs.sp ?? FILL | 31n),
    nzcv: out.nzcv ?? inputs.nzcv ?? 0,
    undef: out.undef ?? false,
  };
}

function describeRegs(r: Regs): string {
  return Object.entries(r)
    .map(([k, v]) => `${k}=${k === 'nzcv' ? (v as number).toString(2).padStart(4, '0') : '0x' + U64(v as bigint).toString(16)}`)
    .join(' ');
}

/**
 * One vitest case per row: `[asm, inputs, outcome]`. All rows of a call are assembled in a
 * single llvm-mc run (cached on disk by test/asm.ts).
 */
export function cases(rows: Case[]): void {
  let cpu: Cpu;
  let words: Uint32Array;
  beforeAll(async () => {
    cpu = await dpMachine();
    words = assemble(rows.map((r) => r[0]).join('\n'));
    expect(words.length, 'one word per row').toBe(rows.length);
  });
  rows.forEach(([asm, inputs, out, flip], k) => {
    const title = flip ? `${asm} ^ 0x${flip.toString(16)}` : asm;
    it(`${title}  ${describeRegs(inputs)}`.trim(), () => {
      const got = execWord(cpu, (words[k] ^ (flip ?? 0)) >>> 0, inputs);
      const want = expected(inputs, out);
      const hex = (s: State) => ({ ...s, x: s.x.map((v) => '0x' + v.toString(16)), sp: '0x' + s.sp.toString(16), nzcv: s.nzcv.toString(2).padStart(4, '0') });
      expect(hex(got)).toEqual(hex(want));
    });
  });
}

export { describe };
