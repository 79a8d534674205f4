// The block translator: a run of A64 instructions (one basic block inside one 4 KiB page) into
// the body of one wasm function that does what the interpreter would do, instruction by
// instruction, on the core's own state (registers in linear memory, PC and NZCV in globals).
//
//   block function (param $budget i32) (result i32)
//     entry: $pc = global pc (the block's virtual address; never baked in, so the same physical
//            code is correct at any virtual address), flags into locals, TLB bank of PSTATE.EL
//     [loop]   (a block whose final branch goes back to its own first instruction)
//       insn 0 .. insn len-1, each with its own side exits
//       final branch: pc = target; return count | CONTINUE
//
// A side exit leaves before instruction k changes anything: it sets pc to that instruction and
// returns the number of instructions completed (k, plus earlier loop iterations), and the
// interpreter runs instruction k itself — TLB misses, misalignment, MMIO, faults, the SP
// alignment check and branch targets needing TBI all take that road, so the translator never
// raises an exception and never needs to know how. Instructions it does not know end the
// block in front of them. The result's CONTINUE bit (bit 31) says that pc is a block start
// (the block ended with its branch): the run loop may look for the next translation there.
//
// Semantics follow the handlers in emu-core/assembly/exec/ (dp-imm.ts, dp-reg.ts, ldst*.ts,
// branch-sys.ts); instructions whose handler has a reserved case not excluded by the decode
// table are only translated when the case cannot arise.

import { Body, I32, I64, Op, VOID } from './wasm.ts';

/** Where the core keeps what translated code touches. */
export interface CoreLayout {
  /** REGS (X0..X30, XZR, SP at 0x100). */
  regs: number;
  /** JITBOX: pc, NZCV and EL handed over by the run loop. */
  box: number;
  /** The soft TLB: bank (el * 3 + kind) of 256 entries of 16 bytes (tag u64, host page u32). */
  tlb: number;
}

/**
 * Byte offsets in the core's JITBOX (emu-core/assembly/jit.ts), where the run loop hands a
 * trace PC, NZCV and PSTATE.EL and takes PC and NZCV back.
 */
const BOX_PC = 0;
const BOX_N = 8;
const BOX_Z = 12;
const BOX_C = 16;
const BOX_V = 20;
const BOX_EL = 24;

export const CONTINUE = 0x80000000;
export const MAX_BLOCK = 64;

const OFF_SP = 0x100;
const TLB_BANK_BYTES = 256 * 16;
const MASK32 = 0xffffffffn;

const sext = (v: number, bits: number): number => (v << (32 - bits)) >> (32 - bits);

/** DecodeBitMasks(N, imms, immr, immediate=TRUE) for the logical immediates; null if reserved. */
export function logicalImmediate(n: number, imms: number, immr: number, sf: number): bigint | null {
  const combined = (n << 6) | (~imms & 0x3f);
  if (combined === 0) return null;
  const len = 31 - Math.clz32(combined);
  if (len < 1) return null;
  const levels = (1 << len) - 1;
  if ((imms & levels) === levels) return null;
  const esize = 1 << len;
  const size = sf ? 64 : 32;
  if (esize > size) return null;
  const s = imms & levels;
  const r = immr & levels;
  const emask = esize === 64 ? (1n << 64n) - 1n : (1n << BigInt(esize)) - 1n;
  const welem = (1n << BigInt(s + 1)) - 1n;
  const rot = r === 0 ? welem : ((welem >> BigInt(r)) | (welem << BigInt(esize - r))) & emask;
  let out = 0n;
  for (let p = 0; p < size; p += esize) out |= rot << BigInt(p);
  return out;
}

/** alu, mem: straight-line; cond, jump: direct branches (placed by translateBlock); indirect: BR/BLR/RET. */
type Kind = 'alu' | 'mem' | 'cond' | 'jump' | 'indirect';

/** How one decoded instruction is translated; `emit` gets the builder and its index in the trace. */
export interface Plan {
  kind: Kind;
  readsFlags: boolean;
  setsFlags: boolean;
  /** Direct branches: byte offset of the target from this instruction. */
  rel?: number;
  /** Conditional branches: push "taken" (i32). */
  cond?: (b: Builder) => void;
  /** BL: write the return address to X30. */
  link?: boolean;
  emit: (b: Builder, k: number) => void;
}

/** State of one block's code generation. */
class Builder {
  readonly f = new Body(1);
  readonly lpc = this.f.local(I64);
  readonly a = this.f.local(I64);
  readonly t = this.f.local(I64);
  readonly u = this.f.local(I64);
  readonly vpn = this.f.local(I64);
  readonly e = this.f.local(I32);
  readonly h = this.f.local(I32);
  readonly bank = this.f.local(I32);
  readonly cnt = this.f.local(I32);
  readonly n = this.f.local(I32);
  readonly z = this.f.local(I32);
  readonly c = this.f.local(I32);
  readonly v = this.f.local(I32);
  readonly c2 = this.f.local(I32);
  /** Slots k at or after which flags in the locals differ from the globals. */
  firstSetter = Infinity;
  looping = false;

  /** `offs[k]`: byte offset of trace instruction k from the trace's start (may be negative). */
  constructor(readonly layout: CoreLayout, readonly offs: number[]) {}

  // ---- registers ----
  /** Push Xr (XZR = 0). */
  x(r: number): void {
    if (r === 31) this.f.i64(0n);
    else this.f.i32(0).mem(Op.i64Load, 3, this.layout.regs + r * 8);
  }
  /** Push Wr as i32 (WZR = 0). */
  w(r: number): void {
    if (r === 31) this.f.i32(0);
    else this.f.i32(0).mem(Op.i32Load, 2, this.layout.regs + r * 8);
  }
  /** Push Xr|SP. */
  xsp(r: number): void {
    this.f.i32(0).mem(Op.i64Load, 3, this.layout.regs + (r === 31 ? OFF_SP : r * 8));
  }
  wsp(r: number): void {
    this.f.i32(0).mem(Op.i32Load, 2, this.layout.regs + (r === 31 ? OFF_SP : r * 8));
  }
  /** Xr = value pushed by `val` (i64); writes to XZR vanish (values have no side effects). */
  setX(r: number, val: () => void): void {
    if (r === 31) return;
    this.f.i32(0);
    val();
    this.f.mem(Op.i64Store, 3, this.layout.regs + r * 8);
  }
  /** Xr = zero-extended i32 value. */
  setW(r: number, val: () => void): void {
    if (r === 31) return;
    this.f.i32(0);
    val();
    this.f.op(Op.i64ExtendI32U).mem(Op.i64Store, 3, this.layout.regs + r * 8);
  }
  setXSP(r: number, val: () => void): void {
    this.f.i32(0);
    val();
    this.f.mem(Op.i64Store, 3, this.layout.regs + (r === 31 ? OFF_SP : r * 8));
  }
  setWSP(r: number, val: () => void): void {
    this.f.i32(0);
    val();
    this.f.op(Op.i64ExtendI32U).mem(Op.i64Store, 3, this.layout.regs + (r === 31 ? OFF_SP : r * 8));
  }
  /** Sized register write of a value in the size's domain (i64 for sf, i32 otherwise). */
  setR(sf: number, r: number, val: () => void, sp = false): void {
    if (sf) (sp ? this.setXSP : this.setX).call(this, r, val);
    else (sp ? this.setWSP : this.setW).call(this, r, val);
  }
  /** Push Rn in the size's domain. */
  r(sf: number, r: number, sp = false): void {
    if (sf) (sp ? this.xsp(r) : this.x(r));
    else (sp ? this.wsp(r) : this.w(r));
  }

