// Test support: small guests written in assembly, wrapped in hvt images and booted.
//
// Guest code is assembled at 0x100000 (one text segment); it may use the helper macros below
// to build 64-bit constants and make hypercalls:
//   mov64 xN, value           - movz/movk sequence
//   hypercall nr, wArg        - 32-bit store of wArg to 0x1_0000_0000 + 8*nr (uses x28)
//   args                      - x20 -> 4 KiB of stack for argument structs and buffers:
//                                 x20+0    struct for the call at hand (up to 40 bytes)
//                                 x20+256  the puts struct of the macros below
//                                 x20+512  buffers
//   puts label, len           - print `len` bytes at `label` (uses x1)
//   puts_at xAddr, len        - print `len` bytes at the address in xAddr (uses x1)
//   halt status               - halt with `status` (uses x1)

import { assemble } from '../../../emu-core/test/asm.ts';
import { loadCoreModuleSync } from '../../core/load-node.ts';
import { DATA, buildImage, ManifestSpecEntry, SegmentSpec, textSegment } from './elf-builder.ts';
import { parseImage } from '../image.ts';
import { Machine, MachineExit, MachineOptions } from '../machine.ts';

export const GUEST_MACROS = String.raw`
.macro mov64 reg, val
  movz \reg, #((\val) & 0xffff)
  movk \reg, #(((\val) >> 16) & 0xffff), lsl #16
  movk \reg, #(((\val) >> 32) & 0xffff), lsl #32
  movk \reg, #(((\val) >> 48) & 0xffff), lsl #48
.endm
.macro hypercall nr, arg
  mov64 x28, (0x100000000 + 8 * (\nr))
  str \arg, [x28]
.endm
.macro args
  sub sp, sp, #1, lsl #12
  mov x20, sp
.endm
.macro puts_at reg, len
  str \reg, [x20, #256]
  mov64 x1, \len
  str x1, [x20, #264]
  add x1, x20, #256
  hypercall 2, w1
.endm
.macro puts label, len
  adr x1, \label
  str x1, [x20, #256]
  mov64 x1, \len
  str x1, [x20, #264]
  add x1, x20, #256
  hypercall 2, w1
.endm
.macro halt status
  str xzr, [x20]
  mov64 x1, \status
  str w1, [x20, #8]
  hypercall 8, w20
.endm
`;

export interface AsmImageOptions {
  manifest?: ManifestSpecEntry[];
  /** Extra segments after the text (data, rodata...). */
  segments?: SegmentSpec[];
}

export function asmImage(src: string, opts: AsmImageOptions = {}): Uint8Array {
  // (asm.ts returns whole words: pad so trailing data is not cut off)
  const words = assemble(GUEST_MACROS + src + '\n.balign 4\n');
  return buildImage({ segments: [textSegment(words), ...(opts.segments ?? [])], manifest: opts.manifest ?? [] });
}

/** A writable data page at 0x200000 (for hypercall argument structs). */
export const DATA_PAGE = 0x20_0000;
export function dataSegment(bytes = new Uint8Array(0x1000), vaddr = DATA_PAGE): SegmentSpec {
  return { vaddr, data: bytes, flags: DATA };
}

export interface Booted {
  machine: Machine;
  exit: MachineExit;
  console: string;
}

export async function createGuest(image: Uint8Array, opts: Partial<MachineOptions> = {}, name = 'guest.hvt'): Promise<Machine> {
  return Machine.create(loadCoreModuleSync(), parseImage(image, name), { memBytes: 16 << 20, deterministic: true, ...opts });
}

/** Boot an image to its exit, collecting the console. */
export async function boot(image: Uint8Array, opts: Partial<MachineOptions> = {}): Promise<Booted> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  const machine = await createGuest(image, {
    maxInstructions: 10_000_000,
    ...opts,
    onConsole: (b) => {
      chunks.push(decoder.decode(b, { stream: true }));
      opts.onConsole?.(b);
    },
  });
  const exit = await machine.run();
  return { machine, exit, console: chunks.join('') };
}
