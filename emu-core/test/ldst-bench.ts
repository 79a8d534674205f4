// Micro-benchmark of the load/store paths (not a test; run by hand):
//   node --import tsx emu-core/test/ldst-bench.ts
// Loops of 7 memory instructions and a branch, against an ALU loop of the same length, with the
// MMU on (every access a soft-TLB hit after the first) and off (every data access Device memory,
// which the TLB never caches). Prints the first and the steady-state speed (median of the later
// 5 M-instruction slices, after V8 has tiered the interpreter up).
import { ldstMachine, DATA } from './ldst-support.ts';
import { load } from './machine.ts';

const loops: Record<string, string> = {
  alu: `1: add x1, x1, #1
 eor x2, x2, x1
 add x3, x3, x2
 sub x4, x4, #1
 orr x5, x5, x4
 add x6, x6, x5
 and x7, x7, x6
 b 1b`,
  'ldr/str': `1: ldr x1, [x0, #8]
 str x1, [x0, #16]
 ldr w2, [x0, #24]
 strb w2, [x0, #3]
 ldrsh x3, [x0, #6]
 str x3, [x0, #32]
 ldr x4, [x0, x9, lsl #3]
 b 1b`,
  pairs: `1: stp x29, x30, [sp, #-16]!
 ldp x29, x30, [sp], #16
 stp x1, x2, [x0, #16]
 ldp x3, x4, [x0, #16]
 stp q0, q1, [x0, #64]
 ldp q2, q3, [x0, #64]
 ldr q4, [x0, #32]
 b 1b`,
  atomics: `1: ldadd x1, x2, [x0]
 swp x2, x3, [x10]
 cas x4, x5, [x11]
 ldxr x6, [x12]
 stxr w7, x6, [x12]
 ldar x8, [x0]
 stlr x8, [x13]
 b 1b`,
};

const SLICE = 5_000_000;

async function main(): Promise<void> {
  for (const mmu of [true, false]) {
    for (const [name, src] of Object.entries(loops)) {
      const cpu = await ldstMachine({ mmu });
      cpu.setX(0, BigInt(DATA + 0x100));
      cpu.setX(9, 3n);
      for (const [r, off] of [[10, 8], [11, 16], [12, 24], [13, 32]]) cpu.setX(r, BigInt(DATA + 0x100 + off));
      cpu.sp = BigInt(DATA + 0x800);
      load(cpu, src);
      const rates: number[] = [];
      for (let k = 0; k < 8; k++) {
        const t0 = performance.now();
        for (let done = 0; done < SLICE; done += 1_000_000) cpu.run(1_000_000);
        rates.push(SLICE / (performance.now() - t0) / 1000);
      }
      const steady = rates.slice(3).sort((a, b) => a - b)[2];
      const c = cpu.counters();
      console.log(
        `MMU ${mmu ? 'on ' : 'off'}  ${name.padEnd(8)} first ${rates[0].toFixed(0).padStart(3)} MIPS, ` +
          `steady ${steady.toFixed(0).padStart(3)} MIPS  (TLB hits ${c.tlbHits}, misses ${c.tlbMisses})`,
      );
    }
  }
}

main().catch((e) => {
  console.error(`ldst-bench: ${(e as Error).message}`);
  process.exit(1);
});
