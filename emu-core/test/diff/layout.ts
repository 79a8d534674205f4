// The fixed virtual memory layout and the wire protocol constants shared by the QEMU-side
// harness (harness/harness.c gets them as -D defines from build.ts, so this file is their
// single source) and our side (machine.ts maps the same addresses).
//
//   virtual addresses (identical under qemu-aarch64 and in our core, where VA = PA)
//   0x1000_0000  +---------------------------+
//                | guard (PROT_NONE/invalid) |  4 KiB
//   0x1000_1000  +---------------------------+
//                | code page  RWX at EL0     |  1024 words, all BRK #0 ("landing slots")
//                |   ENTRY = +0x800: the     |  except the instruction(s) under test
//                |   instruction(s) under    |
//                |   test                    |
//   0x1000_2000  +---------------------------+
//                | guard                     |  4 KiB
//   0x1000_3000  +---------------------------+
//                | data buffer  RW at EL0    |  8 KiB, filled from the case's data seed
//   0x1000_5000  +---------------------------+
//                | guard                     |  4 KiB
//   0x1000_6000  +---------------------------+
// A branch that lands in the code page stops on the BRK at its target: the landing slot
// (target - ENTRY) / 4 is part of the outcome. Guard pages give both sides the same fault.

export const REGION = 0x1000_0000;
export const REGION_SIZE = 0x6000;
export const CODE = 0x1000_1000;
export const CODE_SIZE = 0x1000;
export const ENTRY = CODE + 0x800;
export const DATA = 0x1000_3000;
export const DATA_SIZE = 0x2000;
export const PAGE = 0x1000;

/** Landing-slot filler: BRK #0. */
export const SLOT_WORD = 0xd4200000;
/** At most this many instruction words per case (placed from ENTRY on). */
export const MAX_INSNS = 4;

/** Protocol version: bump whenever the record layouts below change. */
export const PROTOCOL_VERSION = 1;
export const MAGIC_HELLO = 0x4f4c4548; // 'HELO'
export const MAGIC_CASE = 0x45534143; // 'CASE'
export const MAGIC_RESULT = 0x544c5352; // 'RSLT'

// Linux signal numbers (arm64 generic).
export const SIGILL = 4;
export const SIGTRAP = 5;
export const SIGBUS = 7;
export const SIGFPE = 8;
export const SIGSEGV = 11;
/** The harness's watchdog: the case ran for more than a timer period (a hang). */
export const SIGALRM = 14;

/** Our side only: the machine ended the case some other way (Outcome.note says how). */
export const NO_SIGNAL = 0;

export const SIGNAL_NAMES: Record<number, string> = {
  [NO_SIGNAL]: 'no signal',
  [SIGILL]: 'SIGILL',
  [SIGTRAP]: 'SIGTRAP',
  [SIGBUS]: 'SIGBUS',
  [SIGFPE]: 'SIGFPE',
  [SIGSEGV]: 'SIGSEGV',
  [SIGALRM]: 'SIGALRM(hang)',
};

/** The -D defines handed to clang for harness.c. */
export function harnessDefines(): Record<string, string> {
  const hex = (n: number) => '0x' + n.toString(16) + 'UL';
  return {
    REGION: hex(REGION),
    REGION_SIZE: hex(REGION_SIZE),
    CODE: hex(CODE),
    CODE_SIZE: hex(CODE_SIZE),
    ENTRY: hex(ENTRY),
    DATA: hex(DATA),
    DATA_SIZE: hex(DATA_SIZE),
    SLOT_WORD: hex(SLOT_WORD),
    MAX_INSNS: String(MAX_INSNS),
    PROTOCOL_VERSION: String(PROTOCOL_VERSION),
    MAGIC_HELLO: hex(MAGIC_HELLO),
    MAGIC_CASE: hex(MAGIC_CASE),
    MAGIC_RESULT: hex(MAGIC_RESULT),
  };
}
