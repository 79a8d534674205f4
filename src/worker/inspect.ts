// Looking into a machine for the debugger panels: registers, memory (physical or through
// the guest's own page tables), disassembly, MMU state and walks. Only reads: nothing here
// changes guest state, and the MMU walks are the core's side-effect-free traced walks.
// JavaScript runs one thing at a time, so a read between two run slices sees a consistent
// machine whether it is running or paused.

import type { Cpu } from '../core/cpu.ts';
import { disassemble } from '../../emu-core/disasm/index.ts';
import { SYSREGS } from '../../emu-core/isa/sysreg-names.ts';
import { PAGE_SIZE } from '../monitor/abi.ts';
import type {
  DisasmLine, MemoryRead, MmuInfo, PageTableView, RegisterSnapshot, TableEntryView, Translation, WalkStepView,
} from './api.ts';
import type { SymbolTable } from './elf-symbols.ts';
import {
  describeDescriptor, describeMair, describeSctlr, describeTcr, describeTtbr, descriptorKind, faultWords, memoryAttribute,
  walkStart,
} from './mmu-words.ts';

/** The most a single memory read may ask for (the hex viewer asks for a few KiB). */
export const MAX_READ = 1 << 20;
const ENTRIES_PER_TABLE = 512;
const U64 = (v: bigint) => BigInt.asUintN(64, v);

export function registerSnapshot(cpu: Cpu): RegisterSnapshot {
  const sysregs: Record<string, bigint> = {};
  for (const r of SYSREGS) sysregs[r.name] = cpu.sysreg(r.name);
  return {
    x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)),
    sp: cpu.sp,
    pc: cpu.pc,
    pstate: cpu.pstate,
    spEl0: sysregs.SP_EL0 ?? 0n,
    spEl1: sysregs.SP_EL1 ?? 0n,
    fp: { v: Array.from({ length: 32 }, (_, n) => cpu.getV(n)), fpcr: sysregs.FPCR ?? 0n, fpsr: sysregs.FPSR ?? 0n },
    sysregs,
    instructions: cpu.retired,
  };
}

function readPhysical(cpu: Cpu, address: bigint, length: number): MemoryRead {
  const bytes = new Uint8Array(length);
  const valid: MemoryRead['valid'] = [];
  const ram = BigInt(cpu.ramBytes);
  const end = address + BigInt(length);
  const inRamEnd = end < ram ? end : ram;
  if (address < inRamEnd) {
    bytes.set(cpu.readPhys(Number(address), Number(inRamEnd - address)));
    valid.push({ start: address, end: inRamEnd, ok: true });
  }
  const outStart = address > ram ? address : ram;
  if (outStart < end) valid.push({ start: outStart, end, ok: false, why: 'outside RAM' });
  return { address, bytes, valid };
}

function readVirtual(cpu: Cpu, address: bigint, length: number): MemoryRead {
  const bytes = new Uint8Array(length);
  const valid: MemoryRead['valid'] = [];
  const ram = BigInt(cpu.ramBytes);
  let done = 0;
  while (done < length) {
    const va = U64(address + BigInt(done));
    const n = Math.min(length - done, PAGE_SIZE - Number(va & BigInt(PAGE_SIZE - 1)));
    const t = cpu.translate(va, 'read', 1);
    let why: string | undefined;
    if (!t.ok) why = faultWords(t.fsc ?? 0);
    else if (t.device || t.pa === undefined || t.pa + BigInt(n) > ram) why = 'maps outside RAM (device memory)';
    else bytes.set(cpu.readPhys(Number(t.pa), n), done);
    const last = valid[valid.length - 1];
    const ok = why === undefined;
    if (last && last.ok === ok && last.why === why && last.end === va) last.end = va + BigInt(n);
    else valid.push({ start: va, end: va + BigInt(n), ok, why });
    done += n;
  }
  return { address, bytes, valid };
}

export function readMemory(cpu: Cpu, address: bigint, length: number, space: 'physical' | 'virtual'): MemoryRead {
  if (!Number.isInteger(length) || length < 0 || length > MAX_READ) throw new RangeError(`read length must be 0..${MAX_READ}: ${length}`);
  address = U64(address);
  return space === 'physical' ? readPhysical(cpu, address, length) : readVirtual(cpu, address, length);
}

export function disassembleAround(
  cpu: Cpu,
  symbols: SymbolTable,
  breakpoints: ReadonlySet<bigint>,
  address: bigint,
  before: number,
  after: number,
): DisasmLine[] {
  before = Math.max(0, Math.min(256, Math.floor(before)));
  after = Math.max(1, Math.min(1024, Math.floor(after)));
  const start = U64((address & ~3n) - BigInt(4 * before));
  const mem = readVirtual(cpu, start, 4 * (before + after));
  const dv = new DataView(mem.bytes.buffer);
  const symbolize = (a: bigint) => symbols.symbolize(a);
  const lines: DisasmLine[] = [];
  for (let i = 0; i < before + after; i++) {
    const a = U64(start + BigInt(4 * i));
    const range = mem.valid.find((v) => a >= v.start && a < v.end);
    const line: DisasmLine = { address: a, text: '', label: symbols.labelAt(a), breakpoint: breakpoints.has(a) };
    if (!range?.ok) line.text = `(${range?.why ?? 'unreadable'})`;
    else {
      line.word = dv.getUint32(4 * i, true);
      line.text = disassemble(line.word, a, symbolize).text;
    }
    lines.push(line);
  }
  return lines;
}

