// Unit tests of the disassembler: the exact text of representative instructions (aliases
// and canonical forms), addresses and symbols, reserved encodings, and the format compiler's
// errors. The round trip over the whole table is in roundtrip.test.ts.
import { describe, expect, it } from 'vitest';
import { parseSection } from '../isa/table.ts';
import { assemble } from '../test/asm.ts';
import { checkFormats, disassemble, type Symbolizer } from './index.ts';
import { compileFormat } from './format.ts';
import { OPERANDS } from './registry.ts';

// [source, preferred text, canonical text (when it differs)]
const TEXTS: [string, string, string?][] = [
  ['add x0, x1, #16', 'add x0, x1, #0x10'],
  ['add x0, x1, #3, lsl #12', 'add x0, x1, #3, lsl #12'],
  ['mov x0, sp', 'mov x0, sp', 'add x0, sp, #0'],
  ['cmp w3, #9', 'cmp w3, #9', 'subs wzr, w3, #9'],
  ['mov x0, #0x10000', 'mov x0, #0x10000', 'movz x0, #1, lsl #16'],
  ['mov w0, #-2', 'mov w0, #-2', 'movn w0, #1'],
  ['movn w0, #0xffff', 'movn w0, #0xffff'],
  ['mov x5, #0x5555555555555555', 'mov x5, #0x5555555555555555', 'orr x5, xzr, #0x5555555555555555'],
  ['lsl x0, x1, #4', 'lsl x0, x1, #4', 'ubfm x0, x1, #60, #59'],
  ['lsr w0, w1, #31', 'lsr w0, w1, #31', 'ubfm w0, w1, #31, #31'],
  ['asr x0, x1, #1', 'asr x0, x1, #1', 'sbfm x0, x1, #1, #63'],
  ['sxtw x0, w1', 'sxtw x0, w1', 'sbfm x0, x1, #0, #31'],
  ['uxtb w0, w1', 'uxtb w0, w1', 'ubfm w0, w1, #0, #7'],
  ['ubfx x0, x1, #4, #8', 'ubfx x0, x1, #4, #8', 'ubfm x0, x1, #4, #11'],
  ['sbfiz w0, w1, #3, #5', 'sbfiz w0, w1, #3, #5', 'sbfm w0, w1, #29, #4'],
  ['bfi x0, x1, #8, #16', 'bfi x0, x1, #8, #16', 'bfm x0, x1, #56, #15'],
  ['bfxil x0, x1, #8, #16', 'bfxil x0, x1, #8, #16', 'bfm x0, x1, #8, #23'],
  ['ror x0, x1, #7', 'ror x0, x1, #7', 'extr x0, x1, x1, #7'],
  ['mov x0, x1', 'mov x0, x1', 'orr x0, xzr, x1'],
  ['mvn w0, w1, lsl #3', 'mvn w0, w1, lsl #3', 'orn w0, wzr, w1, lsl #3'],
  ['tst x1, x2, ror #9', 'tst x1, x2, ror #9', 'ands xzr, x1, x2, ror #9'],
  ['add x0, x1, x2, asr #63', 'add x0, x1, x2, asr #63'],
  ['neg w0, w2', 'neg w0, w2', 'sub w0, wzr, w2'],
  ['cmp x1, x2', 'cmp x1, x2', 'subs xzr, x1, x2'],
  ['add x0, sp, w2, uxtw #2', 'add x0, sp, w2, uxtw #2'],
  ['add sp, x1, x2', 'add sp, x1, x2'],
  ['add x0, sp, x2, lsl #3', 'add x0, sp, x2, lsl #3'],
  ['add w0, w1, w2, uxtw', 'add w0, w1, w2, uxtw'],
  ['add w0, wsp, w2', 'add w0, wsp, w2'],
  ['adds x0, x1, w2, sxth #1', 'adds x0, x1, w2, sxth #1'],
  ['cmp sp, x3', 'cmp sp, x3', 'subs xzr, sp, x3'],
  ['cmn x0, w1, uxtb', 'cmn x0, w1, uxtb', 'adds xzr, x0, w1, uxtb'],
  ['ngc x0, x1', 'ngc x0, x1', 'sbc x0, xzr, x1'],
  ['ccmp x1, #31, #15, hs', 'ccmp x1, #31, #15, hs'],
  ['ccmn w1, w2, #0, nv', 'ccmn w1, w2, #0, nv'],
  ['cset w0, eq', 'cset w0, eq', 'csinc w0, wzr, wzr, ne'],
  ['csetm x0, lt', 'csetm x0, lt', 'csinv x0, xzr, xzr, ge'],
  ['cinc x0, x1, hi', 'cinc x0, x1, hi', 'csinc x0, x1, x1, ls'],
  ['cneg w0, w1, mi', 'cneg w0, w1, mi', 'csneg w0, w1, w1, pl'],
  ['csel x0, x1, x2, al', 'csel x0, x1, x2, al'],
  ['rev32 x0, x1', 'rev32 x0, x1'],
  ['rev w0, w1', 'rev w0, w1'],
  ['cls x0, x30', 'cls x0, x30'],
  ['udiv w0, w1, w2', 'udiv w0, w1, w2'],
  ['lsl x0, x1, x2', 'lsl x0, x1, x2', 'lslv x0, x1, x2'],
  ['crc32cx w0, w1, x2', 'crc32cx w0, w1, x2'],
  ['mul x0, x1, x2', 'mul x0, x1, x2', 'madd x0, x1, x2, xzr'],
  ['smull x0, w1, w2', 'smull x0, w1, w2', 'smaddl x0, w1, w2, xzr'],
  ['umsubl x0, w1, w2, x3', 'umsubl x0, w1, w2, x3'],
  ['umulh x0, x1, x2', 'umulh x0, x1, x2'],
  ['ret', 'ret', 'ret x30'],
  ['ret x1', 'ret x1'],
  ['isb', 'isb'],
  ['dsb ish', 'dsb ish'],
  ['hint #34', 'hint #34'],
  ['msr daifset, #2', 'msr daifset, #2'],
  ['mrs x0, sctlr_el1', 'mrs x0, sctlr_el1'],
  ['msr s3_0_c15_c2_0, x3', 'msr s3_0_c15_c2_0, x3'],
  ['dc zva, x0', 'dc zva, x0'],
  ['tlbi vmalle1', 'tlbi vmalle1'],
  ['ic ivau, x2', 'ic ivau, x2'],
  ['sys #0, c8, c7, #0, x1', 'sys #0, c8, c7, #0, x1'],
  ['tbz w3, #5, #-8', 'tbz w3, #5, 0x400ff8'],
  ['tbnz x3, #40, #8', 'tbnz x3, #40, 0x401008'],
  ['ldr x0, [sp, #8]', 'ldr x0, [sp, #8]'],
  ['ldrb w1, [x2]', 'ldrb w1, [x2]'],
  ['ldrsw x1, [x2], #-256', 'ldrsw x1, [x2], #-256'],
  ['str q3, [sp, #-16]!', 'str q3, [sp, #-16]!'],
  ['ldursh w1, [x2, #-1]', 'ldursh w1, [x2, #-1]'],
  ['sttrh w1, [x2, #255]', 'sttrh w1, [x2, #255]'],
  ['ldrsh x1, [x2, w3, sxtw #1]', 'ldrsh x1, [x2, w3, sxtw #1]'],
  ['ldr d1, [x2, x3]', 'ldr d1, [x2, x3]'],
  ['strb w1, [x2, x3, lsl #0]', 'strb w1, [x2, x3, lsl #0]'],
  ['ldr q1, [x2, w3, uxtw #4]', 'ldr q1, [x2, w3, uxtw #4]'],
  ['ldr x1, #16', 'ldr x1, 0x401010'],
  ['ldr q1, #-4', 'ldr q1, 0x400ffc'],
  ['prfm pstl2strm, [x2, #8]', 'prfm pstl2strm, [x2, #8]'],
  ['prfm #31, [x2]', 'prfm #31, [x2]'],
  ['ldp x29, x30, [sp], #16', 'ldp x29, x30, [sp], #16'],
  ['stp q0, q1, [x0, #-1024]', 'stp q0, q1, [x0, #-1024]'],
  ['ldpsw x0, x1, [x2, #252]!', 'ldpsw x0, x1, [x2, #252]!'],
  ['ldnp s0, s1, [x2]', 'ldnp s0, s1, [x2]'],
  ['ldaxr x0, [x1]', 'ldaxr x0, [x1]'],
  ['stlxrb w2, w3, [x4]', 'stlxrb w2, w3, [x4]'],
  ['ldxp w0, w1, [sp]', 'ldxp w0, w1, [sp]'],
  ['stlrh w0, [x1]', 'stlrh w0, [x1]'],
  ['casal x0, x1, [sp]', 'casal x0, x1, [sp]'],
  ['caspa w2, w3, w4, w5, [x6]', 'caspa w2, w3, w4, w5, [x6]'],
  ['stadd w1, [x2]', 'stadd w1, [x2]', 'ldadd w1, wzr, [x2]'],
  ['stsmaxlh w1, [x2]', 'stsmaxlh w1, [x2]', 'ldsmaxlh w1, wzr, [x2]'],
  ['ldclrab w1, wzr, [x2]', 'ldclrab w1, wzr, [x2]'],
  ['swpal x0, x1, [x2]', 'swpal x0, x1, [x2]'],
];