  // ---- exits ----
  /** pc = $pc + off (default: instruction k's); flags back; return completed | extra. */
  exit(k: number, extra: number, off = this.offs[k]): void {
    const f = this.f;
    this.setPC(() => {
      f.get(this.lpc);
      if (off !== 0) f.i64(BigInt(off)).op(Op.i64Add);
    });
    this.flagsBack(k);
    this.result(k, extra);
    f.op(Op.return);
  }
  /** Leave through a side exit when the i32 on the stack is non-zero. */
  exitIf(k: number): void {
    this.f.op(Op.if, VOID);
    this.exit(k, 0);
    this.f.op(Op.end);
  }
  result(k: number, extra: number): void {
    if (this.looping) this.f.get(this.cnt).i32(k).op(Op.i32Add).i32(extra | 0).op(Op.i32Or);
    else this.f.i32((k | extra) | 0);
  }
  flagsBack(k: number): void {
    if (!(this.looping ? this.firstSetter !== Infinity : k > this.firstSetter)) return;
    const f = this.f;
    for (const [field, l] of [[BOX_N, this.n], [BOX_Z, this.z], [BOX_C, this.c], [BOX_V, this.v]]) {
      f.i32(0).get(l).mem(Op.i32Store, 2, this.layout.box + field);
    }
  }
  /** The handed-over pc = the i64 `val` pushes. */
  setPC(val: () => void): void {
    this.f.i32(0);
    val();
    this.f.mem(Op.i64Store, 3, this.layout.box + BOX_PC);
  }
  /** Push a u32 field of the box. */
  boxGet(field: number): void {
    this.f.i32(0).mem(field === BOX_PC ? Op.i64Load : Op.i32Load, field === BOX_PC ? 3 : 2, this.layout.box + field);
  }

  // ---- flags ----
  /** Push ConditionHolds(cond) as i32 0/1 (flags live in the locals). */
  cond(cond: number): void {
    const f = this.f;
    switch (cond >> 1) {
      case 0: f.get(this.z); break;
      case 1: f.get(this.c); break;
      case 2: f.get(this.n); break;
      case 3: f.get(this.v); break;
      case 4: f.get(this.c).get(this.z).i32(1).op(Op.i32Xor).op(Op.i32And); break;
      case 5: f.get(this.n).get(this.v).op(Op.i32Eq); break;
      case 6: f.get(this.n).get(this.v).op(Op.i32Eq).get(this.z).i32(1).op(Op.i32Xor).op(Op.i32And); break;
      default: f.i32(1);
    }
    if ((cond & 1) !== 0 && cond !== 15) f.i32(1).op(Op.i32Xor);
  }
  /**
   * Flags of x + y (sub: x - y) with the operands in locals a and t (i64 for sf, else their low
   * halves as the 32-bit operands); leaves the result in local u (i64, zero-extended for W).
   */
  addSubFlags(sf: number, sub: boolean): void {
    const f = this.f;
    if (sf) {
      f.get(this.a).get(this.t).op(sub ? Op.i64Sub : Op.i64Add).tee(this.u);
      f.i64(63n).op(Op.i64ShrU).op(Op.i32WrapI64).set(this.n);
      f.get(this.u).op(Op.i64Eqz).set(this.z);
      if (sub) f.get(this.a).get(this.t).op(Op.i64GeU).set(this.c);
      else f.get(this.u).get(this.a).op(Op.i64LtU).set(this.c);
      if (sub) f.get(this.a).get(this.t).op(Op.i64Xor).get(this.a).get(this.u).op(Op.i64Xor).op(Op.i64And);
      else f.get(this.a).get(this.u).op(Op.i64Xor).get(this.t).get(this.u).op(Op.i64Xor).op(Op.i64And);
      f.i64(63n).op(Op.i64ShrU).op(Op.i32WrapI64).set(this.v);
      return;
    }
    // 32-bit: work on the low halves as i32 in locals e/h (free here: no memory access pending).
    f.get(this.a).op(Op.i32WrapI64).set(this.e);
    f.get(this.t).op(Op.i32WrapI64).set(this.h);
    f.get(this.e).get(this.h).op(sub ? Op.i32Sub : Op.i32Add).tee(this.c2);
    f.op(Op.i64ExtendI32U).set(this.u);
    f.get(this.c2).i32(31).op(Op.i32ShrU).set(this.n);
    f.get(this.c2).op(Op.i32Eqz).set(this.z);
    if (sub) f.get(this.e).get(this.h).op(Op.i32GeU).set(this.c);
    else f.get(this.c2).get(this.e).op(Op.i32LtU).set(this.c);
    if (sub) f.get(this.e).get(this.h).op(Op.i32Xor).get(this.e).get(this.c2).op(Op.i32Xor).op(Op.i32And);
    else f.get(this.e).get(this.c2).op(Op.i32Xor).get(this.h).get(this.c2).op(Op.i32Xor).op(Op.i32And);
    f.i32(31).op(Op.i32ShrU).set(this.v);
  }
  /** N, Z from the result in local u (sized), C = V = 0. */
  logicFlags(sf: number): void {
    const f = this.f;
    if (sf) f.get(this.u).i64(63n).op(Op.i64ShrU).op(Op.i32WrapI64).set(this.n);
    else f.get(this.u).i64(31n).op(Op.i64ShrU).op(Op.i32WrapI64).i32(1).op(Op.i32And).set(this.n);
    f.get(this.u).op(Op.i64Eqz).set(this.z);
    f.i32(0).set(this.c).i32(0).set(this.v);
  }

