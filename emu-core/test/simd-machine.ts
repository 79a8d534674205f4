// Test support for the AdvSIMD and crypto unit tests: V registers as 128-bit BigInts (lane 0
// in the low bits, as the architecture numbers them), lane packing, and running a snippet.
import { assemble } from './asm.ts';
import { testMachine, CODE } from './machine.ts';
import type { Cpu } from '../../src/core/cpu.ts';

export { CODE };
export const M128 = (1n << 128n) - 1n;

/** VBAR_EL1 of the test machine: its vectors spin (`b .`) so a taken exception stays visible. */
const VECTORS = 0x8_0000;

/** A test machine with the identity MMU on (Normal memory: unaligned accesses allowed). */
export async function simdMachine(): Promise<Cpu> {
  const cpu = await testMachine({ mmu: true });
  const spin = new Uint8Array(0x800);
  for (let off = 0; off < 0x800; off += 4) new DataView(spin.buffer).setUint32(off, 0x14000000, true);
  cpu.writePhys(VECTORS, spin);
  cpu.setSysreg('VBAR_EL1', BigInt(VECTORS));
  return cpu;
}

export function setV(cpu: Cpu, n: number, v: bigint): void {
  const b = new Uint8Array(16);
  let x = v & M128;
  for (let i = 0; i < 16; i++) {
    b[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  cpu.setV(n, b);
}

export function getV(cpu: Cpu, n: number): bigint {
  const b = cpu.getV(n);
  let x = 0n;
  for (let i = 15; i >= 0; i--) x = (x << 8n) | BigInt(b[i]);
  return x;
}

/** Pack lanes of `bits` bits (lane 0 first) into a 128-bit value; negative numbers wrap. */
export function lanes(bits: number, values: (number | bigint)[]): bigint {
  const m = (1n << BigInt(bits)) - 1n;
  let x = 0n;
  values.forEach((v, i) => {
    x |= (BigInt(v) & m) << BigInt(i * bits);
  });
  return x;
}

/** The lanes of a 128-bit value, unsigned, lane 0 first. */
export function unpack(bits: number, v: bigint): bigint[] {
  const m = (1n << BigInt(bits)) - 1n;
  const out: bigint[] = [];
  for (let i = 0; i < 128 / bits; i++) out.push((v >> BigInt(i * bits)) & m);
  return out;
}

/** 16 bytes given in memory order ("00 11 22 ..." = byte 0 first) as a 128-bit value. */
export function bytes(hex: string): bigint {
  const b = hex.trim().split(/\s+/).map((h) => BigInt(parseInt(h, 16)));
  return b.reduce((acc, x, i) => acc | (x << BigInt(8 * i)), 0n);
}

export const FPSR_QC = 1n << 27n;

/** Assemble `src` at CODE and run exactly its instructions; returns the ESR_EL1 exception class if one was taken. */
export function tryRun(cpu: Cpu, src: string): number | undefined {
  const words = assemble(src);
  cpu.writePhys(CODE, new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
  cpu.pc = BigInt(CODE);
  const before = cpu.counters().exceptions;
  cpu.run(words.length);
  if (cpu.counters().exceptions === before) return undefined;
  return Number(cpu.sysreg('ESR_EL1') >> 26n) & 0x3f;
}

/** Like tryRun, but an exception is an error. */
export function run(cpu: Cpu, src: string): void {
  const ec = tryRun(cpu, src);
  if (ec !== undefined) throw new Error(`exception taken: EC 0x${ec.toString(16)}, ELR 0x${cpu.sysreg('ELR_EL1').toString(16)}`);
}

/** Run one instruction given as a word (reserved encodings the assembler refuses). */
export function tryWord(cpu: Cpu, word: number): number | undefined {
  return tryRun(cpu, `.inst 0x${(word >>> 0).toString(16)}`);
}

export const EC_UNKNOWN = 0x00;
export const EC_FP_ACCESS = 0x07;
export const EC_DABORT_SAME = 0x25;
