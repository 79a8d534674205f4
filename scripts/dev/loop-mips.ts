// Developer tool: MIPS of a tight integer loop in the core (not a benchmark of record).
import { testMachine, load } from '../../emu-core/test/machine.ts';

const cpu = await testMachine({ mmu: true });
load(cpu, `
    movz x1, #0x4000, lsl #16
  1: add x0, x0, #1
    eor x3, x0, #0xff
    add x4, x3, #1
    movk x5, #3
    subs x1, x1, #1
    b.ne 1b
    b .
`);
let best = 0;
for (let k = 0; k < 12; k++) {
  const t = performance.now();
  cpu.run(50_000_000);
  const dt = performance.now() - t;
  best = Math.max(best, 50 / (dt / 1000));
}
console.log(`best ${best.toFixed(1)} MIPS`);
