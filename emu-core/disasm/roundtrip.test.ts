// Round trip of the disassembler through LLVM, over every line of every section of the decode
// table (so it grows with the table): random words of each line are disassembled, the text
// (the preferred alias and the canonical form) is reassembled with llvm-mc, and must give back
// the same word. Words we call unallocated must be `<unknown>` to llvm-objdump as well.
//
// Rules of comparison:
// - Bits a line ignores (`-` in the table) are not printed, so only fixed and field bits are
//   compared; the reassembled word must also decode to the same line.
// - Branch/ADR/ADRP targets print as absolute addresses; llvm-mc's immediate form takes the
//   PC-relative offset (page offset for ADRP), so the test rewrites the address into `#offset`.
//
// On failure the message lists, per table line, the words, our text and what LLVM said.
// Reproduce with another sample: UKPLAY_SEED=123 npx vitest run emu-core/disasm/roundtrip.test.ts
import { describe, expect, it } from 'vitest';
import { allPatterns } from '../isa/index.ts';
import { UNALLOC, type Pattern } from '../isa/table.ts';
import { decodePattern, disassemble } from './index.ts';
import { assembleLines, objdumpWords } from './llvm.ts';
import { prng, sampleWords, testSeed } from './samples.ts';

const SAMPLES_PER_LINE = 48;
const MAX_DRAWS_PER_LINE = 4000;
const PC = 0x40_1000n;
/** Operand tokens whose text is an absolute address (see rewriteAddress). */
const ADDRESS_TOKENS = /\{(label14|label19|label26|adr|adrp):/;

function hex(w: number): string {
  return '0x' + (w >>> 0).toString(16).padStart(8, '0');
}

/** Replace the printed target address by the offset llvm-mc's immediate form expects. */
function rewriteAddress(text: string, p: Pattern): string {
  if (!ADDRESS_TOKENS.test(p.format)) return text;
  return text.replace(/(?<![#\w])0x([0-9a-f]+)/, (_, h: string) => {
    const addr = BigInt('0x' + h);
    const base = /\{adrp:/.test(p.format) ? PC & ~0xfffn : PC;
    return `#${BigInt.asIntN(64, addr - base)}`;
  });
}

/** Bits that the text of pattern p determines: fixed bits and fields. */
function printedBits(p: Pattern): number {
  let m = p.mask;
  for (const f of p.fields) m |= f.width === 32 ? -1 : ((1 << f.width) - 1) << f.lo;
  return m >>> 0;
}

/**
 * Lines with encodings that are valid but not canonical: llvm-mc writes the same instruction
 * with another word. For words of these lines that do not come back, the test checks instead
 * that the other word disassembles to the same text and that llvm-objdump reads the original
 * word as the same instruction (numbers compared by value).
 */
const NON_CANONICAL: { lines: RegExp; why: string }[] = [
  {
    lines: /^(AND|ORR|EOR|ANDS)_imm$/,
    why: 'logical immediates ignore the bits of immr above the element size (DecodeBitMasks uses immr AND levels); llvm-mc writes them as zero',
  },
  {
    lines: /^DUP_gen$/,
    why: 'DUP (general) takes only the element size from imm5 and ignores the index bits above it; llvm-mc writes them as zero',
  },
  {
    lines: /^INS_elem$/,
    why: 'INS (element) ignores the bits of imm4 below the element size; llvm-mc writes them as zero',
  },
];

/**
 * llvm-mc refuses to assemble words the Arm ARM makes CONSTRAINED UNPREDICTABLE (loads and
 * stores whose writeback base is also a transfer register, LDP with Rt == Rt2, a
 * store-exclusive whose status register is also a source). They are valid encodings that the
 * core executes (as QEMU does), so for them llvm-objdump must read the word as we print it.
 */
const LLVM_REFUSES_UNPREDICTABLE = /^unpredictable /;

/** Known cases where llvm-objdump decodes a word that ARMv8.0 leaves unallocated. */
const LLVM_DECODES_UNALLOCATED: { lines: RegExp; llvm: RegExp; why: string }[] = [
  {
    lines: /^MSR_imm$/,
    llvm: /^msr S0_\d_C4_C\d+_\d, xzr$/,
    why: 'MSR (immediate) with a PSTATE field ARMv8.0 does not define is UNDEFINED; llvm-objdump prints it as a generic MSR to an op0=0 register, which the architecture does not have',
  },
];

/** Text with whitespace collapsed, symbols dropped and numbers as `bits`-bit unsigned decimals. */
function normalize(text: string, bits: number): string {
  return text
    .toLowerCase()
    .replace(/\s*<[^>]*>/g, '')
    .replace(/(-?)(0x[0-9a-f]+|\d+)\b/g, (_, sign: string, n: string) => BigInt.asUintN(bits, sign ? -BigInt(n) : BigInt(n)).toString())
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same instruction text, numbers compared by value (as 32-bit values when the destination is a W register). */
function sameMeaning(a: string, b: string): boolean {
  if (normalize(a, 64) === normalize(b, 64)) return true;
  return /^\S+ w/.test(a) && normalize(a, 32) === normalize(b, 32);
}

interface Line {
  from: Pattern; // the table line the word was sampled from
  word: number;
  winner: Pattern;
  text: string;
  kind: 'alias' | 'canonical';
}

describe('disassembler round trip through llvm-mc', () => {
  const seed = testSeed();
  const rand = prng(seed);
  const lines: Line[] = [];
  const undefinedWords: { from: Pattern; word: number }[] = [];
  for (const p of allPatterns()) {
    // Lines whose fields are mostly reserved values (MSR_imm...) get more draws, so that
    // every line is tested with SAMPLES_PER_LINE words of its own when it has that many.
    let valid = 0;
    let undef = 0;
    for (const word of sampleWords(p, MAX_DRAWS_PER_LINE, rand)) {
      if (valid >= SAMPLES_PER_LINE) break;
      const canonical = disassemble(word, PC, undefined, { aliases: false });
      const winner = canonical.pattern;
      if (!winner) {
        if (undef++ < SAMPLES_PER_LINE) undefinedWords.push({ from: p, word });
        continue;
      }
      if (winner === p) valid++;
      lines.push({ from: p, word, winner, text: canonical.text, kind: 'canonical' });
      const preferred = disassemble(word, PC).text;
      if (preferred !== canonical.text) lines.push({ from: p, word, winner, text: preferred, kind: 'alias' });
    }
  }

  const sections = new Set(lines.map((l) => l.winner.section));
  const summary =
    `${new Set(lines.map((l) => l.winner)).size} lines of ${sections.size} sections, ` +
    `${lines.filter((l) => l.kind === 'canonical').length} words (+${lines.filter((l) => l.kind === 'alias').length} alias texts), ` +
    `${undefinedWords.length} unallocated words, seed ${seed}`;

  it(`reassembles to the same word: ${summary}`, () => {
    const asm = assembleLines(lines.map((l) => rewriteAddress(l.text, l.winner)));
    const failures = new Map<string, string[]>();
    const fail = (l: Line, why: string) => {
      const key = `${l.from.section}:${l.from.line} ${l.from.name}`;
      const list = failures.get(key) ?? [];
      if (list.length < 4) list.push(`${hex(l.word)} '${l.text}' (${l.kind}): ${why}`);
      failures.set(key, list);
    };
    const nonCanonical: { l: Line; got: number }[] = [];
    const unpredictable: Line[] = [];
    lines.forEach((l, k) => {
      // `.inst` would reassemble to the word whatever follows it: a broken format must not pass.
      if (l.text.startsWith('.inst')) return fail(l, 'no disassembly');
      const got = asm.words[k];
      if (got === undefined) {
        if (LLVM_REFUSES_UNPREDICTABLE.test(asm.errors.get(k) ?? '')) return unpredictable.push(l);
        return fail(l, `llvm-mc: ${asm.errors.get(k)}`);
      }
      const care = printedBits(l.winner);
      if (((got ^ l.word) & care) !== 0) {
        if (NON_CANONICAL.some((n) => n.lines.test(l.winner.name))) return nonCanonical.push({ l, got });
        return fail(l, `reassembled to ${hex(got)}`);
      }
      const back = decodePattern(got);
      if (back !== l.winner) return fail(l, `reassembled word decodes as ${back?.name ?? 'unallocated'}`);
    });
    // Non-canonical encodings: same text for the other word, and LLVM agrees on the meaning.
    const llvmText = objdumpWords(nonCanonical.map((n) => n.l.word));
    nonCanonical.forEach(({ l, got }, k) => {
      const again = disassemble(got, PC, undefined, { aliases: l.kind === 'alias' }).text;
      if (again !== l.text) return fail(l, `reassembled to ${hex(got)}, which disassembles as '${again}'`);
      const preferred = disassemble(l.word, PC).text;
      if (!sameMeaning(llvmText[k], preferred)) return fail(l, `llvm-objdump reads it as '${llvmText[k]}', we print '${preferred}'`);
    });
    // CONSTRAINED UNPREDICTABLE words llvm-mc refuses: LLVM must still read them as we do.
    const unpredictableText = objdumpWords(unpredictable.map((l) => l.word));
    unpredictable.forEach((l, k) => {
      const preferred = disassemble(l.word, PC).text;
      if (!sameMeaning(unpredictableText[k], preferred)) fail(l, `llvm-objdump reads it as '${unpredictableText[k]}', we print '${preferred}'`);
    });
    const report = [...failures].map(([k, v]) => `${k}\n    ${v.join('\n    ')}`).join('\n');
    expect(report, `${failures.size} table lines fail the round trip`).toBe('');
    const covered = new Set(lines.map((l) => l.winner.name));
    const named = allPatterns().filter((p) => p.name !== UNALLOC);
    expect(named.filter((p) => !covered.has(p.name)).map((p) => p.name)).toEqual([]);
  });

  it('calls a word unallocated only when llvm-objdump cannot decode it either', () => {
    const texts = objdumpWords(undefinedWords.map((u) => u.word));
    const wrong = undefinedWords
      .map((u, k) => ({ ...u, llvm: texts[k] }))
      .filter((u) => u.llvm !== '<unknown>')
      .filter((u) => !LLVM_DECODES_UNALLOCATED.some((k) => k.lines.test(u.from.name) && k.llvm.test(u.llvm)))
      .map((u) => `${u.from.section}:${u.from.line} ${u.from.name} ${hex(u.word)}: llvm-objdump says '${u.llvm}'`);
    expect(wrong.slice(0, 40).join('\n')).toBe('');
  });
});
