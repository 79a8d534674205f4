// Boot figures for `npm run bench`: from the start of `run` to the guest's first console byte
// and to its exit, in instructions retired and host milliseconds.

import { parseImage } from './image.ts';
import { Machine, MachineOptions } from './machine.ts';

export interface BootMeasurement {
  image: string;
  /** Creating the machine: parsing, loading, page tables (host ms). */
  createMs: number;
  firstOutput?: { instructions: bigint; ms: number };
  exit: { instructions: bigint; ms: number };
  reason: string;
  status: number;
  consoleBytes: number;
}

/**
 * Boot `bytes` once (deterministic by default, console discarded) and report the figures.
 * `core` is the compiled emu-core module (loadCoreModuleSync() in Node). The first boot in a
 * process also pays for the engine's optimizing compile of the core (V8 stalls the thread for
 * it at the first yield: ~1 s on the development machine, ~50 ms with --liftoff-only); boot
 * twice to report cold and warm figures.
 */
export async function measureBoot(
  core: WebAssembly.Module,
  bytes: Uint8Array,
  opts: Partial<MachineOptions> & { name?: string } = {},
): Promise<BootMeasurement> {
  const name = opts.name ?? 'image.hvt';
  let consoleBytes = 0;
  const t0 = performance.now();
  const machine = await Machine.create(core, parseImage(bytes, name), {
    memBytes: 16 << 20,
    deterministic: true,
    maxInstructions: 2_000_000_000,
    ...opts,
    onConsole: (b) => {
      consoleBytes += b.length;
      opts.onConsole?.(b);
    },
  });
  const createMs = performance.now() - t0;
  const exit = await machine.run();
  return {
    image: name,
    createMs,
    firstOutput: machine.bootStats.firstOutput,
    exit: { instructions: exit.instructions, ms: exit.elapsedMs },
    reason: exit.reason,
    status: exit.status,
    consoleBytes,
  };
}
