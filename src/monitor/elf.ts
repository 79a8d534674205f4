// ELF64 reading for hvt images. Every number read from the file is untrusted: offsets and
// sizes stay BigInt until they are proven to lie inside the file (or inside guest RAM), and
// every read goes through `inFile`, so a hostile image can only ever produce a LoadError.
//
//   Elf64_Ehdr (64 bytes)                     Elf64_Phdr (56 bytes, e_phnum of them at e_phoff)
//   +0  e_ident[16]  7f 'E' 'L' 'F' class      +0  u32 p_type
//                    data version ...          +4  u32 p_flags  (X=1 W=2 R=4)
//   +16 u16 e_type     +18 u16 e_machine       +8  u64 p_offset
//   +20 u32 e_version  +24 u64 e_entry         +16 u64 p_vaddr
//   +32 u64 e_phoff    +40 u64 e_shoff         +24 u64 p_paddr
//   +48 u32 e_flags    +52 u16 e_ehsize        +32 u64 p_filesz
//   +54 u16 e_phentsize +56 u16 e_phnum        +40 u64 p_memsz
//   +58 u16 e_shentsize +60 u16 e_shnum ...    +48 u64 p_align

import { EM_AARCH64, ET_EXEC, ELF_HEADER_SIZE, ELF_PHDR_SIZE } from './abi.ts';
import { LoadError } from './errors.ts';

export interface ProgramHeader {
  index: number;
  type: number;
  flags: number;
  offset: bigint;
  vaddr: bigint;
  filesz: bigint;
  memsz: bigint;
  align: bigint;
}

export interface ElfFile {
  /** Name used in messages (the file name the user gave). */
  name: string;
  bytes: Uint8Array;
  entry: bigint;
  phdrs: ProgramHeader[];
}

const ELFCLASS64 = 2;
const ELFDATA2LSB = 1;
const EV_CURRENT = 1;

/** The reference tender's words for every structural problem; `detail` says which. */
export function invalidExecutable(name: string, detail: string): LoadError {
  return new LoadError(`${name}: Invalid or unsupported executable (${detail})`);
}

/** Little-endian reads that refuse to leave the buffer. */
export class FileView {
  private readonly dv: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get size(): number {
    return this.bytes.length;
  }
  /** [off, off+len) lies inside the file (no overflow: both are checked separately). */
  inFile(off: bigint, len: bigint): boolean {
    const size = BigInt(this.bytes.length);
    return off >= 0n && len >= 0n && off <= size && len <= size - off;
  }
  u8(off: number): number {
    return this.dv.getUint8(off);
  }
  u16(off: number): number {
    return this.dv.getUint16(off, true);
  }
  u32(off: number): number {
    return this.dv.getUint32(off, true);
  }
  u64(off: number): bigint {
    return this.dv.getBigUint64(off, true);
  }
  /** A copy-free view of a range already proven to be inside the file. */
  slice(off: bigint, len: bigint): Uint8Array {
    return this.bytes.subarray(Number(off), Number(off + len));
  }
}

/**
 * Validate the ELF header (the checks of hvt-abi.md §5, in the reference order) and read
 * the program header table. Segment placement is checked later, against the RAM size.
 */
export function readElf(bytes: Uint8Array, name: string): ElfFile {
  const f = new FileView(bytes);
  const bad = (detail: string) => invalidExecutable(name, detail);
  if (f.size < ELF_HEADER_SIZE) throw bad('file shorter than an ELF header');
  if (f.u8(0) !== 0x7f || f.u8(1) !== 0x45 || f.u8(2) !== 0x4c || f.u8(3) !== 0x46) throw bad('no ELF magic');
  if (f.u8(4) !== ELFCLASS64) throw bad('not ELFCLASS64');
  if (f.u8(5) !== ELFDATA2LSB) throw bad('not little-endian');
  if (f.u32(20) !== EV_CURRENT) throw bad('e_version is not EV_CURRENT');
  if (f.u16(52) !== ELF_HEADER_SIZE) throw bad('e_ehsize is not 64');
  const phnum = f.u16(56);
  if (phnum < 1) throw bad('no program headers');
  if (f.u16(54) !== ELF_PHDR_SIZE) throw bad('e_phentsize is not 56');
  if (f.u16(16) !== ET_EXEC) throw bad('not ET_EXEC');
  if (f.u16(18) !== EM_AARCH64) throw bad('not EM_AARCH64');

  const phoff = f.u64(32);
  const tableSize = BigInt(phnum * ELF_PHDR_SIZE);
  if (!f.inFile(phoff, tableSize)) throw bad('program header table outside the file');
  const base = Number(phoff);
  const phdrs: ProgramHeader[] = [];
  for (let i = 0; i < phnum; i++) {
    const p = base + i * ELF_PHDR_SIZE;
    phdrs.push({
      index: i,
      type: f.u32(p),
      flags: f.u32(p + 4),
      offset: f.u64(p + 8),
      vaddr: f.u64(p + 16),
      filesz: f.u64(p + 32),
      memsz: f.u64(p + 40),
      align: f.u64(p + 48),
    });
  }
  return { name, bytes, entry: f.u64(24), phdrs };
}
