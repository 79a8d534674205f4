// Test cases, outcomes, and their binary records on the harness's stdin/stdout.
//
//   case record (stdin, 0x330 bytes, little-endian)      result record (stdout, 0x338 bytes + runs)
//   +-------+----------------------------------+         +-------+---------------------------------+
//   | 0x000 | u32 magic 'CASE'                 |         | 0x000 | u32 magic 'RSLT'                |
//   | 0x004 | u32 number of instruction words  |         | 0x004 | u32 signal number               |
//   | 0x008 | u32 insn[MAX_INSNS] (from ENTRY) |         | 0x008 | u32 si_code                     |
//   | 0x018 | u32 data seed                    |         | 0x00c | u32 NZCV (bits 31:28)           |
//   | 0x01c | u32 NZCV (bits 31:28)            |         | 0x010 | u64 si_addr                     |
//   | 0x020 | u32 FPCR                         |         | 0x018 | u64 PC                          |
//   | 0x024 | u32 FPSR                         |         | 0x020 | u32 FPCR, u32 FPSR              |
//   | 0x028 | u64 X0..X30                      |         | 0x028 | u64 X0..X30                     |
//   | 0x120 | u64 SP                           |         | 0x120 | u64 SP                          |
//   | 0x128 | u64 TPIDR_EL0                    |         | 0x128 | u64 TPIDR_EL0                   |
//   | 0x130 | V0..V31, 16 bytes each           |         | 0x130 | V0..V31, 16 bytes each          |
//   | 0x330 | end                              |         | 0x330 | u32 number of runs, u32 pad     |
//   +-------+----------------------------------+         | 0x338 | runs: u16 word offset, u16 word |
//                                                        |       | count, count x u64 (new data)   |
//   hello record (stdout, first): u32 'HELO',            +-------+---------------------------------+
//   u32 protocol version, u32 case size, u32 result size
// A run lists data-buffer words (8 bytes) that differ from the initial contents after the case
// (words equal to their initial value never appear in a run: the changed set is canonical).

import { MAGIC_CASE, MAGIC_HELLO, MAGIC_RESULT, MAX_INSNS, PROTOCOL_VERSION, DATA_SIZE, SLOT_WORD } from './layout.ts';

export const CASE_SIZE = 0x330;
export const RESULT_FIXED_SIZE = 0x338;
export const HELLO_SIZE = 16;
const OFF_X = 0x28;
const OFF_SP = 0x120;
const OFF_TPIDR = 0x128;
const OFF_V = 0x130;

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the diff harness needs a little-endian host');

/** Architectural state a case starts from and ends with (what is compared). */
export interface CpuState {
  x: bigint[]; // X0..X30
  sp: bigint;
  nzcv: number; // bits 31:28 as in PSTATE, the rest 0
  fpcr: number;
  fpsr: number;
  tpidr: bigint;
  v: Uint8Array; // V0..V31, 16 bytes each, little-endian
}

export interface TestCase {
  /** Instruction words placed from ENTRY on (1..MAX_INSNS). */
  insns: number[];
  state: CpuState;
  /** Seed of the data buffer's initial contents (rng.ts dataWords). */
  dataSeed: number;
}

/** How a case ended, as Linux would tell a user process, and the state at that point. */
export interface Outcome {
  signo: number;
  siCode: number;
  siAddr: bigint;
  pc: bigint;
  state: CpuState;
  /** The seed of the data buffer's initial contents (the case's). */
  dataSeed: number;
  /** The data buffer's words that differ from their initial value: byte offset -> word (LE). */
  mem: Map<number, bigint>;
  /** How the case ended when no signal describes it (our side: a core bug). */
  note?: string;
}

export function cloneState(s: CpuState): CpuState {
  return { ...s, x: [...s.x], v: s.v.slice() };
}

export function encodeCase(c: TestCase, out: DataView, at: number): void {
  if (c.insns.length < 1 || c.insns.length > MAX_INSNS) throw new Error(`a case has 1..${MAX_INSNS} instructions, not ${c.insns.length}`);
  out.setUint32(at, MAGIC_CASE, true);
  out.setUint32(at + 4, c.insns.length, true);
  for (let i = 0; i < MAX_INSNS; i++) out.setUint32(at + 8 + 4 * i, i < c.insns.length ? c.insns[i] >>> 0 : SLOT_WORD, true);
  out.setUint32(at + 0x18, c.dataSeed >>> 0, true);
  putStateTail(c.state, out, at);
}

