// Comparing two outcomes of a case, and printing cases and differences diff-friendly
// (one `name = value` per line, so two reports line up under `diff`).
import { DATA, DATA_SIZE, ENTRY, SIGALRM, SIGBUS, SIGNAL_NAMES, SIGSEGV } from './layout.ts';
import type { CpuState, Outcome, TestCase } from './protocol.ts';
import { dataWords } from './rng.ts';
import { decodePattern } from '../../disasm/index.ts';

/** FPCR.Stride (21:20) and FPCR.Len (18:16): AArch32 context only. */
export const FPCR_AARCH32_ONLY = 0x0037_0000;
/** FPSR.{N,Z,C,V} (31:28): AArch32 compare flags only. */
export const FPSR_AARCH32_ONLY = 0xf000_0000;

export interface Difference {
  what: string;
  qemu: string;
  ours: string;
}

const hex64 = (v: bigint) => '0x' + BigInt.asUintN(64, v).toString(16).padStart(16, '0');
const hex32 = (v: number) => '0x' + (v >>> 0).toString(16).padStart(8, '0');
export const signalName = (s: number) => SIGNAL_NAMES[s] ?? `signal ${s}`;

export function vHex(v: Uint8Array, n: number): string {
  let s = '';
  for (let b = 15; b >= 0; b--) s += v[n * 16 + b].toString(16).padStart(2, '0');
  return '0x' + s;
}

/** Where a PC is, relative to the code page's entry: "ENTRY+4 (slot 1)". */
export function pcName(pc: bigint): string {
  const d = Number(BigInt.asIntN(64, pc - BigInt(ENTRY)));
  return `${hex64(pc)} (ENTRY${d >= 0 ? '+' : ''}${d})`;
}

/**
 * Every difference between QEMU's outcome and ours. A hang compares only as a hang: where
 * each side was interrupted is arbitrary.
 */
export function compareOutcomes(qemu: Outcome, ours: Outcome, c?: TestCase): Difference[] {
  const d: Difference[] = [];
  if (qemu.signo !== ours.signo) d.push({ what: 'signal', qemu: signalName(qemu.signo), ours: signalName(ours.signo) });
  if (qemu.signo === SIGALRM || ours.signo === SIGALRM) return d;
  if (qemu.pc !== ours.pc) d.push({ what: 'pc', qemu: pcName(qemu.pc), ours: pcName(ours.pc) });
  if (qemu.siAddr !== ours.siAddr) d.push({ what: 'si_addr', qemu: hex64(qemu.siAddr), ours: hex64(ours.siAddr) });
  compareStates(qemu.state, ours.state, d, c ? loadedOnFault(qemu, ours, c) : NONE_UNKNOWN);
  compareData(qemu, ours, d);
  return d;
}

/** Values are compared raw and formatted only when they differ (this runs for every case). */
function compareStates(q: CpuState, o: CpuState, d: Difference[], unknown: UnknownRegs): void {
  for (let r = 0; r < 31; r++) if (q.x[r] !== o.x[r] && !unknown.x.has(r)) d.push({ what: `x${r}`, qemu: hex64(q.x[r]), ours: hex64(o.x[r]) });
  if (q.sp !== o.sp) d.push({ what: 'sp', qemu: hex64(q.sp), ours: hex64(o.sp) });
  if (q.nzcv !== o.nzcv) d.push({ what: 'nzcv', qemu: nzcvName(q.nzcv), ours: nzcvName(o.nzcv) });
  // QEMU's Cortex-A57 has AArch32, so it keeps FPCR.{Len,Stride} and FPSR.{N,Z,C,V}, which
  // are RES0 on our AArch64-only machine: those bits are not compared.
  if (((q.fpcr ^ o.fpcr) & ~FPCR_AARCH32_ONLY) !== 0) d.push({ what: 'fpcr', qemu: hex32(q.fpcr), ours: hex32(o.fpcr) });
  if (((q.fpsr ^ o.fpsr) & ~FPSR_AARCH32_ONLY) !== 0) d.push({ what: 'fpsr', qemu: hex32(q.fpsr), ours: hex32(o.fpsr) });
  if (q.tpidr !== o.tpidr) d.push({ what: 'tpidr_el0', qemu: hex64(q.tpidr), ours: hex64(o.tpidr) });
  const qv = new Uint32Array(q.v.buffer, q.v.byteOffset, 128);
  const ov = new Uint32Array(o.v.buffer, o.v.byteOffset, 128);
  for (let n = 0; n < 32; n++) {
    if (unknown.v.has(n)) continue;
    const i = n * 4;
    if (qv[i] !== ov[i] || qv[i + 1] !== ov[i + 1] || qv[i + 2] !== ov[i + 2] || qv[i + 3] !== ov[i + 3]) {
      d.push({ what: `v${n}`, qemu: vHex(q.v, n), ours: vHex(o.v, n) });
    }
  }
}

interface UnknownRegs {
  x: Set<number>;
  v: Set<number>;
}
const NONE_UNKNOWN: UnknownRegs = { x: new Set(), v: new Set() };

