// Guest memory before the first instruction: RAM size, the identity page tables, and the
// low-memory block (boot info, manifest copy, command line). Pure functions returning bytes,
// so the tests can compare them byte for byte. The map is drawn in abi.ts.
//
//   PGD 0x1000   [0] -> PUD | 3
//   PUD 0x2000   [g] -> PMD_BASE + g*0x1000 | 3   for every GiB g that holds RAM (g < 4)
//                [4] = 0x1_0000_0000 | DEVICE block        (the MMIO window)
//   PMD 0x3000.. one contiguous array of 2 MiB slots over all PMD tables:
//                [0] -> PTE | 3,   [i >= 1] = i*2MiB | NORMAL_EXEC block   while i*2MiB < mem_size
//   PTE 0x7000   [p] for the 4 KiB pages of the first 2 MiB:
//                p*4K < 0x10000: 0 (unmapped); < 0x100000: RO, never executable; else RW+X

import {
  BLOCK_2M, GIB, PAGE_SIZE, PGD_BASE, PUD_BASE, PMD_BASE, PTE_BASE, PAGE_TABLES_END, PGT_MAP_START,
  GUEST_MIN_BASE, MMIO_BASE, MEM_MIN_BYTES, MEM_MAX_BYTES, DESC_TABLE, DESC_BLOCK_NORMAL_EXEC,
  DESC_BLOCK_DEVICE, DESC_PAGE_NORMAL_RO, DESC_PAGE_NORMAL_EXEC, BOOT_INFO_BASE, BOOT_INFO_SIZE,
  BI_MEM_SIZE, BI_KERNEL_END, BI_CPU_CYCLE_FREQ, BI_CMDLINE, BI_MFT, CMDLINE_SIZE, CMDLINE_MAX_CHARS,
} from './abi.ts';
import { LoadError } from './errors.ts';

export interface MemSize {
  bytes: number;
  /** The reference tender's note when the request was not a multiple of 2 MiB. */
  warning?: string;
}

/** Round a requested RAM size down to 2 MiB (at least 2 MiB); refuse more than 4 GiB. */
export function adjustMemSize(requested: number): MemSize {
  let bytes = Math.floor(requested / BLOCK_2M) * BLOCK_2M;
  if (bytes < MEM_MIN_BYTES) bytes = MEM_MIN_BYTES;
  if (bytes > MEM_MAX_BYTES) {
    throw new LoadError(`guest memory size ${bytes} bytes exceeds the max size ${MEM_MAX_BYTES} bytes`);
  }
  return bytes === requested ? { bytes } : { bytes, warning: `adjusting memory to ${bytes} bytes` };
}

/** The page tables: the bytes of guest-physical [0, PAGE_TABLES_END). */
export function buildPageTables(memSize: number): Uint8Array {
  if (memSize % BLOCK_2M !== 0 || memSize < MEM_MIN_BYTES || memSize > MEM_MAX_BYTES) {
    throw new RangeError(`bad RAM size ${memSize}`);
  }
  const out = new Uint8Array(PAGE_TABLES_END);
  const dv = new DataView(out.buffer);
  const put = (addr: number, v: bigint) => dv.setBigUint64(addr, v, true);

  put(PGD_BASE, BigInt(PUD_BASE) | DESC_TABLE);

  const gibs = Math.ceil(memSize / GIB);
  for (let g = 0; g < gibs; g++) put(PUD_BASE + g * 8, BigInt(PMD_BASE + g * PAGE_SIZE) | DESC_TABLE);
  put(PUD_BASE + (MMIO_BASE / GIB) * 8, BigInt(MMIO_BASE) | DESC_BLOCK_DEVICE);

  put(PMD_BASE, BigInt(PTE_BASE) | DESC_TABLE);
  for (let i = 1; i * BLOCK_2M < memSize; i++) put(PMD_BASE + i * 8, BigInt(i * BLOCK_2M) | DESC_BLOCK_NORMAL_EXEC);

  for (let pa = PGT_MAP_START; pa < BLOCK_2M; pa += PAGE_SIZE) {
    const desc = pa < GUEST_MIN_BASE ? DESC_PAGE_NORMAL_RO : DESC_PAGE_NORMAL_EXEC;
    put(PTE_BASE + (pa / PAGE_SIZE) * 8, BigInt(pa) | desc);
  }
  return out;
}

/** The guest's command line: arguments joined by single spaces, as UTF-8. */
export function encodeCmdline(args: readonly string[]): Uint8Array {
  const bytes = new TextEncoder().encode(args.join(' '));
  if (bytes.length > CMDLINE_MAX_CHARS) {
    throw new LoadError(`Guest command line too long (max=${CMDLINE_MAX_CHARS} characters)`);
  }
  return bytes;
}

export interface LowMemory {
  /** Bytes to place at BOOT_INFO_BASE. */
  bytes: Uint8Array;
  mftAddr: number;
  cmdlineAddr: number;
}

/**
 *   BOOT_INFO_BASE  hvt_boot_info (40 bytes)
 *   + 40            manifest copy (mft.length bytes)
 *   + 40 + mft      command line, NUL-terminated, in an 8192-byte area
 */
export function buildLowMemory(opts: {
  memSize: number;
  kernelEnd: number;
  cpuCycleFreq: number;
  manifest: Uint8Array;
  cmdline: Uint8Array;
}): LowMemory {
  const mftAddr = BOOT_INFO_BASE + BOOT_INFO_SIZE;
  const cmdlineAddr = mftAddr + opts.manifest.length;
  const out = new Uint8Array(BOOT_INFO_SIZE + opts.manifest.length + CMDLINE_SIZE);
  const dv = new DataView(out.buffer);
  dv.setBigUint64(BI_MEM_SIZE, BigInt(opts.memSize), true);
  dv.setBigUint64(BI_KERNEL_END, BigInt(opts.kernelEnd), true);
  dv.setBigUint64(BI_CPU_CYCLE_FREQ, BigInt(opts.cpuCycleFreq), true);
  dv.setBigUint64(BI_CMDLINE, BigInt(cmdlineAddr), true);
  dv.setBigUint64(BI_MFT, BigInt(mftAddr), true);
  out.set(opts.manifest, BOOT_INFO_SIZE);
  out.set(opts.cmdline.subarray(0, CMDLINE_MAX_CHARS), BOOT_INFO_SIZE + opts.manifest.length);
  return { bytes: out, mftAddr, cmdlineAddr };
}
