// Developer tool: guest MIPS per main-thread CPU second (stable on a loaded machine, unlike
// wall time). Usage: node --import tsx scripts/dev/cpu-mips.ts IMAGE [guest args...]
import { readFileSync } from 'node:fs';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';
import { parseImage } from '../../src/monitor/image.ts';
import { Machine } from '../../src/monitor/machine.ts';

/** CPU seconds of this process's main thread (utime + stime from /proc, 10 ms ticks). */
function mainThreadCpu(): number {
  const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const [image, ...args] = process.argv.slice(2);
const core = process.env.CORE ? new WebAssembly.Module(readFileSync(process.env.CORE)) : loadCoreModuleSync();
const m = await Machine.create(core, parseImage(readFileSync(image), image), {
  memBytes: 32 << 20,
  deterministic: process.env.DET !== "0", // DET=0: host time, as `npm run bench` runs
  args,
  onConsole: (b: Uint8Array) => process.stdout.write(b),
} as never);
// JIT=N: block translator threshold (0 = interpreter only); default: the Cpu's.
if (process.env.JIT !== undefined) m.cpu.setJitThreshold(Number(process.env.JIT));
const c0 = mainThreadCpu();
const t0 = performance.now();
const exit = await m.run();
const cpu = mainThreadCpu() - c0;
const wall = (performance.now() - t0) / 1000;
const n = Number(exit.instructions);
if (m.cpu.jitBlocks) console.log(`jit: ${m.cpu.jitBlocks} blocks translated`);
console.log(`${n} insns, cpu ${cpu.toFixed(2)} s -> ${(n / cpu / 1e6).toFixed(1)} MIPS/cpu-s; wall ${wall.toFixed(2)} s -> ${(n / wall / 1e6).toFixed(1)} MIPS`);
