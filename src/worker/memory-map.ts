// The guest-physical memory map of a machine, as regions to draw: what the monitor placed
// where (abi.ts draws the layout) plus the image's segments and the guest's heap and stack.
//
//   0          zero page            never mapped
//   0x1000     PGD | PUD | PMD x4 | PTE   the monitor's identity tables
//   0x8000     (unmapped)
//   0x10000    boot info | manifest | command line | (reserved)   read-only for the guest
//   0x100000   ELF segments (ELF permissions, enforced by the host too), gaps between them
//   kernel_end heap (grows up) ... stack (grows down from mem_size - 16)
//   mem_size
//   0x1_0000_0000  MMIO window (hypercalls): outside RAM, drawn on its own

import {
  BOOT_INFO_BASE, BOOT_INFO_SIZE, CMDLINE_SIZE, GUEST_MIN_BASE, HC_MAX, HC_NAMES, MMIO_BASE, MMIO_SIZE,
  PAGE_SIZE, PAGE_TABLES_END, PF_R, PF_W, PF_X, PGD_BASE, PGT_MAP_START, PMD_BASE, PTE_BASE, PUD_BASE,
} from '../monitor/abi.ts';
import type { LoadPlan } from '../monitor/loader.ts';
import type { MapRegion } from './api.ts';
import type { SectionInfo } from './elf-symbols.ts';

export interface MapInputs {
  memBytes: number;
  plan: LoadPlan;
  sections: SectionInfo[];
  manifestBytes: number;
  cmdlineBytes: number;
  /** The stack pointer now (the stack region ends at the top of RAM). */
  sp: bigint;
}

const hex = (v: number) => '0x' + v.toString(16);

export function permString(flags: number): string {
  return (flags & PF_R ? 'r' : '-') + (flags & PF_W ? 'w' : '-') + (flags & PF_X ? 'x' : '-');
}

function sectionsIn(start: number, end: number, sections: SectionInfo[]): string[] {
  return sections
    .filter((s) => s.alloc && s.size > 0n && s.address >= BigInt(start) && s.address < BigInt(end) && s.name)
    .map((s) => s.name);
}

/** A short name from the sections inside (the ELF notes folded into "+ notes"). */
function segmentName(names: string[], flags: number): string {
  const notes = names.filter((n) => n.startsWith('.note'));
  const others = names.filter((n) => !n.startsWith('.note'));
  if (others.length) return others.join(' ') + (notes.length ? ' + notes' : '');
  if (notes.length) return 'notes';
  if (flags & PF_X) return 'text';
  return flags & PF_W ? 'data' : 'rodata';
}

export function memoryRegions(m: MapInputs): MapRegion[] {
  const r: MapRegion[] = [];
  const add = (kind: MapRegion['kind'], start: number, end: number, label: string, detail: string, perms?: string) => {
    if (end > start) r.push({ kind, start, end, label, detail, perms });
  };
  add('zero', 0, PGD_BASE, 'zero page', 'Never mapped, so a null pointer dereference faults.', '---');
  add('pagetables', PGD_BASE, PUD_BASE, 'PGD (level 0)', 'The monitor\'s level-0 table; entry 0 points to the PUD. TTBR0_EL1 starts here.', '---');
  add('pagetables', PUD_BASE, PMD_BASE, 'PUD (level 1)', 'One entry per GiB: tables for RAM, a 1 GiB device block for the MMIO window.', '---');
  add('pagetables', PMD_BASE, PTE_BASE, 'PMD (level 2)', 'Up to four tables of 2 MiB blocks covering RAM; entry 0 points to the PTE.', '---');
  add('pagetables', PTE_BASE, PTE_BASE + PAGE_SIZE, 'PTE (level 3)', '4 KiB pages of the first 2 MiB: unmapped below 0x10000, read-only to 0x100000.', '---');
  add('unmapped', PAGE_TABLES_END, PGT_MAP_START, 'unmapped', 'Not mapped by the monitor\'s tables.', '---');
  const mft = BOOT_INFO_BASE + BOOT_INFO_SIZE;
  const cmd = mft + m.manifestBytes;
  add('bootinfo', BOOT_INFO_BASE, mft, 'boot info', 'hvt_boot_info: mem_size, kernel_end, cpu_cycle_freq, and where the command line and the manifest are.', 'r--');
  add('manifest', mft, cmd, 'manifest', `The attached copy of the image's device manifest (${m.manifestBytes} bytes).`, 'r--');
  add('cmdline', cmd, cmd + CMDLINE_SIZE, 'command line', `The NUL-terminated command line (${m.cmdlineBytes} of ${CMDLINE_SIZE - 1} bytes used).`, 'r--');
  add('reserved', cmd + CMDLINE_SIZE, GUEST_MIN_BASE, 'reserved', 'Mapped read-only, unused: images start at 0x100000.', 'r--');

  let at = GUEST_MIN_BASE;
  for (const s of m.plan.segments) {
    add('unmapped', at, s.start, 'gap', 'Between segments: mapped (read/write/execute at EL1), unused.', 'rwx');
    const perms = permString(s.flags);
    const names = sectionsIn(s.start, s.end, m.sections);
    add(
      'segment',
      s.start,
      s.end,
      segmentName(names, s.flags),
      `ELF segment ${s.index}: ${s.filesz} bytes from the file at ${hex(s.vaddr)}, ${s.memsz} in memory` +
        (s.memsz > s.filesz ? ` (${s.memsz - s.filesz} zeroed)` : '') +
        `. ${perms.includes('w') ? 'Writable.' : 'The host refuses guest stores here.'}` +
        (names.length ? ` Sections: ${names.join(', ')}.` : ''),
      perms,
    );
    at = Math.max(at, s.end);
  }
  const kernelEnd = Math.max(at, m.plan.kernelEnd);
  const sp = Number(m.sp);
  const stackLow = sp > kernelEnd && sp <= m.memBytes ? Math.floor(sp / PAGE_SIZE) * PAGE_SIZE : m.memBytes - PAGE_SIZE;
  add('heap', kernelEnd, stackLow, 'heap and free memory', `From kernel_end (${hex(kernelEnd)}): the guest's heap grows up from here, its stack down from the top.`, 'rw-');
  add('stack', stackLow, m.memBytes, 'stack', `In use down to SP = ${hex(sp)}; the stack starts at mem_size - 16 and grows down.`, 'rw-');
  return r;
}

export function mmioRegion(): MapRegion {
  const calls = Array.from({ length: HC_MAX - 1 }, (_, i) => `${hex(MMIO_BASE + 8 * (i + 1))} ${HC_NAMES[i + 1]}`).join(', ');
  return {
    kind: 'mmio',
    start: MMIO_BASE,
    end: MMIO_BASE + MMIO_SIZE,
    label: 'MMIO window (hypercalls)',
    detail: `Outside RAM, mapped as device memory. A 32-bit store to base + 8n is hypercall n: ${calls}.`,
    perms: 'rw-',
  };
}
