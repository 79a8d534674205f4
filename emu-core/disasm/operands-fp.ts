// Operand formatters of the floating-point sections (isa/fp.ts, isa/simd-fp.ts).
// See disasm/operands.ts for the contract. The fixed-size scalar registers {h:R} {s:R} {d:R}
// come from operands-ldst.ts.

import type { OperandTable } from './operands.ts';

/**
 * The value of FMOV's 8-bit immediate (VFPExpandImm): +-(16 + imm8<3:0>)/16 * 2^e, where the
 * exponent field NOT(b6):Replicate(b6):b5:b4 makes e = b5:b4 + 1 (b6 = 0) or b5:b4 - 3 (b6 = 1).
 */
export function fpImmValue(imm8: number): number {
  const sign = imm8 & 0x80 ? -1 : 1;
  const b54 = (imm8 >> 4) & 3;
  const e = imm8 & 0x40 ? b54 - 3 : b54 + 1;
  return sign * ((16 + (imm8 & 15)) / 16) * 2 ** e;
}

const ops: OperandTable = {
  /** Scalar FP register by type/size bit: s (0) or d (1). */
  fpr: { arity: 2, fmt: ([t, r]) => `${t ? 'd' : 's'}${r}` },
  /** Vector of FP lanes: .2s, .4s or .2d (Q = 0 with double lanes is reserved). */
  vt: { arity: 3, fmt: ([q, sz, r]) => (sz ? (q ? `v${r}.2d` : null) : `v${r}.${q ? 4 : 2}s`) },
  vs: { arity: 2, fmt: ([q, r]) => `v${r}.${q ? 4 : 2}s` },
  v2d: { arity: 1, fmt: ([r]) => `v${r}.2d` },
  /** The two-lane source of a scalar pairwise operation. */
  vpair: { arity: 2, fmt: ([sz, r]) => `v${r}.${sz ? '2d' : '2s'}` },
  /** The narrow side of FCVTN/FCVTL: half lanes (sz = 0) or single lanes, 64 or 128 bits by Q. */
  vnarrow: { arity: 3, fmt: ([q, sz, r]) => `v${r}.${sz ? (q ? '4s' : '2s') : q ? '8h' : '4h'}` },
  /** The wide side of FCVTN/FCVTL: single (sz = 0) or double lanes, always 128 bits. */
  vwide: { arity: 2, fmt: ([sz, r]) => `v${r}.${sz ? '2d' : '4s'}` },
  /** "2" for the upper-half forms (FCVTN2, FCVTL2, FCVTXN2). */
  two: { arity: 1, fmt: ([q]) => (q ? '2' : '') },
  /** Indexed element: v<M:Rm>.s[H:L], or v<M:Rm>.d[H] (L = 1 is reserved for doubles). */
  elem: {
    arity: 5,
    fmt: ([sz, l, h, m, rm]) => (sz ? (l ? null : `v${m * 16 + rm}.d[${h}]`) : `v${m * 16 + rm}.s[${h * 2 + l}]`),
  },
  fimm: { arity: 1, fmt: ([imm8]) => `#${fpImmValue(imm8).toFixed(8)}` },
  /** Fraction bits of the scalar fixed-point conversions: 64 - scale. */
  fbits: { arity: 1, fmt: ([scale]) => `#${64 - scale}` },
  /** Fraction bits of the AdvSIMD fixed-point conversions, from immh<1:0>:immb / immh<2:0>:immb. */
  fbits32: { arity: 1, fmt: ([v]) => `#${32 - v}` },
  fbits64: { arity: 1, fmt: ([v]) => `#${64 - v}` },
};

export default ops satisfies OperandTable;
