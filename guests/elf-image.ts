// Reads what the ABI tests need from a guest image: ELF header, program headers, sections,
// and the two Solo5 notes, decoded exactly as hvt-abi.md section 5 lays them out.

export interface Phdr {
  type: number;
  flags: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
  align: number;
}

export interface Shdr {
  name: string;
  type: number;
  flags: number;
  addr: number;
  size: number;
}

export interface ManifestEntry {
  name: string;
  type: number;
  /** The 32 bytes after the type (device union, host fd, attached, padding). */
  rest: Uint8Array;
  /** name[67], which must be 0. */
  lastNameByte: number;
}

export interface ElfImage {
  type: number;
  machine: number;
  entry: number;
  ehsize: number;
  phentsize: number;
  phdrs: Phdr[];
  shdrs: Shdr[];
  /** Raw notes of every PT_NOTE segment, in order. */
  notes: { namesz: number; descsz: number; type: number; name: string; raw: Uint8Array }[];
}

export const PT_LOAD = 1;
export const PT_NOTE = 4;
export const PT_TLS = 7;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

export function parseElf(buf: Uint8Array): ElfImage {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (o: number) => dv.getUint16(o, true);
  const u32 = (o: number) => dv.getUint32(o, true);
  const u64 = (o: number) => Number(dv.getBigUint64(o, true));
  if (u32(0) !== 0x464c457f || buf[4] !== 2 || buf[5] !== 1 || buf[6] !== 1) throw new Error('not a little-endian ELF64 file');
  const phoff = u64(32), shoff = u64(40), phnum = u16(56), shnum = u16(60), shstrndx = u16(62);
  const phdrs: Phdr[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + 56 * i;
    phdrs.push({ type: u32(o), flags: u32(o + 4), offset: u64(o + 8), vaddr: u64(o + 16), filesz: u64(o + 32), memsz: u64(o + 40), align: u64(o + 48) });
  }
  const raw = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + 64 * i;
    raw.push({ nameOff: u32(o), type: u32(o + 4), flags: u64(o + 8), addr: u64(o + 16), offset: u64(o + 24), size: u64(o + 32) });
  }
  const strtab = raw[shstrndx];
  const cstr = (o: number) => {
    let e = o;
    while (buf[e] !== 0) e++;
    return new TextDecoder().decode(buf.subarray(o, e));
  };
  const shdrs = raw.map((s) => ({ name: cstr(strtab.offset + s.nameOff), type: s.type, flags: s.flags, addr: s.addr, size: s.size }));
  const notes = phdrs
    .filter((p) => p.type === PT_NOTE)
    .map((p) => {
      const o = p.offset;
      return {
        namesz: u32(o),
        descsz: u32(o + 4),
        type: u32(o + 8),
        name: cstr(o + 12),
        raw: buf.subarray(o, o + p.filesz),
      };
    });
  return { type: u16(16), machine: u16(18), entry: u64(24), ehsize: u16(52), phentsize: u16(54), phdrs, shdrs, notes };
}

/** The manifest note's body (after its 4 alignment bytes), decoded. */
export function manifestOf(raw: Uint8Array): { version: number; entries: ManifestEntry[]; bodySize: number } {
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const descsz = dv.getUint32(4, true);
  const body = 24;
  const entries: ManifestEntry[] = [];
  const n = dv.getUint32(body + 4, true);
  for (let i = 0; i < n; i++) {
    const o = body + 8 + 104 * i;
    const nameBytes = raw.subarray(o, o + 68);
    const end = nameBytes.indexOf(0);
    entries.push({
      name: new TextDecoder().decode(nameBytes.subarray(0, end < 0 ? 68 : end)),
      type: dv.getUint32(o + 68, true),
      rest: raw.subarray(o + 72, o + 104),
      lastNameByte: nameBytes[67],
    });
  }
  return { version: dv.getUint32(body, true), entries, bodySize: descsz - 4 };
}
