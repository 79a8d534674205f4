// The ELF section headers and symbol table of an hvt image, for the debugger: names for
// addresses (disassembly, memory map) and addresses for names (breakpoints). The monitor
// reads only program headers; this reads what it ignores, just as defensively: a missing,
// truncated or hostile table yields fewer symbols, never an exception.
//
//   Elf64_Ehdr: +40 u64 e_shoff  +58 u16 e_shentsize (64)  +60 u16 e_shnum  +62 u16 e_shstrndx
//   Elf64_Shdr (64 bytes)                      Elf64_Sym (24 bytes)
//   +0  u32 sh_name    +4  u32 sh_type         +0  u32 st_name   +4 u8 st_info  +5 u8 st_other
//   +8  u64 sh_flags   +16 u64 sh_addr         +6  u16 st_shndx  +8 u64 st_value
//   +24 u64 sh_offset  +32 u64 sh_size         +16 u64 st_size
//   +40 u32 sh_link    +44 u32 sh_info
//   +48 u64 sh_addralign  +56 u64 sh_entsize

import { FileView } from '../monitor/elf.ts';
import type { SymbolInfo } from './api.ts';

const SHDR_SIZE = 64;
const SYM_SIZE = 24;
const SHT_SYMTAB = 2;
const SHT_NOBITS = 8;
const SHF_ALLOC = 2n;
const STT_OBJECT = 1;
const STT_FUNC = 2;
const STT_SECTION = 3;
const STT_FILE = 4;
/** Enough for any guest we know; a hostile table cannot make us allocate more. */
const MAX_SECTIONS = 1024;
const MAX_SYMBOLS = 200_000;
const MAX_NAME = 256;

export interface SectionInfo {
  name: string;
  address: bigint;
  size: bigint;
  /** Occupies memory at run time (SHF_ALLOC). */
  alloc: boolean;
  nobits: boolean;
}

export interface ElfDebugInfo {
  sections: SectionInfo[];
  symbols: SymbolInfo[];
}

function cString(f: FileView, tableOff: bigint, tableSize: bigint, at: number): string {
  if (BigInt(at) >= tableSize) return '';
  const start = tableOff + BigInt(at);
  let s = '';
  for (let i = 0n; i < MAX_NAME && start + i < tableOff + tableSize; i++) {
    const c = f.u8(Number(start + i));
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

interface RawSection {
  nameOff: number;
  type: number;
  flags: bigint;
  addr: bigint;
  offset: bigint;
  size: bigint;
  link: number;
}

function readSections(f: FileView): RawSection[] {
  if (f.size < 64) return [];
  const shoff = f.u64(40);
  const shentsize = f.u16(58);
  const shnum = f.u16(60);
  if (shoff === 0n || shentsize !== SHDR_SIZE || shnum === 0 || shnum > MAX_SECTIONS) return [];
  if (!f.inFile(shoff, BigInt(shnum * SHDR_SIZE))) return [];
  const out: RawSection[] = [];
  for (let i = 0; i < shnum; i++) {
    const p = Number(shoff) + i * SHDR_SIZE;
    out.push({
      nameOff: f.u32(p),
      type: f.u32(p + 4),
      flags: f.u64(p + 8),
      addr: f.u64(p + 16),
      offset: f.u64(p + 24),
      size: f.u64(p + 32),
      link: f.u32(p + 40),
    });
  }
  return out;
}

export function readElfDebugInfo(bytes: Uint8Array): ElfDebugInfo {
  const f = new FileView(bytes);
  const raw = readSections(f);
  if (raw.length === 0) return { sections: [], symbols: [] };
  const shstrndx = f.u16(62);
  const strs = raw[shstrndx];
  const namesOk = strs !== undefined && f.inFile(strs.offset, strs.size);
  const sections: SectionInfo[] = raw.map((s) => ({
    name: namesOk ? cString(f, strs.offset, strs.size, s.nameOff) : '',
    address: s.addr,
    size: s.size,
    alloc: (s.flags & SHF_ALLOC) !== 0n,
    nobits: s.type === SHT_NOBITS,
  }));

  const symbols: SymbolInfo[] = [];
  for (const s of raw) {
    if (s.type !== SHT_SYMTAB || !f.inFile(s.offset, s.size)) continue;
    const strtab = raw[s.link];
    if (!strtab || !f.inFile(strtab.offset, strtab.size)) continue;
    const count = Math.min(Number(s.size / BigInt(SYM_SIZE)), MAX_SYMBOLS);
    for (let i = 1; i < count; i++) {
      const p = Number(s.offset) + i * SYM_SIZE;
      const type = f.u8(p + 4) & 0xf;
      const shndx = f.u16(p + 6);
      if (type === STT_SECTION || type === STT_FILE || shndx === 0) continue;
      const name = cString(f, strtab.offset, strtab.size, f.u32(p));
      // `$x`/`$d` mark code and data runs for tools; they are not names a person uses.
      if (name === '' || name.startsWith('$')) continue;
      symbols.push({
        name,
        address: f.u64(p + 8),
        size: f.u64(p + 16),
        kind: type === STT_FUNC ? 'func' : type === STT_OBJECT ? 'object' : 'other',
      });
    }
  }
  symbols.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.name.localeCompare(b.name)));
  return { sections, symbols };
}

/**
 * Address <-> name lookups over a symbol list. A sized symbol covers [address, address+size);
 * an unsized one (an assembly label) covers up to the next symbol.
 */
export class SymbolTable {
  private readonly sorted: SymbolInfo[];
  private readonly byName = new Map<string, SymbolInfo>();

  constructor(symbols: SymbolInfo[]) {
    // Prefer functions and objects over labels at the same address.
    const rank = (s: SymbolInfo) => (s.kind === 'func' ? 0 : s.kind === 'object' ? 1 : 2);
    this.sorted = [...symbols].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : rank(a) - rank(b)));
    for (const s of this.sorted) if (!this.byName.has(s.name)) this.byName.set(s.name, s);
  }

  get all(): readonly SymbolInfo[] {
    return this.sorted;
  }

  lookup(name: string): SymbolInfo | undefined {
    return this.byName.get(name);
  }

  /** The symbol covering `addr`, with the offset into it. */
  symbolize(addr: bigint): { name: string; offset: bigint } | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].address <= addr) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return undefined;
    // Step back over symbols at the same address to the preferred one.
    while (best > 0 && this.sorted[best - 1].address === this.sorted[best].address) best--;
    const s = this.sorted[best];
    const offset = addr - s.address;
    if (s.size > 0n && offset >= s.size) return undefined;
    return { name: s.name, offset };
  }

  /** The name of a symbol that starts exactly at `addr`. */
  labelAt(addr: bigint): string | undefined {
    const s = this.symbolize(addr);
    return s && s.offset === 0n ? s.name : undefined;
  }
}
