// Disassembly of AdvSIMD, structure load/store and crypto lines: representative texts, the
// preferred aliases, and reserved size/Q combinations printing as undefined (the whole-table
// round trip through llvm-mc is emu-core/disasm/roundtrip.test.ts).
import { describe, expect, it } from 'vitest';
import { disassemble } from '../disasm/index.ts';
import { assemble } from './asm.ts';

const text = (src: string, aliases = true) => disassemble(assemble(src)[0], 0n, undefined, { aliases }).text;

// [source, expected text]
const TEXTS: [string, string][] = [
  ['add v0.16b, v1.16b, v2.16b', 'add v0.16b, v1.16b, v2.16b'],
  ['sqdmlal2 v0.4s, v1.8h, v2.8h', 'sqdmlal2 v0.4s, v1.8h, v2.8h'],
  ['umlal v0.2d, v1.2s, v31.s[3]', 'umlal v0.2d, v1.2s, v31.s[3]'],
  ['mla v0.8h, v1.8h, v15.h[7]', 'mla v0.8h, v1.8h, v15.h[7]'],
  ['sqrshrun2 v0.16b, v1.8h, #3', 'sqrshrun2 v0.16b, v1.8h, #3'],
  ['sshr d0, d1, #64', 'sshr d0, d1, #64'],
  ['uqshl b0, b1, #7', 'uqshl b0, b1, #7'],
  ['movi v0.4s, #0xab, lsl #16', 'movi v0.4s, #0xab, lsl #16'],
  ['mvni v1.4s, #0x12, msl #16', 'mvni v1.4s, #0x12, msl #16'],
  ['movi d7, #0xffff00000000ffff', 'movi d7, #0xffff00000000ffff'],
  ['fmov v0.2d, #-1.5', 'fmov v0.2d, #-1.50000000'],
  ['tbl v1.16b, {v31.16b, v0.16b}, v5.16b', 'tbl v1.16b, { v31.16b, v0.16b }, v5.16b'],
  ['ld4 {v30.4s, v31.4s, v0.4s, v1.4s}, [sp], #64', 'ld4 { v30.4s, v31.4s, v0.4s, v1.4s }, [sp], #64'],
  ['st3 {v1.h, v2.h, v3.h}[6], [x1], x9', 'st3 { v1.h, v2.h, v3.h }[6], [x1], x9'],
  ['ld2r {v1.1d, v2.1d}, [x3], #16', 'ld2r { v1.1d, v2.1d }, [x3], #16'],
  ['smov x5, v1.b[8]', 'smov x5, v1.b[8]'],
  ['sha256h q0, q1, v4.4s', 'sha256h q0, q1, v4.4s'],
  ['pmull2 v4.1q, v1.2d, v2.2d', 'pmull2 v4.1q, v1.2d, v2.2d'],
  // preferred aliases
  ['orr v0.16b, v3.16b, v3.16b', 'mov v0.16b, v3.16b'],
  ['umov w0, v1.s[1]', 'mov w0, v1.s[1]'],
  ['umov x0, v1.d[1]', 'mov x0, v1.d[1]'],
  ['umov w0, v1.h[1]', 'umov w0, v1.h[1]'],
  ['ushll2 v0.4s, v1.8h, #0', 'uxtl2 v0.4s, v1.8h'],
  ['sshll v0.2d, v1.2s, #1', 'sshll v0.2d, v1.2s, #1'],
];

describe('AdvSIMD disassembly', () => {
  for (const [src, want] of TEXTS) it(src, () => expect(text(src)).toBe(want));

  it('canonical forms of the aliases', () => {
    expect(text('umov w0, v1.s[1]', false)).toBe('umov w0, v1.s[1]');
    expect(text('uxtl v0.8h, v1.8b', false)).toBe('ushll v0.8h, v1.8b, #0');
  });

  it('reserved size/Q combinations print as undefined', () => {
    for (const w of [0x0ee28420 /* add .1d */, 0x4ee20420 /* shadd .2d */, 0x0eb1b820 /* addv 2s */, 0x0f408420 /* shrn immh=1xxx */]) {
      expect(disassemble(w, 0n).text).toMatch(/^\.inst 0x[0-9a-f]{8} \(undefined\)$/);
    }
  });
});
