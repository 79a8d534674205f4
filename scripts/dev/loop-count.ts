// Developer tool: run a fixed guest loop for N instructions (for callgrind differences).
// Usage: [CORE=wasm] node --import tsx scripts/dev/loop-count.ts N KIND   (KIND: alu | mem | nop)
import { readFileSync } from 'node:fs';
import { Cpu } from '../../src/core/cpu.ts';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';
import { assemble } from '../../emu-core/test/asm.ts';
import { enableIdentityMmu } from '../../emu-core/test/machine.ts';

const n = Number(process.argv[2] ?? 1e7);
const kind = process.argv[3] ?? 'alu';
const core = process.env.CORE ? new WebAssembly.Module(readFileSync(process.env.CORE)) : loadCoreModuleSync();
const cpu = await Cpu.create(core, { ramBytes: 16 << 20, deterministic: true });
if (process.env.JIT !== undefined) cpu.setJitThreshold(Number(process.env.JIT)); // JIT=0: interpreter only
enableIdentityMmu(cpu);
const body = {
  alu: 'add x0, x0, #1\n eor x3, x0, #0xff\n add x4, x3, x0\n sub x5, x4, #3\n orr x6, x5, x0\n subs x1, x1, #1',
  mem: 'ldr x3, [x2]\n add x3, x3, #1\n str x3, [x2, #8]\n ldrb w4, [x2, x0]\n add x0, x0, #1\n subs x1, x1, #1',
  nop: 'nop\n nop\n nop\n nop\n nop\n subs x1, x1, #1',
}[kind];
const words = assemble(`movz x1, #0x7fff, lsl #16\n mov x2, #0x400000\n mov x0, #0\n1: ${body}\n b.ne 1b\n b .`);
cpu.writePhys(0x100000, new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
cpu.pc = 0x100000n;
let left = n;
while (left > 0) {
  const k = Math.min(left, 1e6);
  cpu.run(k);
  left -= k;
}
console.log(`${cpu.retired} insns`);