  // ---- memory ----
  /**
   * With the address in local a: side-exit at slot k unless the `total` bytes at a are inside
   * one page, aligned to `align`, and hit the TLB bank (`write`); then local h = host address.
   */
  access(k: number, total: number, align: number, write: boolean): void {
    const f = this.f;
    const bankOff = write ? TLB_BANK_BYTES : 0;
    if (align > 1 || total > align) {
      f.get(this.a).op(Op.i32WrapI64).set(this.h);
      let any = false;
      if (align > 1) {
        f.get(this.h).i32(align - 1).op(Op.i32And);
        any = true;
      }
      if (total > align) {
        f.get(this.h).i32(0xfff).op(Op.i32And).i32(0x1000 - total).op(Op.i32GtU);
        if (any) f.op(Op.i32Or);
      }
      this.exitIf(k);
    }
    f.get(this.bank).get(this.a).i64(12n).op(Op.i64ShrU).tee(this.vpn).op(Op.i32WrapI64).i32(255).op(Op.i32And);
    f.i32(4).op(Op.i32Shl).op(Op.i32Add).tee(this.e);
    f.mem(Op.i64Load, 3, bankOff);
    f.get(this.vpn).i64(-0x8000000000000000n).op(Op.i64Or).op(Op.i64Ne);
    this.exitIf(k);
    f.get(this.e).mem(Op.i32Load, 2, bankOff + 8);
    f.get(this.a).op(Op.i32WrapI64).i32(0xfff).op(Op.i32And).op(Op.i32Add).set(this.h);
  }
  /** Local a = Xn|SP (+ nothing); side-exit when SP is the base and not 16-byte aligned. */
  base(k: number, rn: number): void {
    this.xsp(rn);
    this.f.set(this.a);
    if (rn === 31) {
      // CheckSPAlignment depends on SCTLR.SA/SA0: let the interpreter decide.
      this.f.get(this.a).op(Op.i32WrapI64).i32(15).op(Op.i32And);
      this.exitIf(k);
    }
  }
}

// ---- instruction plans ---------------------------------------------------------------------------

const rd = (i: number) => i & 31;
const rn = (i: number) => (i >>> 5) & 31;
const rm = (i: number) => (i >>> 16) & 31;
const sfOf = (i: number) => i >>> 31;

const alu = (emit: (b: Builder, k: number) => void, flags: 'none' | 'reads' | 'sets' = 'none'): Plan => ({
  kind: 'alu', readsFlags: flags === 'reads', setsFlags: flags === 'sets', emit,
});

/** Push the shifted Rm (shift type, amount) in the size's domain. */
function shifted(b: Builder, sf: number, m: number, type: number, amount: number): void {
  const f = b.f;
  b.r(sf, m);
  if (amount === 0) return;
  if (sf) {
    f.i64(BigInt(amount));
    f.op([Op.i64Shl, Op.i64ShrU, Op.i64ShrS, Op.i64Rotr][type]);
  } else {
    f.i32(amount);
    f.op([Op.i32Shl, Op.i32ShrU, Op.i32ShrS, Op.i32Rotr][type]);
  }
}

function addSubPlan(i: number, sub: boolean, setFlags: boolean, operand: 'imm' | 'sr'): Plan | null {
  const sf = sfOf(i);
  const d = rd(i);
  const n = rn(i);
  let imm = 0;
  let m = 0, type = 0, amount = 0;
  if (operand === 'imm') imm = ((i >>> 10) & 0xfff) << (((i >>> 22) & 1) * 12);
  else {
    m = rm(i);
    type = (i >>> 22) & 3;
    amount = (i >>> 10) & 63;
    if (type === 3 || (!sf && amount >= 32)) return null; // reserved (the table's UNALLOC lines)
  }
  const spN = operand === 'imm'; // Rn is SP in the immediate form, XZR in the shifted one
  const spD = operand === 'imm' && !setFlags;
  return alu((b) => {
    const f = b.f;
    if (!setFlags) {
      b.setR(sf, d, () => {
        b.r(sf, n, spN);
        if (operand === 'imm') (sf ? f.i64(BigInt(imm)) : f.i32(imm));
        else shifted(b, sf, m, type, amount);
        f.op(sf ? (sub ? Op.i64Sub : Op.i64Add) : (sub ? Op.i32Sub : Op.i32Add));
      }, spD);
      return;
    }
    if (spN) b.xsp(n);
    else b.x(n);
    f.set(b.a);
    if (operand === 'imm') f.i64(BigInt(imm));
    else if (sf) shifted(b, 1, m, type, amount);
    else {
      shifted(b, 0, m, type, amount);
      f.op(Op.i64ExtendI32U);
    }
    f.set(b.t);
    b.addSubFlags(sf, sub);
    b.setX(d, () => f.get(b.u));
  }, setFlags ? 'sets' : 'none');
}

function logicalPlan(i: number, opc: number, operand: 'imm' | 'sr', invert: boolean): Plan | null {
  const sf = sfOf(i);
  const d = rd(i);
  const n = rn(i);
  let mask = 0n;
  let m = 0, type = 0, amount = 0;
  if (operand === 'imm') {
    const v = logicalImmediate((i >>> 22) & 1, (i >>> 10) & 63, (i >>> 16) & 63, sf);
    if (v === null) return null;
    mask = v;
  } else {
    m = rm(i);
    type = (i >>> 22) & 3;
    amount = (i >>> 10) & 63;
    if (!sf && amount >= 32) return null;
  }
  const op = sf ? [Op.i64And, Op.i64Or, Op.i64Xor, Op.i64And][opc] : [Op.i32And, Op.i32Or, Op.i32Xor, Op.i32And][opc];
  const value = (b: Builder) => {
    const f = b.f;
    b.r(sf, n);
    if (operand === 'imm') (sf ? f.i64(BigInt.asIntN(64, mask)) : f.i32(Number(mask & MASK32) | 0));
    else {
      shifted(b, sf, m, type, amount);
      if (invert) (sf ? f.i64(-1n).op(Op.i64Xor) : f.i32(-1).op(Op.i32Xor));
    }
    f.op(op);
  };
  if (opc !== 3) return alu((b) => b.setR(sf, d, () => value(b), operand === 'imm'));
  return alu((b) => {
    const f = b.f;
    value(b);
    if (!sf) f.op(Op.i64ExtendI32U);
    f.set(b.u);
    b.logicFlags(sf);
    b.setX(d, () => f.get(b.u));
  }, 'sets');
}

function moveWidePlan(i: number, op: 'n' | 'z' | 'k'): Plan | null {
  const sf = sfOf(i);
  const hw = (i >>> 21) & 3;
  if (!sf && hw >= 2) return null;
  const d = rd(i);
  const imm = BigInt((i >>> 5) & 0xffff) << BigInt(hw * 16);
  if (op === 'z') return alu((b) => b.setX(d, () => b.f.i64(imm)));
  if (op === 'n') {
    const v = sf ? BigInt.asIntN(64, ~imm) : (~imm) & MASK32;
    return alu((b) => b.setX(d, () => b.f.i64(v)));
  }
  const keep = ~(0xffffn << BigInt(hw * 16));
  return alu((b) => b.setX(d, () => {
    b.x(d);
    b.f.i64(BigInt.asIntN(64, sf ? keep : keep & MASK32)).op(Op.i64And).i64(imm).op(Op.i64Or);
  }));
}

