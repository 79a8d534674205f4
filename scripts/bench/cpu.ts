// CPU figures for `npm run bench`: the bench guest's workloads in our core (Node, this process)
// and, when qemu-system-aarch64 is installed, the same image on QEMU's CPU (through the
// reference tender in guests/sdk/qemu-tender), in the same run.
//
// Each workload runs as its own boot with reps=N. Time is what the guest itself measures with
// CNTVCT around the workload (real time on both machines), so start-up and the monitor or
// tender are not in it. Work is counted in our core as the instructions retired by reps=N minus
// those of reps=0 (the same boot that skips the work), so MIPS = work / guest-measured time,
// and QEMU's figure is the same work over its time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';
import { parseImage } from '../../src/monitor/image.ts';
import { Machine } from '../../src/monitor/machine.ts';
import { runInQemu, QEMU } from '../../guests/sdk/tools/qemu-tender.ts';

export const INTEGER = ['crc', 'sort', 'matrix', 'chase', 'string'];
export const FP_SIMD = ['nbody', 'dot', 'mem'];

export interface WorkloadFigure {
  workload: string;
  reps: number;
  instructions: number;
  oursMs: number;
  oursMips: number;
  /** The first rep alone (a cold core: decode caches empty, V8 still tiering up). */
  coldMips: number;
  qemuMs?: number;
  qemuMips?: number;
  /** Our time over QEMU's: 1.0 = as fast as QEMU, 5.0 = five times slower. */
  ratio?: number;
}

const ROOT = join(import.meta.dirname, '..', '..');
const IMAGE = join(ROOT, 'public', 'guests', 'bench.hvt');

/** The guest's own figure: "bench: NAME checksum 0x... 12.345 ms". */
function guestMs(output: string, workload: string): number {
  const m = new RegExp(`^bench: ${workload}\\s+checksum 0x[0-9a-f]+\\s+([\\d.]+) ms$`, 'm').exec(output);
  if (!m) throw new Error(`bench guest printed no figure for ${workload}:\n${output}`);
  return Number(m[1]);
}

async function runOurs(args: string[]): Promise<{ output: string; instructions: number }> {
  const core = loadCoreModuleSync();
  let output = '';
  const machine = await Machine.create(core, parseImage(readFileSync(IMAGE), 'bench.hvt'), {
    memBytes: 32 << 20,
    args,
    onConsole: (b: Uint8Array) => {
      output += Buffer.from(b).toString('latin1');
    },
  } as never);
  // JIT=N: the block translator's threshold (0: interpreter only), to compare the two.
  if (process.env.JIT !== undefined) machine.cpu.setJitThreshold(Number(process.env.JIT));
  const exit = await machine.run();
  if (exit.status !== 0) throw new Error(`bench guest exited with ${exit.status} (${exit.reason}):\n${output}`);
  return { output, instructions: Number(exit.instructions) };
}

export function qemuAvailable(): boolean {
  return existsSync(`/usr/bin/${QEMU}`);
}

export async function benchWorkload(workload: string, reps: number, withQemu: boolean): Promise<WorkloadFigure> {
  const base = await runOurs([workload, 'reps=0']);
  const cold = await runOurs([workload, 'reps=1']);
  const steady = await runOurs([workload, `reps=${reps}`]);
  const perRep = (cold.instructions - base.instructions);
  const instructions = steady.instructions - base.instructions;
  const oursMs = guestMs(steady.output, workload);
  const fig: WorkloadFigure = {
    workload,
    reps,
    instructions,
    oursMs,
    oursMips: instructions / oursMs / 1000,
    coldMips: perRep / guestMs(cold.output, workload) / 1000,
  };
  if (withQemu) {
    const q = await runInQemu(ROOT, { image: IMAGE, memoryMiB: 32, cmdline: `${workload} reps=${reps}`, timeoutMs: 600_000 });
    if (q.status !== 0) throw new Error(`bench guest under QEMU exited with ${q.status}:\n${q.output}`);
    fig.qemuMs = guestMs(q.output, workload);
    fig.qemuMips = instructions / fig.qemuMs / 1000;
    fig.ratio = oursMs / fig.qemuMs;
  }
  return fig;
}

/** reps per workload: about 100 million instructions per steady run (per-rep counts measured). */
export const DEFAULT_REPS: Record<string, number> = {
  crc: 24, sort: 6, matrix: 50, chase: 9, string: 12, nbody: 10, dot: 36, mem: 9,
};
