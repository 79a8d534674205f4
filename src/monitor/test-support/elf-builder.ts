// Test support: build hvt ELF images from parts (segments, the Solo5 ABI note, a manifest),
// and name the byte offsets of every header field so tests can craft broken images.
//
//   file layout of a built image
//   0x000  Elf64_Ehdr
//   0x040  program headers: [notes...] then the PT_LOADs, 56 bytes each
//   ....   note segments (ABI1 then MFT1), 8-byte aligned
//   ....   segment contents, each at a file offset congruent to its vaddr modulo 4 KiB

import {
  ABI1_NOTE_TYPE, EM_AARCH64, ET_EXEC, HVT_ABI_TARGET, HVT_ABI_VERSION, MFT1_NOTE_TYPE, MFT_ENTRY_SIZE,
  MFT_HEADER_SIZE, MFT_VERSION, ME_TYPE, PT_LOAD, PT_NOTE, PF_R, PF_W, PF_X, DevType,
} from '../abi.ts';

export const EH = {
  ident: 0, class: 4, data: 5, identVersion: 6, type: 16, machine: 18, version: 20, entry: 24,
  phoff: 32, shoff: 40, flags: 48, ehsize: 52, phentsize: 54, phnum: 56,
} as const;
export const PH = { type: 0, flags: 4, offset: 8, vaddr: 16, paddr: 24, filesz: 32, memsz: 40, align: 48 } as const;
export const PHOFF = 64;
export const PHSIZE = 56;

export interface SegmentSpec {
  vaddr: number;
  data: Uint8Array;
  memsz?: number;
  flags?: number;
  align?: number;
  type?: number;
}

export interface ManifestSpecEntry {
  name: string;
  type: number;
}

export interface ImageSpec {
  entry?: number;
  segments: SegmentSpec[];
  /** null: no ABI note. */
  abi?: { target: number; version: number } | null;
  /** Entries after the reserved entry 0; null: no manifest note; Uint8Array: a raw descriptor. */
  manifest?: ManifestSpecEntry[] | Uint8Array | null;
}

export const TEXT = PF_R | PF_X;
export const RODATA = PF_R;
export const DATA = PF_R | PF_W;

/** The manifest descriptor: version, count, reserved entry 0, then the given entries. */
export function manifestBytes(entries: ManifestSpecEntry[]): Uint8Array {
  const count = entries.length + 1;
  const out = new Uint8Array(MFT_HEADER_SIZE + count * MFT_ENTRY_SIZE);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MFT_VERSION, true);
  dv.setUint32(4, count, true);
  dv.setUint32(MFT_HEADER_SIZE + ME_TYPE, DevType.ReservedFirst, true);
  entries.forEach((e, i) => {
    const at = MFT_HEADER_SIZE + (i + 1) * MFT_ENTRY_SIZE;
    for (let k = 0; k < e.name.length; k++) out[at + k] = e.name.charCodeAt(k);
    dv.setUint32(at + ME_TYPE, e.type, true);
  });
  return out;
}

/** A Solo5 note: header, "Solo5\0" padded to 8, padding up to `align`, then the descriptor. */
export function noteBytes(type: number, desc: Uint8Array, align: number): Uint8Array {
  const head = 20;
  const pad = ((head + align - 1) & -align) - head;
  const out = new Uint8Array(head + pad + desc.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 6, true);
  dv.setUint32(4, pad + desc.length, true);
  dv.setUint32(8, type, true);
  out.set([0x53, 0x6f, 0x6c, 0x6f, 0x35, 0], 12);
  out.set(desc, head + pad);
  return out;
}

export function abiNoteDesc(target = HVT_ABI_TARGET, version = HVT_ABI_VERSION): Uint8Array {
  const d = new Uint8Array(16);
  const dv = new DataView(d.buffer);
  dv.setUint32(0, target, true);
  dv.setUint32(4, version, true);
  return d;
}

