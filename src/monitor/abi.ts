// The hvt guest ABI on AArch64 (Solo5 v0.9.3, hvt ABI version 2) as numbers: every address,
// size, offset and code the monitor and the guest agree on. The contract is
// /work/shared/hvt-abi.md; this file is its only transcription into code.
//
//   guest physical memory (VA == PA once the monitor's tables are live)
//   0x0000_0000 +--------------------------+
//               | zero page (never mapped) |
//   0x0000_1000 | PGD   (level 0)          |  entry 0 -> PUD
//   0x0000_2000 | PUD   (level 1)          |  entries 0..3 -> PMD0..3, entry 4 = MMIO block
//   0x0000_3000 | PMD0..PMD3 (level 2)     |  one table per GiB of RAM present
//   0x0000_7000 | PTE   (level 3)          |  the first 2 MiB, 4 KiB pages
//   0x0000_8000 | (unmapped)               |
//   0x0001_0000 | hvt_boot_info (40 B)     |  read-only for the guest from here ...
//   0x0001_0028 | manifest copy            |
//               | command line (8192 B)    |
//               | (unused)                 |  ... up to 0x10_0000
//   0x0010_0000 | ELF segments             |  RW, EL1-executable
//               | heap ...      ... stack  |
//   mem_size-16 | initial SP               |
//   mem_size    +--------------------------+
//   0x1_0000_0000 MMIO window (1 GiB): hypercall n = 32-bit store to base + 8n

// ---- memory layout -----------------------------------------------------------------------------
export const PAGE_SIZE = 0x1000;
export const BLOCK_2M = 0x20_0000;
export const GIB = 0x4000_0000;

export const PGD_BASE = 0x1000;
export const PUD_BASE = 0x2000;
export const PMD_BASE = 0x3000;
export const PTE_BASE = 0x7000;
/** Everything the monitor's page tables occupy ends here. */
export const PAGE_TABLES_END = 0x8000;
/** Pages below this are not mapped for the guest (zero page, the tables themselves). */
export const PGT_MAP_START = 0x1_0000;

export const BOOT_INFO_BASE = 0x1_0000;
export const BOOT_INFO_SIZE = 40;
export const MFT_BASE = BOOT_INFO_BASE + BOOT_INFO_SIZE; // 0x10028
export const CMDLINE_SIZE = 8192;
export const CMDLINE_MAX_CHARS = CMDLINE_SIZE - 1;
export const GUEST_MIN_BASE = 0x10_0000;

export const MMIO_BASE = 0x1_0000_0000;
export const MMIO_SIZE = GIB;

// ---- RAM size --------------------------------------------------------------------------------------
export const MEM_DEFAULT_MIB = 512;
export const MEM_BROWSER_DEFAULT_MIB = 16;
export const MEM_MIN_BYTES = BLOCK_2M;
export const MEM_MAX_BYTES = 4 * GIB;

// ---- boot info (at BOOT_INFO_BASE, little-endian) -----------------------------------------------------
//   +0  u64 mem_size
//   +8  u64 kernel_end       page-aligned end of the highest PT_LOAD with file contents
//   +16 u64 cpu_cycle_freq   CNTFRQ_EL0 in Hz
//   +24 u64 cmdline          guest address of the NUL-terminated command line
//   +32 u64 mft              guest address of the attached manifest
export const BI_MEM_SIZE = 0;
export const BI_KERNEL_END = 8;
export const BI_CPU_CYCLE_FREQ = 16;
export const BI_CMDLINE = 24;
export const BI_MFT = 32;

// ---- page table descriptors ----------------------------------------------------------------------------
/** Table descriptor (levels 0..2). */
export const DESC_TABLE = 0x3n;
/** Level-2 block: Normal WB (AttrIndx 4), inner shareable, AF, RW at EL1, EL1-executable, UXN. */
export const DESC_BLOCK_NORMAL_EXEC = 0x0040_0000_0000_0711n;
/** Level-1 block: Device-nGnRE (AttrIndx 1), inner shareable, AF, PXN, UXN. */
export const DESC_BLOCK_DEVICE = 0x0060_0000_0000_0705n;
/** Level-3 page: Normal WB, read-only (AP[2]), never executable (PXN, UXN). */
export const DESC_PAGE_NORMAL_RO = 0x0060_0000_0000_0793n;
/** Level-3 page: Normal WB, RW at EL1, EL1-executable, UXN. */
export const DESC_PAGE_NORMAL_EXEC = 0x0040_0000_0000_0713n;

// ---- initial CPU state ------------------------------------------------------------------------------------
export const INIT_PSTATE = 0x3c5n; // D, A, I, F masked; EL1h
export const INIT_CPACR = 3n << 20n; // FPEN = 0b11
export const INIT_MAIR = 0x0000_bbff_440c_0400n;
export const INIT_TCR = 0x32_b518_3518n;
export const INIT_TTBR0 = BigInt(PGD_BASE);
export const INIT_SCTLR = 0x1005n; // M, C, I
export const STACK_TOP_OFFSET = 16; // SP_EL1 = mem_size - 16