function bitfieldPlan(i: number, signed: boolean): Plan | null {
  const sf = sfOf(i);
  const size = sf ? 64 : 32;
  const nbit = (i >>> 22) & 1;
  const r = (i >>> 16) & 63;
  const s = (i >>> 10) & 63;
  if (nbit !== sf || r >= size || s >= size) return null;
  const d = rd(i);
  const n = rn(i);
  return alu((b) => b.setR(sf, d, () => {
    const f = b.f;
    const c = (v: number) => (sf ? f.i64(BigInt(v)) : f.i32(v));
    const [shl, shrU, shrS, and] = sf ? [Op.i64Shl, Op.i64ShrU, Op.i64ShrS, Op.i64And] : [Op.i32Shl, Op.i32ShrU, Op.i32ShrS, Op.i32And];
    b.r(sf, n);
    if (s >= r) {
      // extract bits s..r to the bottom
      if (!signed) {
        if (r) c(r), f.op(shrU);
        const w = s - r + 1;
        if (w < size) sf ? f.i64((1n << BigInt(w)) - 1n) : f.i32(w === 32 ? -1 : ((1 << w) >>> 0) - 1 | 0), f.op(and);
      } else {
        const up = size - 1 - s;
        if (up) c(up), f.op(shl);
        if (up + r) c(up + r), f.op(shrS);
      }
    } else {
      // bits s..0 to position size - r
      const up = size - 1 - s;
      if (!signed) {
        const w = s + 1;
        sf ? f.i64((1n << BigInt(w)) - 1n) : f.i32(((1 << w) >>> 0) - 1 | 0);
        f.op(and);
      } else {
        c(up), f.op(shl), c(up), f.op(shrS);
      }
      c(size - r), f.op(shl);
    }
  }));
}

function extrPlan(i: number): Plan | null {
  const sf = sfOf(i);
  const lsb = (i >>> 10) & 63;
  if (((i >>> 22) & 1) !== sf || (!sf && lsb >= 32)) return null;
  const d = rd(i), n = rn(i), m = rm(i);
  return alu((b) => b.setR(sf, d, () => {
    const f = b.f;
    b.r(sf, m);
    if (lsb === 0) return;
    if (sf) {
      f.i64(BigInt(lsb)).op(Op.i64ShrU);
      b.x(n);
      f.i64(BigInt(64 - lsb)).op(Op.i64Shl).op(Op.i64Or);
    } else {
      f.i32(lsb).op(Op.i32ShrU);
      b.w(n);
      f.i32(32 - lsb).op(Op.i32Shl).op(Op.i32Or);
    }
  }));
}

function condSelectPlan(i: number, variant: 'sel' | 'inc' | 'inv' | 'neg'): Plan {
  const sf = sfOf(i);
  const d = rd(i), n = rn(i), m = rm(i), cond = (i >>> 12) & 15;
  return alu((b) => b.setR(sf, d, () => {
    const f = b.f;
    b.r(sf, n);
    b.r(sf, m);
    if (variant === 'inc') sf ? f.i64(1n).op(Op.i64Add) : f.i32(1).op(Op.i32Add);
    else if (variant === 'inv') sf ? f.i64(-1n).op(Op.i64Xor) : f.i32(-1).op(Op.i32Xor);
    else if (variant === 'neg') {
      sf ? f.i64(-1n).op(Op.i64Mul) : f.i32(-1).op(Op.i32Mul);
    }
    b.cond(cond);
    f.op(Op.select);
  }), 'reads');
}

function condComparePlan(i: number, sub: boolean, imm: boolean): Plan {
  const sf = sfOf(i);
  const n = rn(i), cond = (i >>> 12) & 15, nzcv = i & 15;
  const m = (i >>> 16) & 31;
  const p = alu((b) => {
    const f = b.f;
    b.cond(cond);
    f.op(Op.if, VOID);
    b.r(1, n);
    f.set(b.a);
    if (imm) f.i64(BigInt(m));
    else b.x(m);
    f.set(b.t);
    b.addSubFlags(sf, sub);
    f.op(Op.else);
    f.i32((nzcv >> 3) & 1).set(b.n).i32((nzcv >> 2) & 1).set(b.z).i32((nzcv >> 1) & 1).set(b.c).i32(nzcv & 1).set(b.v);
    f.op(Op.end);
  }, 'sets');
  p.readsFlags = true;
  return p;
}

function mulPlan(i: number, sub: boolean): Plan {
  const sf = sfOf(i);
  const d = rd(i), n = rn(i), m = rm(i), a = (i >>> 10) & 31;
  return alu((b) => b.setR(sf, d, () => {
    const f = b.f;
    b.r(sf, a);
    b.r(sf, n);
    b.r(sf, m);
    f.op(sf ? Op.i64Mul : Op.i32Mul);
    f.op(sf ? (sub ? Op.i64Sub : Op.i64Add) : (sub ? Op.i32Sub : Op.i32Add));
  }));
}

function divPlan(i: number, signed: boolean): Plan {
  const sf = sfOf(i);
  const d = rd(i), n = rn(i), m = rm(i);
  // x / 0 = 0, INT_MIN / -1 = INT_MIN (wasm traps on both): divide by 1 instead and select.
  return alu((b) => {
    const f = b.f;
    if (sf) {
      b.x(n); f.set(b.a); b.x(m); f.set(b.t);
      b.setX(d, () => {
        f.get(b.t).op(Op.i64Eqz);
        if (signed) f.get(b.t).i64(-1n).op(Op.i64Eq).op(Op.i32Or);
        f.set(b.e);
        f.get(b.a).i64(1n).get(b.t).get(b.e).op(Op.select).op(signed ? Op.i64DivS : Op.i64DivU);
        // the special cases: t == 0 -> 0; t == -1 (signed) -> -a
        if (signed) f.i64(0n).i64(0n).get(b.a).op(Op.i64Sub).get(b.t).op(Op.i64Eqz).op(Op.select);
        else f.i64(0n);
        f.get(b.e).op(Op.i32Eqz).op(Op.select);
      });
    } else {
      b.w(n); f.set(b.e); b.w(m); f.set(b.h);
      b.setW(d, () => {
        f.get(b.h).op(Op.i32Eqz);
        if (signed) f.get(b.h).i32(-1).op(Op.i32Eq).op(Op.i32Or);
        f.set(b.c2);
        f.get(b.e).i32(1).get(b.h).get(b.c2).op(Op.select).op(signed ? Op.i32DivS : Op.i32DivU);
        if (signed) f.i32(0).i32(0).get(b.e).op(Op.i32Sub).get(b.h).op(Op.i32Eqz).op(Op.select);
        else f.i32(0);
        f.get(b.c2).op(Op.i32Eqz).op(Op.select);
      });
    }
  });
}

function shiftVarPlan(i: number, type: number): Plan {
  const sf = sfOf(i);
  const d = rd(i), n = rn(i), m = rm(i);
  return alu((b) => b.setR(sf, d, () => {
    b.r(sf, n);
    b.r(sf, m);
    b.f.op(sf ? [Op.i64Shl, Op.i64ShrU, Op.i64ShrS, Op.i64Rotr][type] : [Op.i32Shl, Op.i32ShrU, Op.i32ShrS, Op.i32Rotr][type]);
  }));
}

function clzPlan(i: number): Plan {
  const sf = sfOf(i);
  const d = rd(i), n = rn(i);
  return alu((b) => b.setR(sf, d, () => {
    b.r(sf, n);
    b.f.op(sf ? Op.i64Clz : Op.i32Clz);
  }));
}

