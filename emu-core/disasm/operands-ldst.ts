// Operand formatters of the loads and stores section (isa/ldst.ts), and the register names
// every section with SIMD&FP or SP-based operands can use ({xsp}, {b} {h} {s} {d} {q}): reuse
// them rather than defining look-alikes. See disasm/operands.ts for the contract.
// Memory offsets print in decimal, as llvm-objdump does.

import { sext, type OperandTable } from './operands.ts';
import { wreg, xreg } from './operands-int.ts';

function xsp(r: number): string {
  return r === 31 ? 'sp' : `x${r}`;
}

/** ", #v", or nothing for a zero offset (the offset forms print `[xN]`). */
function offset(v: number): string {
  return v === 0 ? '' : `, #${v}`;
}

/** An unsigned imm12 scaled by the access size. */
const uoff = (size: number) => ({ arity: 1, fmt: ([v]: readonly number[]) => offset(v * size) });
/** A signed imm7 scaled by the register size (pairs), with or without the leading ", ". */
const soffPair = (size: number) => ({ arity: 1, fmt: ([v]: readonly number[]) => offset(sext(v, 7) * size) });
const simmPair = (size: number) => ({ arity: 1, fmt: ([v]: readonly number[]) => `#${sext(v, 7) * size}` });

/**
 * The extend of a register offset for an access of `size` bytes: option 010 UXTW, 011 LSL,
 * 110 SXTW, 111 SXTX; S = 1 shifts by log2(size), printed even when that is 0 (bytes).
 * option<1> = 0 is reserved.
 */
const EXTENDS: Record<number, string> = { 2: 'uxtw', 3: 'lsl', 6: 'sxtw', 7: 'sxtx' };
const ext = (size: number) => ({
  arity: 2,
  fmt: ([option, s]: readonly number[]) => {
    const name = EXTENDS[option];
    if (!name) return null;
    const amount = s ? ` #${Math.log2(size)}` : '';
    if (name === 'lsl') return s ? `, lsl${amount}` : '';
    return `, ${name}${amount}`;
  },
});

/** PRFM operations: type (PLD, PLI, PST), target cache level, policy; others print as #imm5. */
function prfop(rt: number): string {
  const type = ['pld', 'pli', 'pst'][rt >> 3];
  const target = (rt >> 1) & 3;
  if (!type || target === 3) return `#${rt}`;
  return `${type}l${target + 1}${rt & 1 ? 'strm' : 'keep'}`;
}

/** A CASP register pair: R must be even (odd is UNDEFINED); R = 30 pairs with the zero register. */
const pair = (reg: (r: number) => string) => ({
  arity: 1,
  fmt: ([r]: readonly number[]) => (r & 1 ? null : `${reg(r)}, ${reg(r + 1)}`),
});

const ops: OperandTable = {
  // Registers.
  xsp: { arity: 1, fmt: ([r]) => xsp(r) },
  b: { arity: 1, fmt: ([r]) => `b${r}` },
  h: { arity: 1, fmt: ([r]) => `h${r}` },
  s: { arity: 1, fmt: ([r]) => `s${r}` },
  d: { arity: 1, fmt: ([r]) => `d${r}` },
  q: { arity: 1, fmt: ([r]) => `q${r}` },
  wp: pair(wreg),
  xp: pair(xreg),
  /** Offset register: W for the 32-bit extends (option<0> = 0), else X. */
  rm: { arity: 2, fmt: ([option, r]) => (option & 1 ? xreg(r) : wreg(r)) },

  // Offsets.
  uoff1: uoff(1),
  uoff2: uoff(2),
  uoff4: uoff(4),
  uoff8: uoff(8),
  uoff16: uoff(16),
  soff: { arity: 1, fmt: ([v]) => offset(sext(v, 9)) },
  simm: { arity: 1, fmt: ([v]) => `#${sext(v, 9)}` },
  soff4: soffPair(4),
  soff8: soffPair(8),
  soff16: soffPair(16),
  simm4: simmPair(4),
  simm8: simmPair(8),
  simm16: simmPair(16),
  ext1: ext(1),
  ext2: ext(2),
  ext4: ext(4),
  ext8: ext(8),
  ext16: ext(16),

  // Mnemonic parts and prefetch operations.
  acq: { arity: 1, fmt: ([v]) => (v ? 'a' : '') },
  rel: { arity: 1, fmt: ([v]) => (v ? 'l' : '') },
  prfop: { arity: 1, fmt: ([rt]) => prfop(rt) },
};

export default ops;
