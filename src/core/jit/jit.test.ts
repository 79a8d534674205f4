// The block translator against the interpreter (which the differential suite holds to QEMU):
// random programs of every translated instruction, run with the translator off and on, must
// end in the same state at every budget split; plus the invariants the run loop relies on
// (self-modifying code, breakpoints inside blocks, MMIO and faults as side exits, exact
// instruction counts).
import { describe, expect, it } from 'vitest';
import { Cpu, Exit } from '../cpu.ts';
import { testMachine, enableIdentityMmu, CODE, DATA, MMIO, load } from '../../../emu-core/test/machine.ts';
import { allPatterns } from '../../../emu-core/isa/index.ts';
import type { Pattern } from '../../../emu-core/isa/table.ts';
import { namedPatterns } from '../../../emu-core/isa/ids.ts';
import { logicalImmediate, planFor, translateBlock, translatedNames, SAMPLE_WORDS } from './translate.ts';

// ---- random programs ---------------------------------------------------------------------------

/** A small deterministic PRNG (xorshift32), so failures reproduce from the seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

// Registers with a fixed role in the generated programs: never written by a random instruction.
const R_INDEX = 26; // register offsets: a small value
const R_BASE = 27; // base of every memory access: the middle of the data area
const R_LOOP = 28; // loop counter
const BASE = DATA + 0x10000;

const FIELD_NAMES_WRITTEN = ['Rd', 'Rt', 'Rt2'];

/** Handler names the translator takes (some encodings of them may still be refused). */
function translatedPatterns(): Pattern[] {
  return allPatterns().filter((p) => {
    if (p.name === 'UNALLOC') return false;
    // One word of the pattern with all free bits clear: does the translator know the name?
    // Branches are placed by the generator (forward skips and the loop), never at random.
    const plan = planFor(p.name, p.value >>> 0) ?? planFor(p.name, (p.value | (~p.mask & 0x00ffffe0)) >>> 0);
    return plan !== null && (plan.kind === 'alu' || plan.kind === 'mem');
  });
}

function setField(word: number, p: Pattern, name: string, v: number): number {
  const f = p.fields.find((x) => x.name === name);
  if (!f) return word;
  const mask = ((1 << f.width) - 1) << f.lo;
  return ((word & ~mask) | ((v << f.lo) & mask)) >>> 0;
}

/** A random word of pattern p obeying the program's register roles; null if it decodes elsewhere. */
function randomWord(cpu: Cpu, p: Pattern, next: () => number, names: Map<number, string>): number | null {
  let w = ((p.value & p.mask) | (next() & ~p.mask)) >>> 0;
  const isMem = p.section === 'ldst';
  const pick = () => {
    for (;;) {
      const r = next() % 32;
      if (r !== R_INDEX && r !== R_BASE && r !== R_LOOP) return r;
    }
  };
  for (const f of FIELD_NAMES_WRITTEN) w = setField(w, p, f, pick());
  if (isMem) {
    w = setField(w, p, 'Rn', R_BASE);
    w = setField(w, p, 'Rm', R_INDEX);
  }
  const id = cpu.decodeId(w);
  return names.get(id) === p.name ? w : null;
}

interface Program {
  words: number[];
}

/**
 * A loop of `body` random instructions with short forward conditional branches among them,
 * ending in `subs x28, x28, #1; b.ne start`.
 */