describe('disassemble', () => {
  const words = assemble(TEXTS.map((t) => t[0]).join('\n'));
  it.each(TEXTS.map(([src, preferred, canonical], k) => [src, preferred, canonical ?? preferred, k] as const))(
    '%s',
    (_src, preferred, canonical, k) => {
      expect(disassemble(words[k], 0x40_1000n).text).toBe(preferred);
      expect(disassemble(words[k], 0x40_1000n, undefined, { aliases: false }).text).toBe(canonical);
    },
  );

  it('prints branch and ADR/ADRP targets as absolute addresses, with symbols when known', () => {
    const [b, bl, bcond, cbz, adr, adrp] = assemble(
      ['b #-0x40', 'bl #0x7fffffc', 'b.ne #4', 'cbz x0, #-1048576', 'adr x1, #-1', 'adrp x2, #-0x100000000'].join('\n'),
    );
    const syms: Symbolizer = (a) => (a >= 0xffff_0000_0000_0000n ? { name: 'kernel', offset: a - 0xffff_0000_0000_0000n } : undefined);
    const pc = 0xffff_0000_0000_1000n;
    expect(disassemble(b, pc, syms).text).toBe('b 0xffff000000000fc0 <kernel+0xfc0>');
    expect(disassemble(bl, pc).text).toBe('bl 0xffff000008000ffc');
    expect(disassemble(bcond, pc, syms).text).toBe('b.ne 0xffff000000001004 <kernel+0x1004>');
    expect(disassemble(cbz, pc, syms).text).toBe('cbz x0, 0xfffefffffff01000');
    expect(disassemble(adr, pc + 0x234n, syms).text).toBe('adr x1, 0xffff000000001233 <kernel+0x1233>');
    expect(disassemble(adrp, pc + 0x234n, syms).text).toBe('adrp x2, 0xfffeffff00001000');
    expect(disassemble(b, 0x20n, () => ({ name: 'wrap', offset: 0n })).text).toBe('b 0xffffffffffffffe0 <wrap>');
  });

  it('prints unallocated and reserved words as .inst', () => {
    expect(disassemble(0).text).toBe('.inst 0x00000000 (undefined)');
    expect(disassemble(0xffffffff).text).toBe('.inst 0xffffffff (undefined)');
    // AND (immediate) with N=0, imms=111111: not an immediate (UNDEF in the core)
    const reserved = 0x92000000 | (0x3f << 10);
    expect(disassemble(reserved)).toEqual({ text: '.inst 0x9200fc00 (undefined)', pattern: undefined });
    // MSR (immediate) to a PSTATE field ARMv8.0 does not have
    expect(disassemble(0xd500401f).text).toBe('.inst 0xd500401f (undefined)');
    expect(disassemble(0x8b020020).pattern?.name).toBe('ADD_sr');
    // CASP with an odd register pair (UNDEF in the core); a register offset with option 000
    expect(disassemble(0x48257c46).text).toBe('.inst 0x48257c46 (undefined)');
    expect(disassemble(0xf8630841).text).toBe('.inst 0xf8630841 (undefined)');
  });

  it('has a formatter, the right arity and the needed fields for every token of the table', () => {
    expect(checkFormats()).toEqual([]);
  });
});

