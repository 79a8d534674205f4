// Solo5 ELF notes: the ABI note ("ABI1") and the manifest note ("MFT1").
//
//   PT_NOTE segment at p_offset (p_filesz bytes)
//   +0  u32 n_namesz   = 6
//   +4  u32 n_descsz   descriptor size, including any alignment padding below
//   +8  u32 n_type     ABI1 / MFT1
//   +12 "Solo5\0" + 2 bytes padding   (name padded to 8)
//   +20 descriptor ...                the descriptor's first field starts at
//                                     align_up(20, note_align): +20 (ABI1), +24 (MFT1)
//
// Rules (mirroring the reference loader): a PT_NOTE shorter than an Elf64_Nhdr rejects the
// image; one shorter than the Solo5 head, with another name, or of another type is skipped;
// the first matching note wins and must fit its p_filesz and the size limits.

import { NOTE_HEAD_SIZE, NHDR_SIZE, PT_NOTE } from './abi.ts';
import { ElfFile, FileView, invalidExecutable } from './elf.ts';

const SOLO5_NAME = [0x53, 0x6f, 0x6c, 0x6f, 0x35, 0x00]; // "Solo5\0"

/**
 * The descriptor of the first Solo5 note of `type` (with the leading alignment padding
 * removed), or undefined if there is none. Throws a LoadError for a malformed note.
 */
export function findSolo5Note(
  elf: ElfFile,
  type: number,
  align: number,
  minSize: number,
  maxSize: number,
): Uint8Array | undefined {
  const f = new FileView(elf.bytes);
  const bad = (i: number, detail: string) => invalidExecutable(elf.name, `phdr[${i}]: ${detail}`);
  for (const ph of elf.phdrs) {
    if (ph.type !== PT_NOTE) continue;
    if (ph.filesz < BigInt(NHDR_SIZE)) throw bad(ph.index, 'PT_NOTE shorter than a note header');
    if (ph.filesz < BigInt(NOTE_HEAD_SIZE)) continue;
    if (!f.inFile(ph.offset, BigInt(NOTE_HEAD_SIZE))) throw bad(ph.index, 'note outside the file');
    const at = Number(ph.offset);
    const namesz = f.u32(at);
    const descsz = f.u32(at + 4);
    const ntype = f.u32(at + 8);
    if (namesz !== SOLO5_NAME.length) continue;
    if (!SOLO5_NAME.every((c, k) => f.u8(at + 12 + k) === c)) continue;
    if (ntype !== type) continue;
    const padded = (NOTE_HEAD_SIZE + align - 1) & -align;
    const pad = padded - NOTE_HEAD_SIZE;
    if (descsz < 1 || descsz > maxSize + pad) throw bad(ph.index, `note descriptor size ${descsz} out of range`);
    if (ph.filesz < BigInt(NOTE_HEAD_SIZE + descsz)) throw bad(ph.index, 'note larger than its segment');
    const size = descsz - pad;
    if (size < minSize) throw bad(ph.index, `note descriptor size ${descsz} out of range`);
    const off = ph.offset + BigInt(padded);
    if (!f.inFile(off, BigInt(size))) throw bad(ph.index, 'note outside the file');
    return f.slice(off, BigInt(size));
  }
  return undefined;
}