/**
 * Registers a load that took a data abort may have written: architecturally UNKNOWN (QEMU
 * loads the first register of an SIMD&FP pair before the second element faults; our core
 * loads none). When both sides report the same data fault at the same instruction, its
 * transfer registers (Rt, Rt2, and Rt+1..Rt+3 of SIMD structure loads) are not compared.
 */
function loadedOnFault(q: Outcome, o: Outcome, c: TestCase): UnknownRegs {
  const fault = (s: number) => s === SIGSEGV || s === SIGBUS;
  if (!fault(q.signo) || q.signo !== o.signo || q.siAddr !== o.siAddr || q.pc !== o.pc) return NONE_UNKNOWN;
  const index = Number(q.pc - BigInt(ENTRY)) / 4;
  const word = c.insns[index];
  const p = word === undefined ? undefined : decodePattern(word);
  const rt = p?.fields.find((f) => f.name === 'Rt');
  if (!p || !rt) return NONE_UNKNOWN;
  const field = (name: string) => {
    const f = p.fields.find((x) => x.name === name);
    return f ? (word >>> f.lo) & ((1 << f.width) - 1) : undefined;
  };
  const t = field('Rt')!;
  const t2 = field('Rt2');
  const x = new Set([t, ...(t2 === undefined ? [] : [t2])]);
  const v = new Set([0, 1, 2, 3].map((k) => (t + k) % 32));
  if (t2 !== undefined) v.add(t2);
  return { x, v };
}

/**
 * Bytes a store that faulted part-way may have written: architecturally UNKNOWN (a store of
 * several elements that takes a data abort leaves the locations it would have written
 * UNKNOWN). QEMU writes the elements before the faulting one; our core writes none. When both
 * sides report the same data fault, the PARTIAL_STORE_REACH bytes below the fault address are
 * not compared (the largest store, ST4 of four Q registers, spans 64 bytes).
 */
const PARTIAL_STORE_REACH = 64;
function partialStoreWindow(q: Outcome, o: Outcome): { from: number; to: number } | undefined {
  const fault = (s: number) => s === SIGSEGV || s === SIGBUS;
  if (!fault(q.signo) || q.signo !== o.signo || q.siAddr !== o.siAddr || q.siAddr > 0xffff_ffffn) return undefined;
  const at = Number(q.siAddr);
  return { from: at - PARTIAL_STORE_REACH, to: at };
}

/**
 * Data buffer differences, as 8-byte words (little-endian values), at most a few listed. Both
 * sides list exactly the words that differ from the initial contents, so a word listed on one
 * side only still has its initial value on the other.
 */
function compareData(q: Outcome, o: Outcome, d: Difference[]): void {
  if (q.mem.size === 0 && o.mem.size === 0) return;
  const MAX_LISTED = 8;
  const initial = new DataView(dataWords(q.dataSeed, DATA_SIZE).buffer);
  const offsets = [...new Set([...q.mem.keys(), ...o.mem.keys()])].sort((a, b) => a - b);
  const unknown = partialStoreWindow(q, o);
  let listed = 0;
  for (const off of offsets) {
    if (unknown && DATA + off + 8 > unknown.from && DATA + off < unknown.to) continue;
    const a = q.mem.get(off) ?? initial.getBigUint64(off, true);
    const b = o.mem.get(off) ?? initial.getBigUint64(off, true);
    if (a === b) continue;
    if (listed++ < MAX_LISTED) d.push({ what: `mem[${hex64(BigInt(DATA + off))}]`, qemu: hex64(a), ours: hex64(b) });
  }
  if (listed > MAX_LISTED) d.push({ what: 'mem', qemu: `${listed - MAX_LISTED} more differing words`, ours: '' });
}

export function nzcvName(nzcv: number): string {
  const f = nzcv >>> 28;
  return ['N', 'Z', 'C', 'V'].map((c, i) => ((f >> (3 - i)) & 1 ? c : c.toLowerCase())).join('');
}

/** The initial state, one register per line. */
export function formatState(s: CpuState, indent = '  '): string {
  const lines: string[] = [];
  for (let r = 0; r < 31; r++) lines.push(`x${r} = ${hex64(s.x[r])}`);
  lines.push(`sp = ${hex64(s.sp)}`, `nzcv = ${nzcvName(s.nzcv)}`, `fpcr = ${hex32(s.fpcr)}`, `fpsr = ${hex32(s.fpsr)}`);
  lines.push(`tpidr_el0 = ${hex64(s.tpidr)}`);
  for (let n = 0; n < 32; n++) lines.push(`v${n} = ${vHex(s.v, n)}`);
  return lines.map((l) => indent + l).join('\n');
}

export function formatCase(c: TestCase, disasm: string[], indent = '  '): string {
  const insns = c.insns.map((w, i) => `${indent}insn[${i}] = ${hex32(w)}  ${disasm[i] ?? ''}`.trimEnd());
  return [...insns, `${indent}data seed = ${hex32(c.dataSeed)}`, formatState(c.state, indent)].join('\n');
}

export function formatDifferences(d: Difference[], indent = '  '): string {
  const w = Math.max(...d.map((x) => x.what.length));
  return d.map((x) => `${indent}${x.what.padEnd(w)}  qemu ${x.qemu}  ours ${x.ours}`).join('\n');
}