describe('compileFormat', () => {
  const [p] = parseSection('t', 'FOO 1 sf:1 000000000000000 Rm:5 imm:5 Rd:5 | foo {r:Rd}, {imm:imm}');
  const [noSf] = parseSection('t', 'BAR 11 000000000000000 Rm:5 imm:5 Rd:5 | bar');
  const compile = (fmt: string, pat = p) => () => compileFormat(fmt, pat, OPERANDS);

  it('splits literal text and tokens bound to fields', () => {
    const parts = compileFormat('foo {r:Rd}, #{dec:Rm,imm}!', p, OPERANDS);
    expect(parts.map((x) => (typeof x === 'string' ? x : `${x.name}(${x.fields.map((f) => f.name)})`))).toEqual([
      'foo ', 'r(Rd)', ', #', 'dec(Rm,imm)', '!',
    ]);
  });

  it.each([
    ['an unknown formatter', 'foo {nope:Rd}', /unknown operand formatter '\{nope:...\}'/],
    ['an unknown field', 'foo {x:Rt}', /names field 'Rt', which FOO does not have/],
    ['too many fields', 'foo {x:Rd,Rm}', /takes 1 field\(s\), got 2/],
    ['too few fields', 'foo {bitnum:Rd}', /takes 2 field\(s\), got 1/],
    ['an unclosed brace', 'foo {x:Rd', /malformed token/],
    ['a stray brace', 'foo x:Rd}', /malformed token/],
    ['an empty token', 'foo {}', /malformed token/],
    ['an empty format', '  ', /FOO has no disassembly format/],
  ])('rejects %s', (_, fmt, msg) => {
    expect(compile(fmt)).toThrow(msg);
    expect(compile(fmt)).toThrow(/^t:1: /);
  });

  it('rejects a formatter whose needed field the line lacks', () => {
    expect(compile('bar {r:Rd}', noSf)).toThrow(/'\{r:...\}' needs field 'sf', which BAR does not have/);
  });
});