function randomProgram(cpu: Cpu, pats: Pattern[], next: () => number, names: Map<number, string>, body: number): Program {
  const words: number[] = [];
  while (words.length < body) {
    if (next() % 8 === 0 && words.length < body - 2) {
      // a forward branch over one instruction: b.cond / cbz / cbnz / tbz / tbnz / b
      const r = next() % 31;
      const kind = next() % 6;
      const skip = 2; // in instructions, relative to the branch
      if (kind === 0) words.push((0x54000000 | (skip << 5) | (next() % 14)) >>> 0);
      else if (kind <= 2) words.push((((next() & 1) << 31) | 0x34000000 | ((kind - 1) << 24) | (skip << 5) | r) >>> 0);
      else if (kind <= 4) words.push((((next() & 1) << 31) | 0x36000000 | ((kind - 3) << 24) | ((next() % 32) << 19) | (skip << 5) | r) >>> 0);
      else words.push(0x14000000 | skip);
      continue;
    }
    const p = pats[next() % pats.length];
    const w = randomWord(cpu, p, next, names);
    if (w !== null) words.push(w);
  }
  words.push((0xf1000700 | (R_LOOP << 5) | R_LOOP) >>> 0); // subs x28, x28, #1
  const back = -(words.length) & 0x7ffff;
  words.push((0x54000001 | (back << 5)) >>> 0); // b.ne start
  words.push(0x14000000); // b .
  return { words };
}

async function machineFor(prog: Program, seed: number, jit: number): Promise<Cpu> {
  const cpu = await testMachine({ mmu: true });
  cpu.setJitThreshold(jit);
  cpu.writePhys(CODE, new Uint8Array(new Uint32Array(prog.words).buffer));
  const next = rng(seed ^ 0x5a5a5a5a);
  const data = new Uint8Array(0x20000);
  for (let i = 0; i < data.length; i++) data[i] = next() & 0xff;
  cpu.writePhys(DATA, data);
  for (let r = 0; r < 31; r++) cpu.setX(r, BigInt(next()) * BigInt(next() & 0xff ? 1 : 0x100000001));
  cpu.setX(R_INDEX, BigInt(next() % 64));
  cpu.setX(R_BASE, BigInt(BASE));
  cpu.setX(R_LOOP, 20n);
  cpu.pstate = BigInt((next() & 0xf) << 28) | 0x3c5n;
  cpu.pc = BigInt(CODE);
  return cpu;
}

function snapshot(cpu: Cpu): string {
  const regs = Array.from({ length: 31 }, (_, r) => cpu.getX(r).toString(16));
  const data = Buffer.from(cpu.readPhys(DATA, 0x20000)).toString('base64');
  return JSON.stringify({ regs, sp: cpu.sp.toString(16), pc: cpu.pc.toString(16), nzcv: cpu.nzcv, retired: cpu.retired.toString(), data });
}

describe('block translator vs interpreter', () => {
  it('random programs of translated instructions end in the same state at every budget split', async () => {
    const probe = await testMachine();
    const names = new Map<number, string>();
    const pats = translatedPatterns();
    // id -> name through the core's decoder: the name of each pattern's own value
    for (const p of allPatterns()) names.set(probe.decodeId(p.value >>> 0), p.name);
    expect(pats.length).toBeGreaterThan(80);
    let translated = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const next = rng(seed);
      const prog = randomProgram(probe, pats, next, names, 4 + (seed % 24));
      const budget = 300 + (seed * 37) % 500;
      const ref = await machineFor(prog, seed, 0);
      ref.run(budget);
      const want = snapshot(ref);
      for (const jit of [1, 3]) {
        const cpu = await machineFor(prog, seed, jit);
        // uneven pieces: blocks must stop exactly at every budget boundary
        let left = budget;
        const piece = rng(seed * 7 + jit);
        while (left > 0) {
          const k = Math.min(left, 1 + (piece() % 23));
          cpu.run(k);
          left -= k;
        }
        expect(snapshot(cpu), `seed ${seed}, threshold ${jit}, words ${prog.words.map((w) => w.toString(16)).join(' ')}`).toBe(want);
        translated += cpu.jitBlocks;
      }
    }
    expect(translated).toBeGreaterThan(24);
  });
});

