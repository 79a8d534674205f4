// Test-only AssemblyScript entry (compiled by fp-paths.test.ts): runs the native fast paths of
// softfloat/fast.ts and the exact integer paths of arith.ts/fused.ts on the same random
// operands, many at a time, and reports the first disagreement in result or FPSR flags.

import { fpcr, fpsr } from '../../assembly/sysregs';
import { FMT_S, FMT_D } from '../../assembly/softfloat/format';
import { addF64, addF32, mulF64, mulF32, divF64, divF32, sqrtF64, sqrtF32, mulAddF64, mulAddF32 } from '../../assembly/softfloat/fast';
import { fpAddSub, fpMul, fpDiv, fpSqrt } from '../../assembly/softfloat/arith';
import { fpMulAdd } from '../../assembly/softfloat/fused';

// Operations, by number: 0 add, 1 sub, 2 mul, 3 div, 4 sqrt, 5 fused multiply-add.
export let badA: u64 = 0;
export let badB: u64 = 0;
export let badC: u64 = 0;
export let fastResult: u64 = 0;
export let exactResult: u64 = 0;
export let fastFlags: u32 = 0;
export let exactFlags: u32 = 0;

let state: u64 = 1;
function next(): u64 {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

/**
 * An operand that exercises the fast paths and their limits: mostly normal numbers with
 * exponents near 1.0, near the underflow or the overflow threshold, or short significands
 * (exact results); sometimes related to `near` (cancellation, ties, quotients), sometimes a
 * denormal or zero.
 */
function operand(fmt: u32, near: u64): u64 {
  let r = next();
  let F: u32 = fmt == FMT_D ? 52 : 23;
  let bias: u64 = fmt == FMT_D ? 1023 : 127;
  let emax: u64 = fmt == FMT_D ? 2046 : 254;
  let frac = next() & ((<u64>1 << F) - 1);
  let sign = (next() & 1) << (F + (fmt == FMT_D ? 11 : 8));
  let kind = <u32>(r % 16);
  let exp: u64;
  if (kind < 6) exp = bias - 20 + next() % 40;
  else if (kind < 8) exp = 1 + next() % 40;
  else if (kind < 10) exp = emax - next() % 40;
  else if (kind < 12) {
    exp = bias - 30 + next() % 60;
    frac &= ~((<u64>1 << (F - <u32>(next() % 8))) - 1); // short significand
  } else if (kind < 15) {
    // related to the other operand: its negation or a near neighbour, or its exponent
    let k = next() % 4;
    if (k == 0) return near ^ sign ^ (sign != 0 ? 0 : <u64>0); // same or opposite sign
    if (k == 1) return (near ^ (<u64>1 << (F + (fmt == FMT_D ? 11 : 8)))) + (next() % 5) - 2;
    if (k == 2) return near + (next() % 5) - 2;
    exp = (near >> F) & emax;
    if (exp == 0) exp = 1;
  } else {
    exp = next() % 4 == 0 ? 0 : 1 + next() % emax; // denormals and zeros now and then
  }
  return sign | (exp << F) | frac;
}

function check(op: u32, fmt: u32, a: u64, b: u64, c: u64): bool {
  let rm = (fpcr >> 22) & 3;
  fpsr = 0;
  let fast: u64;
  if (op == 0) fast = fmt == FMT_D ? addF64(a, b, false) : addF32(a, b, false);
  else if (op == 1) fast = fmt == FMT_D ? addF64(a, b, true) : addF32(a, b, true);
  else if (op == 2) fast = fmt == FMT_D ? mulF64(a, b) : mulF32(a, b);
  else if (op == 3) fast = fmt == FMT_D ? divF64(a, b) : divF32(a, b);
  else if (op == 4) fast = fmt == FMT_D ? sqrtF64(a) : sqrtF32(a);
  else fast = fmt == FMT_D ? mulAddF64(c, a, b) : mulAddF32(c, a, b);
  let ff = fpsr;
  fpsr = 0;
  let exact: u64;
  if (op == 0) exact = fpAddSub(a, b, false, fmt, rm);
  else if (op == 1) exact = fpAddSub(a, b, true, fmt, rm);
  else if (op == 2) exact = fpMul(a, b, false, fmt, rm);
  else if (op == 3) exact = fpDiv(a, b, fmt, rm);
  else if (op == 4) exact = fpSqrt(a, fmt, rm);
  else exact = fpMulAdd(c, a, b, fmt, rm);
  let ef = fpsr;
  if (fast == exact && ff == ef) return true;
  badA = a;
  badB = b;
  badC = c;
  fastResult = fast;
  exactResult = exact;
  fastFlags = ff;
  exactFlags = ef;
  return false;
}

/** Run n random cases of operation op in format fmt (1 single, 2 double) under FPCR value; false at the first disagreement. */
export function run(op: u32, fmt: u32, fpcrValue: u32, n: u32, seed: u64): bool {
  fpcr = fpcrValue;
  state = seed | 1;
  for (let k: u32 = 0; k < n; k++) {
    let a = operand(fmt, 0);
    let b = operand(fmt, a);
    let c = operand(fmt, a);
    if (op == 5 && next() % 2 == 0) {
      // an addend close to -(a * b): the product must survive the cancellation
      let p = fmt == FMT_D
        ? reinterpret<u64>(-(reinterpret<f64>(a) * reinterpret<f64>(b)))
        : <u64>reinterpret<u32>(-(reinterpret<f32>(<u32>a) * reinterpret<f32>(<u32>b)));
      c = p + (next() % 5) - 2;
    }
    if (!check(op, fmt, a, b, c)) return false;
  }
  return true;
}
