// JSON form of cases and outcomes for the regression store: hex strings for every register so
// that a stored case is readable and diffable, the data buffer as its seed plus changed words
// (byte offset -> the 64-bit little-endian word).
import { DATA_SIZE } from './layout.ts';
import type { CpuState, Outcome, TestCase } from './protocol.ts';

export interface StateJson {
  x: string[];
  sp: string;
  nzcv: string;
  fpcr: string;
  fpsr: string;
  tpidr_el0: string;
  v: string[];
}

export interface CaseJson {
  insns: string[];
  data_seed: string;
  state: StateJson;
}

export interface OutcomeJson {
  signal: number;
  si_code: number;
  si_addr: string;
  pc: string;
  state: StateJson;
  /** Data buffer words that differ from the initial contents: byte offset -> 64-bit value (LE word). */
  data: Record<string, string>;
}

const h64 = (v: bigint) => '0x' + BigInt.asUintN(64, v).toString(16);
const h32 = (v: number) => '0x' + (v >>> 0).toString(16);

function vToJson(v: Uint8Array): string[] {
  const out: string[] = [];
  for (let n = 0; n < 32; n++) out.push(h64(bytesLE(v, n * 16 + 8)) + ':' + bytesLE(v, n * 16).toString(16).padStart(16, '0'));
  return out;
}
function bytesLE(b: Uint8Array, at: number): bigint {
  let x = 0n;
  for (let i = 7; i >= 0; i--) x = (x << 8n) | BigInt(b[at + i]);
  return x;
}
function vFromJson(v: string[]): Uint8Array {
  const out = new Uint8Array(512);
  v.forEach((s, n) => {
    const [hi, lo] = s.split(':');
    let value = (BigInt(hi) << 64n) | BigInt('0x' + lo);
    for (let b = 0; b < 16; b++) {
      out[n * 16 + b] = Number(value & 0xffn);
      value >>= 8n;
    }
  });
  return out;
}

export function stateToJson(s: CpuState): StateJson {
  return {
    x: s.x.map(h64),
    sp: h64(s.sp),
    nzcv: h32(s.nzcv),
    fpcr: h32(s.fpcr),
    fpsr: h32(s.fpsr),
    tpidr_el0: h64(s.tpidr),
    v: vToJson(s.v),
  };
}

export function stateFromJson(j: StateJson): CpuState {
  if (j.x.length !== 31 || j.v.length !== 32) throw new Error('state needs 31 X and 32 V registers');
  return {
    x: j.x.map((s) => BigInt(s)),
    sp: BigInt(j.sp),
    nzcv: Number(j.nzcv) >>> 0,
    fpcr: Number(j.fpcr) >>> 0,
    fpsr: Number(j.fpsr) >>> 0,
    tpidr: BigInt(j.tpidr_el0),
    v: vFromJson(j.v),
  };
}

export function caseToJson(c: TestCase): CaseJson {
  return { insns: c.insns.map(h32), data_seed: h32(c.dataSeed), state: stateToJson(c.state) };
}

export function caseFromJson(j: CaseJson): TestCase {
  return { insns: j.insns.map((s) => Number(s) >>> 0), dataSeed: Number(j.data_seed) >>> 0, state: stateFromJson(j.state) };
}

export function outcomeToJson(o: Outcome): OutcomeJson {
  const data: Record<string, string> = {};
  for (const off of [...o.mem.keys()].sort((a, b) => a - b)) data['0x' + off.toString(16)] = h64(o.mem.get(off)!);
  return { signal: o.signo, si_code: o.siCode, si_addr: h64(o.siAddr), pc: h64(o.pc), state: stateToJson(o.state), data };
}

export function outcomeFromJson(j: OutcomeJson, c: TestCase): Outcome {
  const mem = new Map<number, bigint>();
  for (const [off, value] of Object.entries(j.data)) {
    const o = Number(off);
    if (!Number.isInteger(o) || o < 0 || o % 8 !== 0 || o >= DATA_SIZE) throw new Error(`bad data offset ${off}`);
    mem.set(o, BigInt(value));
  }
  return { signo: j.signal, siCode: j.si_code, siAddr: BigInt(j.si_addr), pc: BigInt(j.pc), state: stateFromJson(j.state), dataSeed: c.dataSeed, mem };
}
