// Placing an image's PT_LOAD segments in guest RAM, with the checks of hvt-abi.md §5 that
// depend on the RAM size, and the host-side write protection of segments the ELF maps
// without PF_W (the guest could remap its own page tables; this protection it cannot touch).
//
//   for each PT_LOAD with p_filesz > 0, in file order:
//     start = align_down(p_vaddr, p_align)     end = align_up(p_vaddr + p_memsz, p_align)
//     0x100000 <= p_vaddr, ascending p_vaddr, p_align a power of two, start >= previous end,
//     p_vaddr + p_filesz <= mem_size, p_memsz >= p_filesz, end <= mem_size,
//     start and end 4 KiB aligned, not both PF_W and PF_X
//   kernel_end = the highest `end`

import { GUEST_MIN_BASE, PAGE_SIZE, PT_LOAD, PF_W, PF_X } from './abi.ts';
import { invalidExecutable } from './elf.ts';
import { LoadError } from './errors.ts';
import { HvtImage } from './image.ts';

export interface PlacedSegment {
  index: number;
  vaddr: number;
  fileOffset: number;
  filesz: number;
  memsz: number;
  /** The aligned range the permissions apply to. */
  start: number;
  end: number;
  flags: number;
}

export interface LoadPlan {
  entry: number;
  kernelEnd: number;
  segments: PlacedSegment[];
  /** Guest-physical ranges the host refuses guest stores to (merged, sorted). */
  readOnly: Array<[number, number]>;
}

/** The core enforces at most this many protected ranges. */
export const MAX_READONLY_RANGES = 16;

function isPow2(v: bigint): boolean {
  return v > 0n && (v & (v - 1n)) === 0n;
}

export function planLoad(image: HvtImage, memSize: number): LoadPlan {
  const { elf } = image;
  const mem = BigInt(memSize);
  const min = BigInt(GUEST_MIN_BASE);
  const page = BigInt(PAGE_SIZE);
  const fileSize = BigInt(elf.bytes.length);
  const bad = (detail: string) => invalidExecutable(elf.name, detail);

  if (elf.entry < min || elf.entry >= mem) throw bad(`e_entry 0x${elf.entry.toString(16)} outside [0x100000, mem_size)`);

  const segments: PlacedSegment[] = [];
  let lastVaddr = 0n;
  let kernelEnd = 0n;
  for (const ph of elf.phdrs) {
    if (ph.type !== PT_LOAD || ph.filesz === 0n) continue;
    const seg = `phdr[${ph.index}]`;
    if (ph.vaddr < min) throw bad(`${seg}: p_vaddr below 0x100000`);
    if (ph.vaddr < lastVaddr) throw bad(`${seg}: p_vaddr not in ascending order`);
    lastVaddr = ph.vaddr;
    if (!isPow2(ph.align)) throw bad(`${seg}: p_align is not a power of two`);
    const start = ph.vaddr & -ph.align;
    if (start < min) throw bad(`${seg}: aligned start below 0x100000`);
    if (start < kernelEnd) throw bad(`${seg}: overlaps the previous segment`);
    if (ph.vaddr >= mem || ph.filesz > mem - ph.vaddr) throw bad(`${seg}: file contents outside RAM`);
    if (ph.memsz < ph.filesz) throw bad(`${seg}: p_memsz smaller than p_filesz`);
    // vaddr < mem <= 4 GiB, so these sums cannot overflow a u64; they are still compared,
    // never wrapped, because BigInt has no wrap-around.
    const end = (ph.vaddr + ph.memsz + ph.align - 1n) & -ph.align;
    if (end > mem) throw bad(`${seg}: memory contents outside RAM`);
    if (!(ph.offset <= fileSize && ph.filesz <= fileSize - ph.offset)) throw bad(`${seg}: file contents outside the file`);
    if (start % page !== 0n || end % page !== 0n) throw bad(`${seg}: not aligned to 4 KiB pages`);
    if ((ph.flags & PF_W) !== 0 && (ph.flags & PF_X) !== 0) {
      throw new LoadError(`${elf.name}: phdr[${ph.index}] requests WRITE and EXEC permissions`);
    }
    if (end > kernelEnd) kernelEnd = end;
    segments.push({
      index: ph.index,
      vaddr: Number(ph.vaddr),
      fileOffset: Number(ph.offset),
      filesz: Number(ph.filesz),
      memsz: Number(ph.memsz),
      start: Number(start),
      end: Number(end),
      flags: ph.flags,
    });
  }

  const readOnly: Array<[number, number]> = [];
  for (const s of segments) {
    if ((s.flags & PF_W) !== 0) continue;
    const last = readOnly[readOnly.length - 1];
    if (last && last[1] === s.start) last[1] = s.end;
    else readOnly.push([s.start, s.end]);
  }
  if (readOnly.length > MAX_READONLY_RANGES) {
    throw new LoadError(`${elf.name}: more than ${MAX_READONLY_RANGES} separate read-only segments`);
  }
  return { entry: Number(elf.entry), kernelEnd: Number(kernelEnd), segments, readOnly };
}

/** The writes that place the segments: file bytes at p_vaddr. */
export function segmentWrites(image: HvtImage, plan: LoadPlan): Array<{ gpa: number; data: Uint8Array }> {
  // The rest of each segment up to p_memsz (bss) needs no writes: a new machine's RAM reads
  // as zero, and leaving it untouched keeps it uncommitted until the guest uses it.
  return plan.segments.map((s) => ({ gpa: s.vaddr, data: image.elf.bytes.subarray(s.fileOffset, s.fileOffset + s.filesz) }));
}