// ---- hypercalls --------------------------------------------------------------------------------------------
export const enum Hc {
  Walltime = 1,
  Puts = 2,
  Poll = 3,
  BlockWrite = 4,
  BlockRead = 5,
  NetWrite = 6,
  NetRead = 7,
  Halt = 8,
}
/** Number of hypercall slots: the valid MMIO addresses are [MMIO_BASE, MMIO_BASE + 8*HC_MAX). */
export const HC_MAX = 9;
export const HC_WINDOW_END = MMIO_BASE + HC_MAX * 8; // 0x1_0000_0048
export const HC_NAMES: Record<number, string> = {
  1: 'walltime',
  2: 'puts',
  3: 'poll',
  4: 'block-write',
  5: 'block-read',
  6: 'net-write',
  7: 'net-read',
  8: 'halt',
};

// Argument structs (byte offsets; all fields little-endian):
//   walltime    { u64 nsecs @0 (out) }                                                  8
//   puts        { u64 data @0, u64 len @8 }                                             16
//   poll        { u64 timeout_nsecs @0, u64 ready_set @8 (out), i32 ret @16 (out) }     24
//   block r/w   { u64 handle @0, u64 offset @8, u64 data @16, u64 len @24, i32 ret @32 } 40
//   net r/w     { u64 handle @0, u64 data @8, u64 len @16, i32 ret @24 }                32
//   halt        { u64 cookie @0, i32 exit_status @8 }                                   16
export const WALLTIME_SIZE = 8;
export const PUTS_SIZE = 16;
export const POLL_SIZE = 24;
export const BLOCK_SIZE_ARGS = 40;
export const NET_SIZE_ARGS = 32;
export const HALT_SIZE = 16;
export const HALT_COOKIE_MAX = 512;

export const enum Result {
  Ok = 0,
  Again = 1,
  Einval = 2,
  Eunspec = 3,
}

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_ABORT = 255;

// ---- ELF and notes ---------------------------------------------------------------------------------------------
export const EM_AARCH64 = 183;
export const ET_EXEC = 2;
export const PT_LOAD = 1;
export const PT_NOTE = 4;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;
export const ELF_HEADER_SIZE = 64;
export const ELF_PHDR_SIZE = 56;

export const NOTE_NAME = 'Solo5';
/** Elf64_Nhdr (12 bytes) followed by "Solo5\0" padded to 8: the fixed head of a Solo5 note. */
export const NOTE_HEAD_SIZE = 20;
export const NHDR_SIZE = 12;
export const ABI1_NOTE_TYPE = 0x3149_4241; // "ABI1"
export const ABI1_NOTE_ALIGN = 4;
export const ABI1_DESC_SIZE = 16;
export const HVT_ABI_TARGET = 1;
export const HVT_ABI_VERSION = 2;
export const MFT1_NOTE_TYPE = 0x3154_464d; // "MFT1"
export const MFT1_NOTE_ALIGN = 8;

// ---- manifest ------------------------------------------------------------------------------------------------------
//   header  { u32 version @0 (= 1), u32 entries @4 }
//   entry   (104 bytes each, from offset 8)
//     +0   char name[68]     <= 67 characters, NUL-terminated
//     +68  u32  type         1 BLOCK_BASIC, 2 NET_BASIC, 1<<30 RESERVED_FIRST
//     +72  union             block { u64 capacity @72, u16 block_size @80 }
//                            net   { u8 mac[6] @72, u16 mtu @78 }
//     +88  u64  hostfd       (the monitor writes 0: host details stay on the host)
//     +96  bool attached
export const MFT_VERSION = 1;
export const MFT_HEADER_SIZE = 8;
export const MFT_ENTRY_SIZE = 104;
export const MFT_MAX_ENTRIES = 64;
export const MFT_NAME_SIZE = 68;
export const MFT_NAME_MAX = MFT_NAME_SIZE - 1;
export const MFT_MAX_SIZE = MFT_HEADER_SIZE + MFT_MAX_ENTRIES * MFT_ENTRY_SIZE;
export const ME_NAME = 0;
export const ME_TYPE = 68;
export const ME_BLOCK_CAPACITY = 72;
export const ME_BLOCK_SIZE = 80;
export const ME_NET_MAC = 72;
export const ME_NET_MTU = 78;
export const ME_HOSTFD = 88;
export const ME_ATTACHED = 96;

export const enum DevType {
  BlockBasic = 1,
  NetBasic = 2,
  ReservedFirst = 1 << 30,
}
export function devTypeName(t: number): string {
  if (t === DevType.BlockBasic) return 'BLOCK_BASIC';
  if (t === DevType.NetBasic) return 'NET_BASIC';
  if (t === DevType.ReservedFirst) return 'RESERVED_FIRST';
  return 'UNKNOWN';
}

// ---- devices -------------------------------------------------------------------------------------------------------
export const BLOCK_SIZE_DEFAULT = 512;
/** block_size is a u16 in the manifest: the largest power of two it holds. */
export const BLOCK_SIZE_MAX = 32768;
export const NET_MTU = 1500;
export const ETH_HEADER = 14;
