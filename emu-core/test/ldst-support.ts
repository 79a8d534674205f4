// Test support for the load/store unit tests: a machine whose exceptions stop the run (every
// vector is an HLT), optional 4 KiB-page mappings of the data region with chosen permissions,
// and a runner that reports how a snippet ended.
//
//   guest memory (identity mapped when the MMU is on)
//   0x0001_0000  level-1 table   0x0001_1000 level-2 table   0x0001_2000 level-3 table
//   0x0010_0000  code (CODE)                                  2 MiB blocks, EL1 and EL0 read/exec
//   0x0020_0000  vector table (VECTORS): 16 x "hlt #1"
//   0x0040_0000  data (DATA): 512 x 4 KiB pages, attributes per page (PageAttr)
//   0x00F0_0000  stack top
//   0x0900_0000  MMIO window (Device block)
import { Cpu, Exit } from '../../src/core/cpu.ts';
import { testMachine, load, CODE, DATA, MMIO } from './machine.ts';

export { CODE, DATA, MMIO, Exit };
export const VECTORS = 0x20_0000;
const L1 = 0x1_0000;
const L2 = 0x1_1000;
const L3 = 0x1_2000;

/** Stage-1 attributes of one 4 KiB data page. */
export interface PageAttr {
  /** AP[2:1]: 0 EL1 RW, 1 EL1+EL0 RW, 2 EL1 RO, 3 EL1+EL0 RO. */
  ap?: number;
  /** false: translation fault. */
  valid?: boolean;
  /** Device-nGnRnE instead of Normal memory. */
  device?: boolean;
  /** Access flag (default set). */
  af?: boolean;
}

const NORMAL = 1n; // MAIR attr index 1
const DEVICE = 0n; // MAIR attr index 0

function desc(pa: bigint, a: PageAttr, page: boolean): bigint {
  if (a.valid === false) return 0n;
  const attr = a.device ? DEVICE : NORMAL;
  return pa | (page ? 3n : 1n) | (attr << 2n) | (BigInt(a.ap ?? 0) << 6n) | (3n << 8n) | (a.af === false ? 0n : 1n << 10n);
}

/**
 * Map VA 0..1 GiB identically: 2 MiB blocks (code and vectors EL0-readable so EL0 tests run),
 * the data region as 4 KiB pages with `pages[n]` applying to DATA + n * 4096 (default EL1 RW,
 * Normal), the MMIO window as Device.
 */
export function mapWithPages(cpu: Cpu, pages: Record<number, PageAttr> = {}): void {
  cpu.setSysreg('MAIR_EL1', 0xff00n);
  cpu.writeU64(L1, BigInt(L2) | 3n);
  for (let k = 0; k < 512; k++) {
    const pa = BigInt(k) << 21n;
    let d: bigint;
    if (pa === BigInt(DATA)) d = BigInt(L3) | 3n;
    else if (pa === BigInt(MMIO)) d = desc(pa, { device: true }, false);
    else d = desc(pa, { ap: k < 2 ? 3 : 0 }, false);
    cpu.writeU64(L2 + k * 8, d);
  }
  for (let j = 0; j < 512; j++) cpu.writeU64(L3 + j * 8, desc(BigInt(DATA + j * 4096), pages[j] ?? {}, true));
  cpu.setSysreg('TCR_EL1', 32n | (32n << 16n) | (1n << 23n) | (2n << 32n));
  cpu.setSysreg('TTBR0_EL1', BigInt(L1));
  cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 1n);
}

export interface MachineOptions {
  /** MMU on with the mapping of mapWithPages (default true; off means every data access is Device). */
  mmu?: boolean;
  pages?: Record<number, PageAttr>;
}

export async function ldstMachine(opts: MachineOptions = {}): Promise<Cpu> {
  const cpu = await testMachine();
  cpu.hltExits = true;
  const hlt = new Uint8Array(0x800);
  const word = new DataView(hlt.buffer);
  for (let off = 0; off < 0x800; off += 0x80) word.setUint32(off, 0xd4400020, true); // hlt #1
  cpu.writePhys(VECTORS, hlt);
  cpu.setSysreg('VBAR_EL1', BigInt(VECTORS));
  if (opts.mmu !== false) mapWithPages(cpu, opts.pages);
  return cpu;
}

export interface Outcome {
  /** The snippet reached its final `hlt #0`. */
  done: boolean;
  /** A synchronous exception was taken: its ESR_EL1, FAR_EL1 and ELR_EL1. */
  exception?: { ec: number; iss: number; far: bigint; elr: bigint };
}

/** Run `src` (placed at CODE, finished by an added `hlt #0`) until it stops. */
export function exec(cpu: Cpu, src: string, budget = 10_000): Outcome {
  load(cpu, src + '\n hlt #0');
  return rerun(cpu, budget);
}

/** Run the snippet that exec() loaded once more, from its first instruction. */
export function rerun(cpu: Cpu, budget = 10_000): Outcome {
  cpu.pc = BigInt(CODE);
  const exit = cpu.run(budget);
  if (exit !== Exit.Hlt) throw new Error(`snippet did not stop at an HLT (exit ${exit}, pc 0x${cpu.pc.toString(16)})`);
  const at = Number(cpu.pc) - 4;
  if (at >= VECTORS && at < VECTORS + 0x800) {
    const esr = cpu.sysreg('ESR_EL1');
    return {
      done: false,
      exception: { ec: Number(esr >> 26n) & 0x3f, iss: Number(esr & 0x1ffffffn), far: cpu.sysreg('FAR_EL1'), elr: cpu.sysreg('ELR_EL1') },
    };
  }
  return { done: true };
}

/** Switch to EL0 (EL0t, interrupts unmasked) for the next snippet; SP_EL0 = sp. */
export function enterEl0(cpu: Cpu, sp: bigint): void {
  cpu.pstate = 0n;
  cpu.sp = sp;
}

export const EC_DABORT_SAME = 0x25;
export const EC_DABORT_LOWER = 0x24;
export const EC_SP_ALIGN = 0x26;
export const EC_UNKNOWN = 0x00;
export const EC_FP_ACCESS = 0x07;
export const FSC_ALIGNMENT = 0x21;
/** ISS of a data abort: WnR (bit 6) and the fault status code (bits 5:0). */
export const wnr = (iss: number) => (iss >> 6) & 1;
export const fsc = (iss: number) => iss & 0x3f;

export const U64 = (v: bigint) => BigInt.asUintN(64, v);
/** Little-endian bytes of a bigint of `n` bytes. */
export function bytesOf(v: bigint, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let k = 0; k < n; k++) b[k] = Number((v >> BigInt(8 * k)) & 0xffn);
  return b;
}
/** The bigint value of little-endian bytes. */
export function valueOf(b: Uint8Array): bigint {
  let v = 0n;
  for (let k = b.length - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[k]);
  return v;
}