const ACCESS_KINDS = [['r', 'read'], ['w', 'write'], ['x', 'exec']] as const;

export function translateAddress(cpu: Cpu, va: bigint): Translation {
  va = U64(va);
  const mair = cpu.sysreg('MAIR_EL1');
  const walk = cpu.translate(va, 'read', 1);
  const steps: WalkStepView[] = walk.steps.map((s) => ({
    ...s,
    index: Number((s.descAddr & 0xfffn) >> 3n),
    words: s.kind === 'invalid' && s.descAddr === 0n && s.desc === 0n ? 'address outside the range of this TTBR (or walks disabled)' : describeDescriptor(s.desc, s.level, mair),
  }));
  const access = { el0: { r: false, w: false, x: false }, el1: { r: false, w: false, x: false } };
  let pa = walk.pa;
  let device = walk.device;
  for (const el of [0, 1] as const) {
    for (const [k, kind] of ACCESS_KINDS) {
      const t = cpu.translate(va, kind, el);
      access[el === 0 ? 'el0' : 'el1'][k] = t.ok;
      if (t.ok && pa === undefined) {
        pa = t.pa;
        device = t.device;
      }
    }
  }
  const leaf = steps[steps.length - 1];
  const ok = pa !== undefined;
  const out: Translation = { va, ok, steps, access, pa, device };
  if (!walk.ok) out.fault = `read at EL1: ${faultWords(walk.fsc ?? 0)}`;
  if (leaf && (leaf.kind === 'block' || leaf.kind === 'page')) {
    const idx = Number((leaf.desc >> 2n) & 7n);
    out.attributes = `AttrIndx ${idx}: ${memoryAttribute(Number((mair >> BigInt(idx * 8)) & 0xffn))}`;
  } else if (ok && steps.length === 0) {
    out.attributes = 'MMU off: flat mapping';
  }
  return out;
}

export function pageTable(cpu: Cpu, tableAddr: bigint, level: number, baseVa: bigint): PageTableView {
  if (!Number.isInteger(level) || level < 0 || level > 3) throw new RangeError(`table level must be 0..3: ${level}`);
  tableAddr = U64(tableAddr) & ~0xfffn;
  if (tableAddr + 4096n > BigInt(cpu.ramBytes)) throw new RangeError(`table at 0x${tableAddr.toString(16)} is outside RAM`);
  const mair = cpu.sysreg('MAIR_EL1');
  const bytes = cpu.readPhys(Number(tableAddr), 4096);
  const dv = new DataView(bytes.buffer);
  const shift = BigInt(12 + 9 * (3 - level));
  const entries: TableEntryView[] = [];
  for (let i = 0; i < ENTRIES_PER_TABLE; i++) {
    const desc = dv.getBigUint64(i * 8, true);
    if (desc === 0n) continue;
    const kind = descriptorKind(desc, level);
    const target = kind === 'table' ? desc & 0x0000_ffff_ffff_f000n : desc & 0x0000_ffff_ffff_ffffn & ~((1n << shift) - 1n);
    entries.push({ index: i, desc, kind, va: U64(baseVa + (BigInt(i) << shift)), target, words: describeDescriptor(desc, level, mair) });
  }
  return { level, tableAddr, entries, entrySpan: 1n << shift };
}

export function mmuInfo(cpu: Cpu): MmuInfo {
  const sctlr = cpu.sysreg('SCTLR_EL1');
  const tcr = cpu.sysreg('TCR_EL1');
  const ttbr0 = cpu.sysreg('TTBR0_EL1');
  const ttbr1 = cpu.sysreg('TTBR1_EL1');
  const c = cpu.counters();
  const root: MmuInfo['root'] = [];
  if (((tcr >> 7n) & 1n) === 0n) root.push({ ttbr: 'TTBR0_EL1', addr: ttbr0 & 0x0000_ffff_ffff_f000n, ...walkStart(Number(tcr & 0x3fn)) });
  if (((tcr >> 23n) & 1n) === 0n) root.push({ ttbr: 'TTBR1_EL1', addr: ttbr1 & 0x0000_ffff_ffff_f000n, ...walkStart(Number((tcr >> 16n) & 0x3fn)) });
  return {
    enabled: (sctlr & 1n) === 1n,
    registers: [describeSctlr(sctlr), describeTcr(tcr), describeMair(cpu.sysreg('MAIR_EL1')), describeTtbr('TTBR0_EL1', ttbr0), describeTtbr('TTBR1_EL1', ttbr1)],
    root,
    tlb: { hits: c.tlbHits, misses: c.tlbMisses, flushes: c.tlbFlushes },
    exceptions: c.exceptions,
    codePages: c.codePages,
  };
}
