// Operand formatters of the disassembler: the `{name:fieldA,fieldB}` tokens of the decode
// table's format strings.
//
// A token names a formatter and lists instruction fields (by their names in the table line).
// The formatter gets those fields' values in order (and their widths), plus a context that
// can read any other field of the line (e.g. `sf` for the register width), the pc and the
// optional symbolizer. It returns the operand text, or `null` when the field values are a
// reserved encoding: the whole instruction then prints as `.inst 0x........ (undefined)`,
// which keeps the disassembly in step with handlers that raise UNDEF for values the table
// cannot express.
//
// Adding formatters for a section (FP/SIMD engineers):
//   1. create emu-core/disasm/operands-<section>.ts exporting
//        `export default { name: { arity: 1, needs: ['size'], fmt: (v, ctx) => ... }, ... }
//         satisfies OperandTable;`
//   2. add it to OPERAND_TABLES in disasm/registry.ts (duplicate names are an error).
//   3. use `{name:field,...}` in your table lines; `npx vitest run emu-core/disasm` checks that
//      every token of every line has a formatter, the right arity and the fields it needs,
//      and the round-trip test reassembles your patterns with llvm-mc.
// Preferred aliases (`mov` for ORR, `cmp` for SUBS...) work the same way: an AliasTable in
// disasm/aliases-<section>.ts, listed in ALIAS_TABLES of disasm/registry.ts (alias-only
// operand tokens go into OPERAND_TABLES like any other). The first alias whose `when` holds
// prints; the round-trip test reassembles both spellings.
// Keep formatters pure and cheap (the UI formats a few hundred instructions per frame).

import type { Pattern } from '../isa/table.ts';

/** Maps an address to the symbol containing it (for `<name+0x10>` after branch targets). */
export type Symbolizer = (addr: bigint) => { name: string; offset: bigint } | undefined;

export interface OperandContext {
  readonly insn: number;
  readonly pc: bigint;
  readonly pattern: Pattern;
  /** Value of any field of the pattern (the formatter must list it in `needs`). */
  field(name: string): number;
  readonly symbolize: Symbolizer | undefined;
}

export type OperandFn = (vals: readonly number[], ctx: OperandContext, widths: readonly number[]) => string | null;

export interface OperandSpec {
  fmt: OperandFn;
  /** Number of fields the token lists: exact, or [min, max]. */
  arity: number | [number, number];
  /** Fields read through ctx.field(); every line using the token must have them. */
  needs?: readonly string[];
}

export type OperandTable = Record<string, OperandSpec>;

/** A preferred spelling of a table line, used when `when` holds (see disasm/aliases-int.ts). */
export interface Alias {
  when: (f: OperandContext) => boolean;
  format: string;
}
/** Table line name -> its aliases, tried in order. */
export type AliasTable = Record<string, Alias[]>;

// ---- helpers shared by formatter files -------------------------------------------------------

/** The listed fields concatenated, first = most significant (e.g. immhi:immlo). */
export function concat(vals: readonly number[], widths: readonly number[]): number {
  let r = 0;
  for (let k = 0; k < vals.length; k++) r = r * 2 ** widths[k] + vals[k];
  return r;
}

/** Sign-extend the low `bits` bits of v (bits <= 32). */
export function sext(v: number, bits: number): number {
  return bits >= 32 ? v | 0 : (v << (32 - bits)) >> (32 - bits);
}

/** `#N` in decimal below 10, `#0xN` otherwise (as objdump does for integer immediates). */
export function immText(v: number | bigint): string {
  return v < 10 && v >= 0 ? `#${v}` : `#0x${v.toString(16)}`;
}

const MASK64 = (1n << 64n) - 1n;

/** An absolute address, with `<symbol+off>` when the symbolizer knows it. */
export function addressText(addr: bigint, ctx: OperandContext): string {
  const a = addr & MASK64;
  let s = '0x' + a.toString(16);
  const sym = ctx.symbolize?.(a);
  if (sym) s += sym.offset === 0n ? ` <${sym.name}>` : ` <${sym.name}+0x${sym.offset.toString(16)}>`;
  return s;
}
