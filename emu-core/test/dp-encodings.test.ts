// The integer data-processing encoding spaces as a whole (Arm ARM C4.1.86 op0 = 100x and
// C4.1.88 op0 = x101):
// - the core raises UNDEF exactly for the words the disassembler calls unallocated (so the
//   table's UNALLOC lines and the handlers' own checks say the same thing), and no word traps
//   the host (wasm division traps, aborts) whatever the register values;
// - the set of allocated words is the one llvm-objdump knows for ARMv8.0-A + CRC: nothing
//   missing, nothing extra.
import { describe, expect, it } from 'vitest';
import { allPatterns } from '../isa/index.ts';
import { disassemble } from '../disasm/index.ts';
import { objdumpWords } from '../disasm/llvm.ts';
import { prng, sampleWords, testSeed } from '../disasm/samples.ts';
import { dpMachine, execWord, type Regs } from './dp-run.ts';

const SECTIONS = ['dp-imm', 'dp-reg'];
const WORDS_PER_LINE = 96;
const SPACE_WORDS = 30_000;
/** Register values where arithmetic goes wrong: zero, one, all-ones, the signed limits. */
const EDGES = [0n, 1n, 0xffff_ffff_ffff_ffffn, 1n << 63n, (1n << 63n) - 1n, 0x8000_0000n, 0xffff_ffffn, 0x7fff_ffffn];

function randomRegs(rand: () => number): Regs {
  const regs: Regs = { nzcv: rand() & 15, sp: 0x10_0000n };
  for (let r = 0; r < 31; r++) {
    const pick = rand() & 3;
    regs[`x${r}`] = pick === 0 ? EDGES[rand() % EDGES.length] : (BigInt(rand()) << 32n) | BigInt(rand());
  }
  return regs;
}

/** A random word of the data-processing spaces: bits 28:25 = x101 (register) or 100x (immediate). */
function spaceWord(rand: () => number): number {
  const w = rand();
  return rand() & 1 ? ((w & ~0x0e000000) | 0x0a000000) >>> 0 : ((w & ~0x1c000000) | 0x10000000) >>> 0;
}

describe('integer data-processing encodings', () => {
  const seed = testSeed();
  const rand = prng(seed);
  const pats = allPatterns().filter((p) => SECTIONS.includes(p.section));

  it(`UNDEF in the core = unallocated in the disassembler, no host trap (seed ${seed})`, async () => {
    const cpu = await dpMachine();
    const wrong: string[] = [];
    for (const p of pats) {
      for (const w of sampleWords(p, WORDS_PER_LINE, rand)) {
        const { undef } = execWord(cpu, w, randomRegs(rand));
        const unallocated = disassemble(w).pattern === undefined;
        if (undef !== unallocated && wrong.length < 30) {
          wrong.push(`${p.name} 0x${w.toString(16)} '${disassemble(w).text}': core ${undef ? 'UNDEF' : 'executes'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('allocates exactly the words llvm-objdump decodes in these spaces', () => {
    const words = Array.from({ length: SPACE_WORDS }, () => spaceWord(rand));
    const llvm = objdumpWords(words);
    const wrong: string[] = [];
    words.forEach((w, k) => {
      const ours = disassemble(w);
      const llvmKnows = llvm[k] !== '<unknown>';
      if ((ours.pattern !== undefined) !== llvmKnows && wrong.length < 30) {
        wrong.push(`0x${w.toString(16)}: we say '${ours.text}', llvm-objdump '${llvm[k]}'`);
      }
    });
    expect(wrong).toEqual([]);
  });
});
