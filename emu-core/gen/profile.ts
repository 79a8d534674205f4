// Developer tool: which handlers run most. Builds nothing itself: run it against a core built
// with `PROFILE=1 npm run build:core -- --force`, then rebuild normally.
//   node --import tsx emu-core/gen/profile.ts IMAGE [guest args...]   (prints the top handlers)
// Its output is what emu-core/isa/hot-handlers.ts is chosen from.
import { readFileSync } from 'node:fs';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';
import { parseImage } from '../../src/monitor/image.ts';
import { Machine } from '../../src/monitor/machine.ts';
import { allPatterns } from '../isa/index.ts';
import { namedPatterns } from '../isa/ids.ts';

const [image, ...args] = process.argv.slice(2);
if (!image) {
  console.error('usage: profile.ts IMAGE [ARGS...]');
  process.exit(1);
}
const m = await Machine.create(loadCoreModuleSync(), parseImage(readFileSync(image), image), {
  memBytes: 32 << 20,
  deterministic: true,
  args,
  maxInstructions: 3_000_000_000,
} as never);
await m.run();
const cpu = m.cpu as unknown as { x: { handlerProfilePtr(): number; memory: { buffer: ArrayBuffer } } };
const ptr = cpu.x.handlerProfilePtr();
if (!ptr) {
  console.error('this core was not built with PROFILE=1');
  process.exit(1);
}
const named = namedPatterns(allPatterns());
const view = new DataView(cpu.x.memory.buffer);
const rows = named.map((p, i) => ({ name: p.name, n: Number(view.getBigUint64(ptr + (i + 2) * 8, true)) }));
rows.sort((a, b) => b.n - a.n);
const total = rows.reduce((s, r) => s + r.n, 0);
let acc = 0;
for (const r of rows) {
  if (r.n === 0) break;
  acc += r.n;
  console.log(`${r.name.padEnd(24)} ${r.n.toString().padStart(12)}  ${((100 * acc) / total).toFixed(2)}%`);
}
