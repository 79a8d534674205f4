// Test support for the FP unit tests: run one instruction on prepared FP state and return
// the state after it. Registers V4..V7 and X4..X7 are the operands the tests use.
//
// With UKPLAY_FP_QEMU=1 every run is also executed under qemu-aarch64 (a tiny static Linux
// program per case) and must give the same registers, FPSR and NZCV: that is how the known
// values in the tests were checked against the reference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect } from 'vitest';
import { testMachine, CODE } from './machine.ts';
import { enc } from './asm.ts';
import type { Cpu } from '../../src/core/cpu.ts';

// FPSR cumulative flags and FPCR controls, by their Arm ARM names.
export const IOC = 1n, DZC = 2n, OFC = 4n, UFC = 8n, IXC = 16n, IDC = 128n;
export const RN = 0n << 22n, RP = 1n << 22n, RM = 2n << 22n, RZ = 3n << 22n;
export const FZ = 1n << 24n, DN = 1n << 25n, AHP = 1n << 26n;

/** Encodings of JS numbers (double, single). */
export function d(x: number): bigint {
  return new BigUint64Array(new Float64Array([x]).buffer)[0];
}
export function s(x: number): bigint {
  return BigInt(new Uint32Array(new Float32Array([x]).buffer)[0]);
}
/** Four single lanes packed into a 128-bit value (lane 0 first). */
export function s4(a: bigint, b: bigint, c: bigint, e: bigint): bigint {
  return a | (b << 32n) | (c << 64n) | (e << 96n);
}
export function d2(a: bigint, b: bigint): bigint {
  return a | (b << 64n);
}

export interface FpIn {
  fpcr?: bigint;
  nzcv?: number;
  /** V4..V7 as 128-bit values. */
  v?: Partial<Record<4 | 5 | 6 | 7, bigint>>;
  /** X4..X7. */
  x?: Partial<Record<4 | 5 | 6 | 7, bigint>>;
}
export interface FpOut {
  v: Record<number, bigint>;
  x: Record<number, bigint>;
  fpsr: bigint;
  nzcv: number;
}

let machine: Cpu | undefined;
const REGS = [4, 5, 6, 7] as const;
const MASK128 = (1n << 128n) - 1n;

function toBytes(v: bigint): Uint8Array {
  const b = new Uint8Array(16);
  const dv = new DataView(b.buffer);
  dv.setBigUint64(0, v & 0xffffffffffffffffn, true);
  dv.setBigUint64(8, (v >> 64n) & 0xffffffffffffffffn, true);
  return b;
}
function fromBytes(b: Uint8Array): bigint {
  const dv = new DataView(b.buffer, b.byteOffset, 16);
  return dv.getBigUint64(0, true) | (dv.getBigUint64(8, true) << 64n);
}

/**
 * Execute `insn` (assembly text) once. Unset V registers hold a recognizable pattern, so a
 * test sees what an instruction wrote or zeroed.
 */
export async function fpRun(insn: string, input: FpIn = {}): Promise<FpOut> {
  machine ??= await testMachine();
  const cpu = machine;
  const word = enc(insn);
  const vin = REGS.map((r) => input.v?.[r] ?? 0xa5a5a5a5_a5a5a5a5_a5a5a5a5_a5a5a5a5n + BigInt(r));
  const xin = REGS.map((r) => input.x?.[r] ?? 0x5a5a5a5a_00000000n + BigInt(r));
  cpu.writePhys(CODE, new Uint8Array(new Uint32Array([word]).buffer));
  cpu.pc = BigInt(CODE);
  cpu.setSysreg('FPCR', input.fpcr ?? 0n);
  cpu.setSysreg('FPSR', 0n);
  cpu.pstate = (cpu.pstate & ~0xf0000000n) | (BigInt(input.nzcv ?? 0) << 28n);
  REGS.forEach((r, k) => {
    cpu.setV(r, toBytes(vin[k] & MASK128));
    cpu.setX(r, xin[k]);
  });
  cpu.run(1);
  expect(cpu.pc, `${insn}: did not complete`).toBe(BigInt(CODE + 4));
  const out: FpOut = { v: {}, x: {}, fpsr: cpu.sysreg('FPSR'), nzcv: cpu.nzcv };
  for (const r of REGS) {
    out.v[r] = fromBytes(cpu.getV(r));
    out.x[r] = cpu.getX(r);
  }
  if (process.env.UKPLAY_FP_QEMU) expect(qemuRun(word, input.fpcr ?? 0n, input.nzcv ?? 0, vin, xin), `${insn} under qemu`).toEqual(out);
  return out;
}

/** The same case as a static Linux program under qemu-aarch64. */
function qemuRun(word: number, fpcr: bigint, nzcv: number, vin: bigint[], xin: bigint[]): FpOut {
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-fpq-'));
  try {
    const data = new Uint8Array(16 + 32 + 64);
    const dv = new DataView(data.buffer);
    dv.setBigUint64(0, fpcr, true);
    dv.setBigUint64(8, BigInt(nzcv) << 28n, true);
    xin.forEach((x, k) => dv.setBigUint64(16 + 8 * k, x, true));
    vin.forEach((v, k) => data.set(toBytes(v), 48 + 16 * k));
    writeFileSync(join(dir, 'in.bin'), data);
    writeFileSync(
      join(dir, 'p.s'),
      `.text\n.globl _start\n_start:\n adrp x0, inp\n add x0, x0, :lo12:inp\n adrp x1, outp\n add x1, x1, :lo12:outp\n` +
        ` ldp x2, x3, [x0]\n msr fpcr, x2\n msr nzcv, x3\n msr fpsr, xzr\n ldp x4, x5, [x0, #16]\n ldp x6, x7, [x0, #32]\n` +
        ` ldp q4, q5, [x0, #48]\n ldp q6, q7, [x0, #80]\n .inst 0x${word.toString(16)}\n mrs x2, fpsr\n mrs x3, nzcv\n` +
        ` stp q4, q5, [x1]\n stp q6, q7, [x1, #32]\n stp x4, x5, [x1, #64]\n stp x6, x7, [x1, #80]\n stp x2, x3, [x1, #96]\n` +
        ` mov x0, #1\n mov x2, #112\n mov x8, #64\n svc #0\n mov x0, #0\n mov x8, #93\n svc #0\n` +
        `.data\n.balign 16\ninp: .incbin "${join(dir, 'in.bin')}"\n.bss\n.balign 16\noutp: .skip 112\n`,
    );
    execFileSync('llvm-mc', ['-triple=aarch64', '-mattr=+v8a,+fp-armv8,+neon', '-filetype=obj', '-o', join(dir, 'p.o'), join(dir, 'p.s')]);
    execFileSync('ld.lld', ['-static', '-o', join(dir, 'p'), join(dir, 'p.o')]);
    const b = execFileSync('qemu-aarch64', ['-cpu', 'cortex-a57', join(dir, 'p')]);
    const o = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const out: FpOut = { v: {}, x: {}, fpsr: o.getBigUint64(96, true), nzcv: Number(o.getBigUint64(104, true) >> 28n) };
    REGS.forEach((r, k) => {
      out.v[r] = fromBytes(new Uint8Array(b.buffer, b.byteOffset + 16 * k, 16));
      out.x[r] = o.getBigUint64(64 + 8 * k, true);
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The low 64 / 32 bits of a result register. */
export function lo64(v: bigint): bigint {
  return v & 0xffffffffffffffffn;
}
export function lo32(v: bigint): bigint {
  return v & 0xffffffffn;
}