function adrPlan(i: number, page: boolean): Plan {
  const d = rd(i);
  const imm = sext((((i >>> 5) & 0x7ffff) << 2) | ((i >>> 29) & 3), 21);
  return alu((b, k) => b.setX(d, () => {
    const f = b.f;
    f.get(b.lpc);
    if (page) f.i64(BigInt(b.offs[k])).op(Op.i64Add).i64(~0xfffn).op(Op.i64And).i64(BigInt(imm) << 12n).op(Op.i64Add);
    else f.i64(BigInt(b.offs[k] + imm)).op(Op.i64Add);
  }));
}

// ---- loads and stores ----

type Ext = 'zero' | 'sx' | 'sw';

const LOAD_OP: Record<number, number> = { 1: Op.i64Load8U, 2: Op.i64Load16U, 4: Op.i64Load32U, 8: Op.i64Load };
const LOAD_S_OP: Record<number, number> = { 1: Op.i64Load8S, 2: Op.i64Load16S, 4: Op.i64Load32S };
const STORE_OP: Record<number, number> = { 1: Op.i64Store8, 2: Op.i64Store16, 4: Op.i64Store32, 8: Op.i64Store };
const LOG2: Record<number, number> = { 1: 0, 2: 1, 4: 2, 8: 3 };

/** Addressing: 'off' (base + imm), 'reg' (base + extended Rm), 'post'/'pre' (writeback). */
type Mode = { kind: 'off'; imm: number } | { kind: 'reg'; option: number; shift: number } | { kind: 'post' | 'pre'; imm: number };

function singlePlan(i: number, size: number, load: boolean, ext: Ext, mode: Mode): Plan | null {
  const t = i & 31, n = rn(i), m = rm(i);
  const wb = mode.kind === 'post' || mode.kind === 'pre';
  if (wb && n === t && n !== 31) return null; // CONSTRAINED UNPREDICTABLE: leave it to the handler
  return {
    kind: 'mem', readsFlags: false, setsFlags: false,
    emit: (b, k) => {
      const f = b.f;
      b.base(k, n);
      if (mode.kind === 'off' && mode.imm) f.get(b.a).i64(BigInt(mode.imm)).op(Op.i64Add).set(b.a);
      if (mode.kind === 'pre') f.get(b.a).i64(BigInt(mode.imm)).op(Op.i64Add).set(b.a);
      if (mode.kind === 'reg') {
        f.get(b.a);
        b.x(m);
        if ((mode.option & 1) === 0) {
          f.op(Op.i32WrapI64).op((mode.option & 4) !== 0 ? Op.i64ExtendI32S : Op.i64ExtendI32U);
        }
        if (mode.shift) f.i64(BigInt(mode.shift)).op(Op.i64Shl);
        f.op(Op.i64Add).set(b.a);
      }
      b.access(k, size, size, !load);
      if (load) {
        b.setX(t, () => {
          f.get(b.h);
          if (ext === 'zero') f.mem(LOAD_OP[size], LOG2[size], 0);
          else {
            f.mem(LOAD_S_OP[size], LOG2[size], 0);
            if (ext === 'sw') f.i64(MASK32).op(Op.i64And);
          }
        });
      } else {
        f.get(b.h);
        b.x(t);
        f.mem(STORE_OP[size], LOG2[size], 0);
      }
      if (wb) {
        // a is the accessed address: pre = the new base; post = old base, new = a + imm
        b.setXSP(n, () => {
          f.get(b.a);
          if (mode.kind === 'post') f.i64(BigInt(mode.imm)).op(Op.i64Add);
        });
      }
    },
  };
}

function pairPlan(i: number, esize: number, load: boolean, kind: 'off' | 'post' | 'pre'): Plan | null {
  const t = i & 31, t2 = (i >>> 10) & 31, n = rn(i);
  const imm = sext((i >>> 15) & 0x7f, 7) * esize;
  if (load && t === t2) return null;
  if (kind !== 'off' && n !== 31 && (n === t || n === t2)) return null;
  return {
    kind: 'mem', readsFlags: false, setsFlags: false,
    emit: (b, k) => {
      const f = b.f;
      b.base(k, n);
      if (kind !== 'post' && imm) f.get(b.a).i64(BigInt(imm)).op(Op.i64Add).set(b.a);
      b.access(k, esize * 2, esize, !load);
      const ld = esize === 8 ? Op.i64Load : Op.i64Load32U;
      const st = esize === 8 ? Op.i64Store : Op.i64Store32;
      const al = LOG2[esize];
      if (load) {
        b.setX(t2, () => f.get(b.h).mem(ld, al, esize));
        b.setX(t, () => f.get(b.h).mem(ld, al, 0));
      } else {
        f.get(b.h);
        b.x(t);
        f.mem(st, al, 0);
        f.get(b.h);
        b.x(t2);
        f.mem(st, al, esize);
      }
      if (kind !== 'off') {
        b.setXSP(n, () => {
          f.get(b.a);
          if (kind === 'post') f.i64(BigInt(imm)).op(Op.i64Add);
        });
      }
    },
  };
}

// ---- branches ----
// Direct branches are not emitted by their plan: the trace builder (translateBlock) decides
// what their targets become (followed, a loop back-edge, or an exit with that pc).

function directPlan(rel: number, cond: ((b: Builder) => void) | null, link = false): Plan {
  return { kind: cond ? 'cond' : 'jump', readsFlags: false, setsFlags: false, rel, cond: cond ?? undefined, link, emit: () => {} };
}

function registerBranchPlan(i: number, link: boolean): Plan {
  const n = rn(i);
  return {
    kind: 'indirect', readsFlags: false, setsFlags: false,
    emit: (b, k) => {
      const f = b.f;
      b.x(n);
      f.tee(b.t);
      // Targets with a top byte that is not a sign extension of bit 55 depend on TBI: interpreter.
      f.i64(8n).op(Op.i64Shl).i64(8n).op(Op.i64ShrS).get(b.t).op(Op.i64Ne);
      b.exitIf(k);
      if (link) b.setX(30, () => f.get(b.lpc).i64(BigInt(b.offs[k] + 4)).op(Op.i64Add));
      b.setPC(() => f.get(b.t));
      b.flagsBack(k + 1);
      b.result(k + 1, CONTINUE);
      f.op(Op.return);
    },
  };
}

/** Branches: direct ones become trace edges, register ones end the trace. */
function conditional(rel: number, cond: (b: Builder) => void): Plan {
  const p = directPlan(rel, cond);
  p.readsFlags = true;
  return p;
}
const imm19 = (i: number) => sext((i >>> 5) & 0x7ffff, 19) * 4;
const imm14 = (i: number) => sext((i >>> 5) & 0x3fff, 14) * 4;
const imm26 = (i: number) => sext(i & 0x3ffffff, 26) * 4;
/** Push "Rt is zero" (i32) for CBZ/CBNZ. */
const rtIsZero = (i: number) => (b: Builder) => {
  if (sfOf(i)) b.x(i & 31), b.f.op(Op.i64Eqz);
  else b.w(i & 31), b.f.op(Op.i32Eqz);
};
/** Push bit b5:b40 of Rt (i32) for TBZ/TBNZ. */
const rtBit = (i: number) => (b: Builder) => {
  b.x(i & 31);
  b.f.i64(BigInt(((i >>> 31) << 5) | ((i >>> 19) & 31))).op(Op.i64ShrU).op(Op.i32WrapI64).i32(1).op(Op.i32And);
};