export function buildImage(spec: ImageSpec): Uint8Array {
  const notes: Uint8Array[] = [];
  if (spec.abi !== null) notes.push(noteBytes(ABI1_NOTE_TYPE, abiNoteDesc(spec.abi?.target, spec.abi?.version), 4));
  if (spec.manifest !== null) {
    const m = spec.manifest instanceof Uint8Array ? spec.manifest : manifestBytes(spec.manifest ?? []);
    notes.push(noteBytes(MFT1_NOTE_TYPE, m, 8));
  }
  const phnum = notes.length + spec.segments.length;
  let off = PHOFF + phnum * PHSIZE;
  const noteOffsets = notes.map((n) => {
    off = (off + 7) & ~7;
    const at = off;
    off += n.length;
    return at;
  });
  const segOffsets = spec.segments.map((s) => {
    off = (off + 0xfff) & ~0xfff;
    off += s.vaddr & 0xfff;
    const at = off;
    off += s.data.length;
    return at;
  });
  const out = new Uint8Array(off);
  const dv = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  dv.setUint16(EH.type, ET_EXEC, true);
  dv.setUint16(EH.machine, EM_AARCH64, true);
  dv.setUint32(EH.version, 1, true);
  dv.setBigUint64(EH.entry, BigInt(spec.entry ?? spec.segments[0]?.vaddr ?? 0), true);
  dv.setBigUint64(EH.phoff, BigInt(PHOFF), true);
  dv.setUint16(EH.ehsize, 64, true);
  dv.setUint16(EH.phentsize, PHSIZE, true);
  dv.setUint16(EH.phnum, phnum, true);
  let ph = PHOFF;
  const phdr = (type: number, flags: number, offset: number, vaddr: number, filesz: number, memsz: number, align: number) => {
    dv.setUint32(ph + PH.type, type, true);
    dv.setUint32(ph + PH.flags, flags, true);
    dv.setBigUint64(ph + PH.offset, BigInt(offset), true);
    dv.setBigUint64(ph + PH.vaddr, BigInt(vaddr), true);
    dv.setBigUint64(ph + PH.paddr, BigInt(vaddr), true);
    dv.setBigUint64(ph + PH.filesz, BigInt(filesz), true);
    dv.setBigUint64(ph + PH.memsz, BigInt(memsz), true);
    dv.setBigUint64(ph + PH.align, BigInt(align), true);
    ph += PHSIZE;
  };
  notes.forEach((n, i) => {
    out.set(n, noteOffsets[i]);
    phdr(PT_NOTE, PF_R, noteOffsets[i], 0, n.length, n.length, 4);
  });
  spec.segments.forEach((s, i) => {
    out.set(s.data, segOffsets[i]);
    phdr(s.type ?? PT_LOAD, s.flags ?? TEXT, segOffsets[i], s.vaddr, s.data.length, s.memsz ?? s.data.length, s.align ?? 0x1000);
  });
  return out;
}

/** Offset of program header `i` (notes come first: ABI at 0, manifest at 1 by default). */
export function phdrAt(i: number): number {
  return PHOFF + i * PHSIZE;
}

export function setU16(b: Uint8Array, off: number, v: number): Uint8Array {
  new DataView(b.buffer, b.byteOffset).setUint16(off, v, true);
  return b;
}
export function setU32(b: Uint8Array, off: number, v: number): Uint8Array {
  new DataView(b.buffer, b.byteOffset).setUint32(off, v, true);
  return b;
}
export function setU64(b: Uint8Array, off: number, v: bigint | number): Uint8Array {
  new DataView(b.buffer, b.byteOffset).setBigUint64(off, BigInt.asUintN(64, BigInt(v)), true);
  return b;
}
export function getU64(b: Uint8Array, off: number): bigint {
  return new DataView(b.buffer, b.byteOffset).getBigUint64(off, true);
}

/** A one-page text segment at 0x100000 holding `words`, padded with zeros to a page. */
export function textSegment(words: Uint32Array, vaddr = 0x10_0000): SegmentSpec {
  const data = new Uint8Array(Math.max(0x1000, (words.byteLength + 0xfff) & ~0xfff));
  data.set(new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
  return { vaddr, data, flags: TEXT };
}