describe('block translator invariants', () => {
  it('self-modifying code: a store into a translated block is seen on the next entry', async () => {
    const cpu = await testMachine({ mmu: true });
    cpu.setJitThreshold(1);
    // the loop body's `add x0, x0, #1` is rewritten to `add x0, x0, #16` by the loop itself
    load(cpu, `
      mov x1, #3
      adr x2, 2f
      ldr w3, 3f
    1:
    2: add x0, x0, #1
      str w3, [x2]
      subs x1, x1, #1
      b.ne 1b
      b .
    3: add x0, x0, #16
    `);
    cpu.run(100);
    expect(cpu.getX(0)).toBe(1n + 16n + 16n);
    expect(cpu.jitBlocks).toBeGreaterThan(1);
  });

  it('a breakpoint inside a translated block stops there', async () => {
    const cpu = await testMachine({ mmu: true });
    cpu.setJitThreshold(1);
    load(cpu, `
      mov x1, #10
    1: add x0, x0, #1
      add x2, x2, #2
      subs x1, x1, #1
      b.ne 1b
      b .
    `);
    cpu.run(20);
    expect(cpu.jitBlocks).toBeGreaterThan(0);
    cpu.addBreakpoint(BigInt(CODE + 8));
    expect(cpu.run(1000)).toBe(Exit.Breakpoint);
    expect(cpu.pc).toBe(BigInt(CODE + 8));
    expect(cpu.getX(2) * 1n).toBe(cpu.getX(0) * 2n - 2n);
  });

  it('a breakpoint on an instruction a trace reaches through a jump stops there', async () => {
    const cpu = await testMachine({ mmu: true });
    cpu.setJitThreshold(1);
    load(cpu, `
      mov x1, #10
    1: add x0, x0, #1
      b 2f
      nop; nop; nop; nop; nop; nop; nop; nop
    2: add x2, x2, #2
      subs x1, x1, #1
      b.ne 1b
      b .
    `);
    cpu.run(30);
    expect(cpu.jitBlocks).toBeGreaterThan(0);
    // the add after the jump (+44): beyond the trace's first len instructions (+4 .. +24)
    cpu.addBreakpoint(BigInt(CODE + 44));
    expect(cpu.run(1000)).toBe(Exit.Breakpoint);
    expect(cpu.pc).toBe(BigInt(CODE + 44));
  });

  it('an MMIO store inside a block exits to the host at that instruction', async () => {
    const cpu = await testMachine({ mmu: true });
    cpu.setJitThreshold(1);
    load(cpu, `
      mov x5, #${MMIO}
      mov x1, #3
    1: add x0, x0, #1
      str x0, [x5]
      subs x1, x1, #1
      b.ne 1b
      b .
    `);
    for (let i = 1; i <= 3; i++) {
      expect(cpu.run(1000)).toBe(Exit.MmioWrite);
      expect(cpu.mmio.value).toBe(BigInt(i));
      expect(cpu.pc).toBe(BigInt(CODE + 16));
    }
  });

  it('a data abort inside a translated block is precise (ELR, FAR, retired)', async () => {
    const run = async (jit: number) => {
      const cpu = await testMachine({ mmu: true });
      cpu.setJitThreshold(jit);
      cpu.setSysreg('VBAR_EL1', 0x200000n);
      load(cpu, 'b .', 0x200200);
      load(cpu, `
        mov x5, #0x40000000
        mov x1, #3
      1: add x0, x0, #1
        ldr x3, [x6]
        subs x1, x1, #1
        csel x6, x5, x6, eq
        cmp x1, #1
        csel x6, x5, x6, eq
        b 1b
      `);
      cpu.setX(6, BigInt(DATA));
      cpu.run(200);
      return [cpu.sysreg('ELR_EL1'), cpu.sysreg('FAR_EL1'), cpu.sysreg('ESR_EL1'), cpu.retired, cpu.getX(0)];
    };
    const want = await run(0);
    expect(want[1]).toBe(0x40000000n);
    expect(await run(1)).toEqual(want);
  });

  it('off (threshold 0) translates nothing', async () => {
    const cpu = await testMachine({ mmu: true });
    cpu.setJitThreshold(0);
    load(cpu, '1: add x0, x0, #1\n b 1b');
    cpu.run(1000);
    expect(cpu.getX(0)).toBe(500n);
    expect(cpu.jitBlocks).toBe(0);
  });
});