function putStateTail(s: CpuState, out: DataView, at: number): void {
  out.setUint32(at + 0x1c, s.nzcv >>> 0, true);
  out.setUint32(at + 0x20, s.fpcr >>> 0, true);
  out.setUint32(at + 0x24, s.fpsr >>> 0, true);
  for (let r = 0; r < 31; r++) out.setBigUint64(at + OFF_X + 8 * r, BigInt.asUintN(64, s.x[r]), true);
  out.setBigUint64(at + OFF_SP, BigInt.asUintN(64, s.sp), true);
  out.setBigUint64(at + OFF_TPIDR, BigInt.asUintN(64, s.tpidr), true);
  new Uint8Array(out.buffer, out.byteOffset + at + OFF_V, 512).set(s.v);
}

export function encodeCases(cases: TestCase[]): Uint8Array {
  const buf = new Uint8Array(cases.length * CASE_SIZE);
  const dv = new DataView(buf.buffer);
  cases.forEach((c, i) => encodeCase(c, dv, i * CASE_SIZE));
  return buf;
}

export function decodeCase(dv: DataView, at: number): TestCase {
  if (dv.getUint32(at, true) !== MAGIC_CASE) throw new Error(`bad case magic at ${at}`);
  const n = dv.getUint32(at + 4, true);
  const insns: number[] = [];
  for (let i = 0; i < n; i++) insns.push(dv.getUint32(at + 8 + 4 * i, true));
  return { insns, dataSeed: dv.getUint32(at + 0x18, true), state: readStateTail(dv, at) };
}

function readStateTail(dv: DataView, at: number): CpuState {
  const x: bigint[] = [];
  for (let r = 0; r < 31; r++) x.push(dv.getBigUint64(at + OFF_X + 8 * r, true));
  return {
    x,
    sp: dv.getBigUint64(at + OFF_SP, true),
    nzcv: dv.getUint32(at + 0x1c, true) >>> 0,
    fpcr: dv.getUint32(at + 0x20, true) >>> 0,
    fpsr: dv.getUint32(at + 0x24, true) >>> 0,
    tpidr: dv.getBigUint64(at + OFF_TPIDR, true),
    v: new Uint8Array(dv.buffer.slice(dv.byteOffset + at + OFF_V, dv.byteOffset + at + OFF_V + 512)),
  };
}

/** Checks the harness's hello record; returns the offset of the first result. */
export function checkHello(dv: DataView): number {
  if (dv.byteLength < HELLO_SIZE || dv.getUint32(0, true) !== MAGIC_HELLO) throw new Error('diff harness: no hello record on stdout');
  const version = dv.getUint32(4, true);
  if (version !== PROTOCOL_VERSION) throw new Error(`diff harness speaks protocol ${version}, want ${PROTOCOL_VERSION} (stale build?)`);
  if (dv.getUint32(8, true) !== CASE_SIZE || dv.getUint32(12, true) !== RESULT_FIXED_SIZE) {
    throw new Error('diff harness record sizes disagree with protocol.ts');
  }
  return HELLO_SIZE;
}

/**
 * Decode one result record at `at` for case `c` (whose seed gives the initial data buffer).
 * Returns the outcome and the offset of the next record.
 */
export function decodeResult(dv: DataView, at: number, c: TestCase): { outcome: Outcome; next: number } {
  if (at + RESULT_FIXED_SIZE > dv.byteLength) throw new Error('diff harness: truncated result record');
  if (dv.getUint32(at, true) !== MAGIC_RESULT) throw new Error(`diff harness: bad result magic at byte ${at}`);
  // The result's state tail has the same layout as a case's, except NZCV/FPCR/FPSR.
  const state = readStateTail(dv, at);
  state.nzcv = dv.getUint32(at + 0x0c, true) >>> 0;
  state.fpcr = dv.getUint32(at + 0x20, true) >>> 0;
  state.fpsr = dv.getUint32(at + 0x24, true) >>> 0;
  const mem = new Map<number, bigint>();
  const runs = dv.getUint32(at + 0x330, true);
  let p = at + RESULT_FIXED_SIZE;
  for (let i = 0; i < runs; i++) {
    if (p + 4 > dv.byteLength) throw new Error('diff harness: truncated memory run');
    const off = dv.getUint16(p, true) * 8;
    const len = dv.getUint16(p + 2, true) * 8;
    p += 4;
    if (off + len > DATA_SIZE || p + len > dv.byteLength) throw new Error('diff harness: memory run out of range');
    for (let w = 0; w < len; w += 8) mem.set(off + w, dv.getBigUint64(p + w, true));
    p += len;
  }
  return {
    outcome: {
      signo: dv.getUint32(at + 4, true),
      siCode: dv.getInt32(at + 8, true),
      siAddr: dv.getBigUint64(at + 0x10, true),
      pc: dv.getBigUint64(at + 0x18, true),
      state,
      dataSeed: c.dataSeed,
      mem,
    },
    next: p,
  };
}