const BRANCHES: Record<string, (i: number) => Plan> = {
  B: (i) => directPlan(imm26(i), null),
  BL: (i) => directPlan(imm26(i), null, true),
  // AL and NV: always taken
  B_cond: (i) => ((i & 15) >= 14 ? directPlan(imm19(i), null) : conditional(imm19(i), (b) => b.cond(i & 15))),
  CBZ: (i) => directPlan(imm19(i), rtIsZero(i)),
  CBNZ: (i) => directPlan(imm19(i), (b) => (rtIsZero(i)(b), b.f.op(Op.i32Eqz))),
  TBZ: (i) => directPlan(imm14(i), (b) => (rtBit(i)(b), b.f.op(Op.i32Eqz))),
  TBNZ: (i) => directPlan(imm14(i), rtBit(i)),
  RET: (i) => registerBranchPlan(i, false),
  BR: (i) => registerBranchPlan(i, false),
  BLR: (i) => registerBranchPlan(i, true),
};

/** Handler name (the core's decoder) -> how to translate a word of it (null: this word not). */
const PLANNERS: Record<string, (i: number) => Plan | null> = {
  NOP: (_i) => alu(() => {}),
  ADD_imm: (i) => addSubPlan(i, false, false, 'imm'),
  ADDS_imm: (i) => addSubPlan(i, false, true, 'imm'),
  SUB_imm: (i) => addSubPlan(i, true, false, 'imm'),
  SUBS_imm: (i) => addSubPlan(i, true, true, 'imm'),
  ADD_sr: (i) => addSubPlan(i, false, false, 'sr'),
  ADDS_sr: (i) => addSubPlan(i, false, true, 'sr'),
  SUB_sr: (i) => addSubPlan(i, true, false, 'sr'),
  SUBS_sr: (i) => addSubPlan(i, true, true, 'sr'),
  AND_imm: (i) => logicalPlan(i, 0, 'imm', false),
  ORR_imm: (i) => logicalPlan(i, 1, 'imm', false),
  EOR_imm: (i) => logicalPlan(i, 2, 'imm', false),
  ANDS_imm: (i) => logicalPlan(i, 3, 'imm', false),
  AND_sr: (i) => logicalPlan(i, 0, 'sr', false),
  BIC_sr: (i) => logicalPlan(i, 0, 'sr', true),
  ORR_sr: (i) => logicalPlan(i, 1, 'sr', false),
  ORN_sr: (i) => logicalPlan(i, 1, 'sr', true),
  EOR_sr: (i) => logicalPlan(i, 2, 'sr', false),
  EON_sr: (i) => logicalPlan(i, 2, 'sr', true),
  ANDS_sr: (i) => logicalPlan(i, 3, 'sr', false),
  BICS_sr: (i) => logicalPlan(i, 3, 'sr', true),
  MOVZ: (i) => moveWidePlan(i, 'z'),
  MOVN: (i) => moveWidePlan(i, 'n'),
  MOVK: (i) => moveWidePlan(i, 'k'),
  ADR: (i) => adrPlan(i, false),
  ADRP: (i) => adrPlan(i, true),
  UBFM: (i) => bitfieldPlan(i, false),
  SBFM: (i) => bitfieldPlan(i, true),
  EXTR: (i) => extrPlan(i),
  CSEL: (i) => condSelectPlan(i, 'sel'),
  CSINC: (i) => condSelectPlan(i, 'inc'),
  CSINV: (i) => condSelectPlan(i, 'inv'),
  CSNEG: (i) => condSelectPlan(i, 'neg'),
  CCMP_reg: (i) => condComparePlan(i, true, false),
  CCMP_imm: (i) => condComparePlan(i, true, true),
  CCMN_reg: (i) => condComparePlan(i, false, false),
  CCMN_imm: (i) => condComparePlan(i, false, true),
  MADD: (i) => mulPlan(i, false),
  MSUB: (i) => mulPlan(i, true),
  UDIV: (i) => divPlan(i, false),
  SDIV: (i) => divPlan(i, true),
  LSLV: (i) => shiftVarPlan(i, 0),
  LSRV: (i) => shiftVarPlan(i, 1),
  ASRV: (i) => shiftVarPlan(i, 2),
  RORV: (i) => shiftVarPlan(i, 3),
  CLZ: (i) => clzPlan(i),
  // loads and stores: unsigned offset
  LDRB_uimm: (i) => singlePlan(i, 1, true, 'zero', { kind: 'off', imm: (i >>> 10) & 0xfff }),
  LDRH_uimm: (i) => singlePlan(i, 2, true, 'zero', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 2 }),
  LDR_w_uimm: (i) => singlePlan(i, 4, true, 'zero', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 4 }),
  LDR_x_uimm: (i) => singlePlan(i, 8, true, 'zero', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 8 }),
  LDRSW_uimm: (i) => singlePlan(i, 4, true, 'sx', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 4 }),
  LDRSB_x_uimm: (i) => singlePlan(i, 1, true, 'sx', { kind: 'off', imm: (i >>> 10) & 0xfff }),
  LDRSB_w_uimm: (i) => singlePlan(i, 1, true, 'sw', { kind: 'off', imm: (i >>> 10) & 0xfff }),
  LDRSH_x_uimm: (i) => singlePlan(i, 2, true, 'sx', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 2 }),
  LDRSH_w_uimm: (i) => singlePlan(i, 2, true, 'sw', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 2 }),
  STRB_uimm: (i) => singlePlan(i, 1, false, 'zero', { kind: 'off', imm: (i >>> 10) & 0xfff }),
  STRH_uimm: (i) => singlePlan(i, 2, false, 'zero', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 2 }),
  STR_w_uimm: (i) => singlePlan(i, 4, false, 'zero', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 4 }),
  STR_x_uimm: (i) => singlePlan(i, 8, false, 'zero', { kind: 'off', imm: ((i >>> 10) & 0xfff) * 8 }),
  // unscaled
  LDURB: (i) => singlePlan(i, 1, true, 'zero', { kind: 'off', imm: sext((i >>> 12) & 0x1ff, 9) }),
  LDUR_w: (i) => singlePlan(i, 4, true, 'zero', { kind: 'off', imm: sext((i >>> 12) & 0x1ff, 9) }),
  LDUR_x: (i) => singlePlan(i, 8, true, 'zero', { kind: 'off', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STURB: (i) => singlePlan(i, 1, false, 'zero', { kind: 'off', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STUR_w: (i) => singlePlan(i, 4, false, 'zero', { kind: 'off', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STUR_x: (i) => singlePlan(i, 8, false, 'zero', { kind: 'off', imm: sext((i >>> 12) & 0x1ff, 9) }),
  // register offset
  LDRB_reg: (i) => singlePlan(i, 1, true, 'zero', regMode(i, 0)),
  LDRH_reg: (i) => singlePlan(i, 2, true, 'zero', regMode(i, 1)),
  LDR_w_reg: (i) => singlePlan(i, 4, true, 'zero', regMode(i, 2)),
  LDR_x_reg: (i) => singlePlan(i, 8, true, 'zero', regMode(i, 3)),
  LDRSW_reg: (i) => singlePlan(i, 4, true, 'sx', regMode(i, 2)),
  STRB_reg: (i) => singlePlan(i, 1, false, 'zero', regMode(i, 0)),
  STRH_reg: (i) => singlePlan(i, 2, false, 'zero', regMode(i, 1)),
  STR_w_reg: (i) => singlePlan(i, 4, false, 'zero', regMode(i, 2)),
  STR_x_reg: (i) => singlePlan(i, 8, false, 'zero', regMode(i, 3)),
  // pre/post-index
  LDRB_post: (i) => singlePlan(i, 1, true, 'zero', { kind: 'post', imm: sext((i >>> 12) & 0x1ff, 9) }),
  LDR_w_post: (i) => singlePlan(i, 4, true, 'zero', { kind: 'post', imm: sext((i >>> 12) & 0x1ff, 9) }),
  LDR_x_post: (i) => singlePlan(i, 8, true, 'zero', { kind: 'post', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STRB_post: (i) => singlePlan(i, 1, false, 'zero', { kind: 'post', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STR_w_post: (i) => singlePlan(i, 4, false, 'zero', { kind: 'post', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STR_x_post: (i) => singlePlan(i, 8, false, 'zero', { kind: 'post', imm: sext((i >>> 12) & 0x1ff, 9) }),
  LDRB_pre: (i) => singlePlan(i, 1, true, 'zero', { kind: 'pre', imm: sext((i >>> 12) & 0x1ff, 9) }),
  LDR_w_pre: (i) => singlePlan(i, 4, true, 'zero', { kind: 'pre', imm: sext((i >>> 12) & 0x1ff, 9) }),
  LDR_x_pre: (i) => singlePlan(i, 8, true, 'zero', { kind: 'pre', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STRB_pre: (i) => singlePlan(i, 1, false, 'zero', { kind: 'pre', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STR_w_pre: (i) => singlePlan(i, 4, false, 'zero', { kind: 'pre', imm: sext((i >>> 12) & 0x1ff, 9) }),
  STR_x_pre: (i) => singlePlan(i, 8, false, 'zero', { kind: 'pre', imm: sext((i >>> 12) & 0x1ff, 9) }),
  // pairs
  LDP_x_off: (i) => pairPlan(i, 8, true, 'off'),
  STP_x_off: (i) => pairPlan(i, 8, false, 'off'),
  LDP_x_post: (i) => pairPlan(i, 8, true, 'post'),
  STP_x_post: (i) => pairPlan(i, 8, false, 'post'),
  LDP_x_pre: (i) => pairPlan(i, 8, true, 'pre'),
  STP_x_pre: (i) => pairPlan(i, 8, false, 'pre'),
  LDP_w_off: (i) => pairPlan(i, 4, true, 'off'),
  STP_w_off: (i) => pairPlan(i, 4, false, 'off'),
  // branches
  ...BRANCHES,
};

/** Handler names the translator knows. */
export function translatedNames(): string[] {
  return Object.keys(PLANNERS);
}

/** The plan for one instruction word given its handler name, or null: not translated. */
export function planFor(name: string, i: number): Plan | null {
  return Object.hasOwn(PLANNERS, name) ? PLANNERS[name](i) : null;
}

/**
 * One word of each handler the translator knows: the host learns the core's handler ids by
 * decoding these (no decode table needed at run time); jit.test.ts checks them against the table.
 */
export const SAMPLE_WORDS: Record<string, number> = {
  ADDS_imm: 0x31000000,
  ADDS_sr: 0x2b000000,
  ADD_imm: 0x11000000,
  ADD_sr: 0x0b000000,
  ADR: 0x10000000,
  ADRP: 0x90000000,
  ANDS_imm: 0x72000000,
  ANDS_sr: 0x6a000000,
  AND_imm: 0x12000000,
  AND_sr: 0x0a000000,
  ASRV: 0x1ac02800,
  B: 0x14000000,
  BICS_sr: 0x6a200000,
  BIC_sr: 0x0a200000,
  BL: 0x94000000,
  BLR: 0xd63f0000,
  BR: 0xd61f0000,
  B_cond: 0x54000000,
  CBNZ: 0x35000000,
  CBZ: 0x34000000,
  CCMN_imm: 0x3a400800,
  CCMN_reg: 0x3a400000,
  CCMP_imm: 0x7a400800,
  CCMP_reg: 0x7a400000,
  CLZ: 0x5ac01000,
  CSEL: 0x1a800000,
  CSINC: 0x1a800400,
  CSINV: 0x5a800000,
  CSNEG: 0x5a800400,
  EON_sr: 0x4a200000,
  EOR_imm: 0x52000000,
  EOR_sr: 0x4a000000,
  EXTR: 0x13800000,
  LDP_w_off: 0x29400000,
  LDP_x_off: 0xa9400000,
  LDP_x_post: 0xa8c00000,
  LDP_x_pre: 0xa9c00000,
  LDRB_post: 0x38400400,
  LDRB_pre: 0x38400c00,
  LDRB_reg: 0x38606800,
  LDRB_uimm: 0x39400000,
  LDRH_reg: 0x78606800,
  LDRH_uimm: 0x79400000,
  LDRSB_w_uimm: 0x39c00000,
  LDRSB_x_uimm: 0x39800000,
  LDRSH_w_uimm: 0x79c00000,
  LDRSH_x_uimm: 0x79800000,
  LDRSW_reg: 0xb8a06800,
  LDRSW_uimm: 0xb9800000,
  LDR_w_post: 0xb8400400,
  LDR_w_pre: 0xb8400c00,
  LDR_w_reg: 0xb8606800,
  LDR_w_uimm: 0xb9400000,
  LDR_x_post: 0xf8400400,
  LDR_x_pre: 0xf8400c00,
  LDR_x_reg: 0xf8606800,
  LDR_x_uimm: 0xf9400000,
  LDURB: 0x38400000,
  LDUR_w: 0xb8400000,
  LDUR_x: 0xf8400000,
  LSLV: 0x1ac02000,
  LSRV: 0x1ac02400,
  MADD: 0x1b000000,
  MOVK: 0x72800000,
  MOVN: 0x12800000,
  MOVZ: 0x52800000,
  MSUB: 0x1b008000,
  NOP: 0xd503201f,
  ORN_sr: 0x2a200000,
  ORR_imm: 0x32000000,
  ORR_sr: 0x2a000000,
  RET: 0xd65f0000,
  RORV: 0x1ac02c00,
  SBFM: 0x13000000,
  SDIV: 0x1ac00c00,
  STP_w_off: 0x29000000,
  STP_x_off: 0xa9000000,
  STP_x_post: 0xa8800000,
  STP_x_pre: 0xa9800000,
  STRB_post: 0x38000400,
  STRB_pre: 0x38000c00,
  STRB_reg: 0x38206800,
  STRB_uimm: 0x39000000,
  STRH_reg: 0x78206800,
  STRH_uimm: 0x79000000,
  STR_w_post: 0xb8000400,
  STR_w_pre: 0xb8000c00,
  STR_w_reg: 0xb8206800,
  STR_w_uimm: 0xb9000000,
  STR_x_post: 0xf8000400,
  STR_x_pre: 0xf8000c00,
  STR_x_reg: 0xf8206800,
  STR_x_uimm: 0xf9000000,
  STURB: 0x38000000,
  STUR_w: 0xb8000000,
  STUR_x: 0xf8000000,
  SUBS_imm: 0x71000000,
  SUBS_sr: 0x6b000000,
  SUB_imm: 0x51000000,
  SUB_sr: 0x4b000000,
  TBNZ: 0x37000000,
  TBZ: 0x36000000,
  UBFM: 0x53000000,
  UDIV: 0x1ac00800,
};

function regMode(i: number, scale: number): Mode {
  return { kind: 'reg', option: (i >>> 13) & 7, shift: ((i >>> 12) & 1) !== 0 ? scale : 0 };
}

export interface Translation {
  /** Instructions in the trace: the most one pass through it can retire. */
  len: number;
  /** Lowest and highest page slot the trace reads its instructions from. */
  lo: number;
  hi: number;
  /** The encoded function body. */
  body: number[];
}

/** How a trace ends after its last instruction when that one does not leave by itself. */
type TraceEnd = { next: number; why: 'unsupported' | 'visited' | 'limit' | 'page' };

/**
 * Translate the trace starting at page slot `start` of `page` (the 1024 words of one 4 KiB page):
 * instructions in execution order, through not-taken conditional branches and into the targets
 * of direct jumps inside the page, until an instruction it does not translate, a register
 * branch, a slot it already holds, the page's end or MAX_BLOCK instructions. A direct branch
 * back to the start becomes the loop's back-edge. `nameOf` maps a word to its handler name (the
 * core's decoder decides). Returns null if not even the first instruction can be translated.
 */
export function translateBlock(page: ArrayLike<number>, start: number, nameOf: (w: number) => string, layout: CoreLayout): Translation | null {
  const plans: Plan[] = [];
  const offs: number[] = [];
  const seen = new Set<number>();
  let slot = start;
  let end: TraceEnd | null = null;
  for (;;) {
    if (slot < 0 || slot >= page.length) { end = { next: slot, why: 'page' }; break; }
    if (seen.has(slot)) { end = { next: slot, why: 'visited' }; break; }
    if (plans.length === MAX_BLOCK) { end = { next: slot, why: 'limit' }; break; }
    const w = page[slot] >>> 0;
    const p = planFor(nameOf(w), w);
    if (!p) { end = { next: slot, why: 'unsupported' }; break; }
    plans.push(p);
    offs.push((slot - start) * 4);
    seen.add(slot);
    if (p.kind === 'indirect') break;
    if (p.kind === 'jump') {
      const target = slot + p.rel! / 4;
      if (target === start || target < 0 || target >= page.length) break; // back-edge or exit
      slot = target; // follow the jump
      continue;
    }
    slot++;
  }
  if (plans.length === 0) return null;
  const len = plans.length;
  const b = new Builder(layout, offs);
  const f = b.f;
  const isBackEdge = (p: Plan, k: number) => (p.kind === 'jump' || p.kind === 'cond') && offs[k] + p.rel! === 0;
  b.looping = plans.some(isBackEdge) || (end?.why === 'visited' && end.next === start);
  plans.forEach((p, k) => {
    if (p.setsFlags && b.firstSetter === Infinity) b.firstSetter = k;
  });
  // NZCV live in locals: loaded at entry when an instruction may read them before the trace has
  // set them (every setter sets all four), or when a loop may leave before its setter ran
  // (its exits write the locals back).
  const firstReader = plans.findIndex((p) => p.readsFlags);
  const loadFlags = (firstReader >= 0 && firstReader <= b.firstSetter) || (b.looping && b.firstSetter !== Infinity);
  b.boxGet(BOX_PC);
  f.set(b.lpc);
  if (loadFlags) {
    for (const [field, l] of [[BOX_N, b.n], [BOX_Z, b.z], [BOX_C, b.c], [BOX_V, b.v]]) b.boxGet(field), f.set(l);
  }
  if (plans.some((p) => p.kind === 'mem')) {
    b.boxGet(BOX_EL);
    f.i32(3 * TLB_BANK_BYTES).op(Op.i32Mul).i32(layout.tlb).op(Op.i32Add).set(b.bank);
  }
  if (b.looping) f.op(Op.loop, VOID);
  plans.forEach((p, k) => {
    if (p.kind !== 'jump' && p.kind !== 'cond') {
      p.emit(b, k);
      return;
    }
    const target = offs[k] + p.rel!;
    if (p.link) b.setX(30, () => f.get(b.lpc).i64(BigInt(offs[k] + 4)).op(Op.i64Add));
    const followed = k + 1 < len && offs[k + 1] === target;
    if (p.kind === 'jump') {
      if (target === 0) emitLoopBack(b, k, 0);
      else if (!followed) b.exit(k + 1, CONTINUE, target);
      return;
    }
    p.cond!(b);
    f.op(Op.if, VOID);
    if (target === 0) emitLoopBack(b, k, 1);
    else b.exit(k + 1, CONTINUE, target);
    f.op(Op.end);
  });
  if (end) {
    const next = (end.next - start) * 4;
    if (end.why === 'visited' && next === 0) emitLoopBack(b, len - 1, 0);
    else b.exit(len, end.why === 'unsupported' ? 0 : CONTINUE, next);
  }
  if (b.looping) f.op(Op.end).op(Op.unreachable);
  const slots = [...seen];
  return { len, lo: Math.min(...slots), hi: Math.max(...slots), body: f.encode() };
}

/** After instruction k, another pass from the start if the budget allows it, else leave there. */
function emitLoopBack(b: Builder, k: number, depth: number): void {
  const f = b.f;
  const len = b.offs.length;
  f.get(b.cnt).i32(k + 1).op(Op.i32Add).tee(b.cnt);
  f.i32(len).op(Op.i32Add).get(0).op(Op.i32GtU);
  f.op(Op.if, VOID);
  b.setPC(() => f.get(b.lpc));
  b.flagsBack(len);
  f.get(b.cnt).i32(CONTINUE | 0).op(Op.i32Or).op(Op.return);
  f.op(Op.end);
  f.op(Op.br, depth); // back to the loop head (from inside the branch's `if` when conditional)
}