describe('translator pieces', () => {
  it('every handler the translator knows has a sample word the core decodes to it', async () => {
    const cpu = await testMachine();
    const names = ['', 'UNALLOC', ...namedPatterns(allPatterns()).map((p) => p.name)];
    expect(Object.keys(SAMPLE_WORDS).sort()).toEqual(translatedNames().sort());
    for (const [name, word] of Object.entries(SAMPLE_WORDS)) expect(names[cpu.decodeId(word)], name).toBe(name);
  });

  it('logical immediates decode as DecodeBitMasks says', () => {
    // and x0, x0, #0xff: N=1 immr=0 imms=7
    expect(logicalImmediate(1, 7, 0, 1)).toBe(0xffn);
    // orr w0, w0, #0x80000000: N=0 immr=1 imms=0
    expect(logicalImmediate(0, 0, 1, 0)).toBe(0x80000000n);
    // 0x5555555555555555: esize 2, one bit
    expect(logicalImmediate(0, 0b111100, 0, 1)).toBe(0x5555555555555555n);
    // all ones is reserved
    expect(logicalImmediate(1, 0b111111, 0, 1)).toBeNull();
    // N=1 for a W register is reserved
    expect(logicalImmediate(1, 7, 0, 0)).toBeNull();
  });

  it('a trace stops in front of an instruction it does not translate, follows jumps inside the page', () => {
    const layout = { regs: 0x1000, tlb: 0x2000, box: 0x3000 };
    const ADD = 0x91000400; // add x0, x0, #1
    const NOP = 0xd503201f;
    const BRK = 0xd4200000;
    const B2 = 0x14000002; // b .+8
    const BACK = 0x17fffffd; // b .-12
    const RET = 0xd65f03c0;
    const names: Record<number, string> = { [ADD]: 'ADD_imm', [NOP]: 'NOP', [BRK]: 'BRK', [B2]: 'B', [BACK]: 'B', [RET]: 'RET' };
    const nameOf = (w: number) => names[w >>> 0] ?? '';
    const page = (words: number[]) => [...words, ...new Array(1024 - words.length).fill(BRK)];
    expect(translateBlock(page([ADD, NOP, BRK, ADD]), 0, nameOf, layout)).toMatchObject({ len: 2, lo: 0, hi: 1 });
    // b .+8 is followed: ADD, B, (skip), ADD, RET
    expect(translateBlock(page([ADD, B2, BRK, ADD, RET]), 0, nameOf, layout)).toMatchObject({ len: 4, lo: 0, hi: 4 });
    // a jump back to the start closes a loop: ADD, ADD, ADD, b .-12
    expect(translateBlock(page([ADD, ADD, ADD, BACK]), 0, nameOf, layout)).toMatchObject({ len: 4, lo: 0, hi: 3 });
    // a trace may start anywhere: from slot 2, the back jump leaves the trace at slot -1 of it
    expect(translateBlock(page([ADD, ADD, ADD, BACK]), 2, nameOf, layout)).toMatchObject({ len: 4, lo: 0, hi: 3 });
    expect(translateBlock(page([BRK]), 0, nameOf, layout)).toBeNull();
    // the body is a wasm function that validates
    const t = translateBlock(page([ADD, B2, BRK, ADD, RET]), 0, nameOf, layout)!;
    expect(t.body.length).toBeGreaterThan(10);
  });

  it('identity MMU helper maps the data area used here', async () => {
    const cpu = await testMachine();
    enableIdentityMmu(cpu);
    expect(cpu.translate(BigInt(DATA + 0x10000)).ok).toBe(true);
  });
});
