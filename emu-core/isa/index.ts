// The whole A64 decode table: every section of the Arm ARM's A64 encoding index that the core
// implements. Order of sections is the order of handler ids (stable across builds).
import { parseSection, type Pattern } from './table.ts';
import dpImm from './dp-imm.ts';
import dpReg from './dp-reg.ts';
import branchSys from './branch-sys.ts';
import ldst from './ldst.ts';
import fp from './fp.ts';
import simd from './simd.ts';
import simdFp from './simd-fp.ts';
import simdLdst from './simd-ldst.ts';
import crypto from './crypto.ts';

/** Section name -> table text. The section name is also the handler file in assembly/exec/. */
export const sections: Record<string, string> = {
  'dp-imm': dpImm,
  'dp-reg': dpReg,
  'branch-sys': branchSys,
  ldst: ldst,
  fp: fp,
  simd: simd,
  'simd-fp': simdFp,
  'simd-ldst': simdLdst,
  crypto: crypto,
};

let cache: Pattern[] | undefined;

/** All patterns, in handler-id order (handler id = index + 2; 0 = not decoded, 1 = UNALLOC). */
export function allPatterns(): Pattern[] {
  if (!cache) cache = Object.entries(sections).flatMap(([name, text]) => parseSection(name, text));
  return cache;
}

export const HANDLER_NOT_DECODED = 0;
export const HANDLER_UNALLOC = 1;
export const FIRST_HANDLER_ID = 2;
