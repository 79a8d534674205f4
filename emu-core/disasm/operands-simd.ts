// Operand formatters of the AdvSIMD integer, structure load/store and crypto sections
// (isa/simd.ts, isa/simd-ldst.ts, isa/crypto.ts). See disasm/operands.ts for the contract.
//
// Plain registers ({xsp} {b} {h} {s} {d} {q}) come from operands-ldst.ts. Most tokens here
// take the register field and read the arrangement from the line's own fields
// (size, Q, imm5, immh...). Validity tokens (not64, not1d, hs, acr, imm64, bh, bo, smovok,
// umovok) print nothing: they return null for the reserved size/Q combinations the handlers
// raise UNDEF for, so such words print as `.inst ... (undefined)`.

import { immText, type OperandContext, type OperandTable } from './operands.ts';

/** Arrangements by size * 2 + Q. */
const ARRANGEMENT = ['8b', '16b', '4h', '8h', '2s', '4s', '1d', '2d'];
const ELEMENT = ['b', 'h', 's', 'd'];
const LONG = ['8h', '4s', '2d'];

const arr = (size: number, q: number) => ARRANGEMENT[size * 2 + q];
const vreg = (r: number, t: string) => `v${r}.${t}`;
const f = (ctx: OperandContext, name: string) => ctx.field(name);
/** '' when the encoding is allocated, null (reserved: the instruction is undefined) otherwise. */
const valid = (c: boolean) => (c ? '' : null);

/** log2 of the element size imm5 selects (its lowest set bit), -1 for imm5<3:0> = 0. */
function imm5Size(imm5: number): number {
  for (let s = 0; s < 4; s++) if ((imm5 >> s) & 1) return s;
  return -1;
}
/** log2 of the element size immh selects (its highest set bit), -1 for immh = 0. */
function immhSize(immh: number): number {
  return immh === 0 ? -1 : 31 - Math.clz32(immh);
}

/** A register list `{ v1.16b, v2.16b }` of n registers from `first`, wrapping after V31. */
function regList(first: number, n: number, t: string): string {
  return `{ ${Array.from({ length: n }, (_, k) => vreg((first + k) % 32, t)).join(', ')} }`;
}

/**
 * Element size (log2 bytes) and index of a single-structure load/store, from opcode<2:1>
 * (op), S, size and Q; null for the reserved combinations (and for op = 11, replication,
 * which has its own lines).
 */
function singleLane(op: number, s: number, size: number, q: number): { scale: number; index: number } | null {
  switch (op) {
    case 0:
      return { scale: 0, index: (q << 3) | (s << 2) | size };
    case 1:
      return size & 1 ? null : { scale: 1, index: (q << 2) | (s << 1) | (size >> 1) };
    case 2:
      if (size & 2) return null;
      if ((size & 1) === 0) return { scale: 2, index: (q << 1) | s };
      return s ? null : { scale: 3, index: q };
    default:
      return null;
  }
}

/** VFPExpandImm as a number: +-(16 + imm8<3:0>)/16 * 2^e, e = b5:b4 + 1 (b6 = 0) or b5:b4 - 3. */
function fpImm8(imm8: number): number {
  const sign = imm8 & 0x80 ? -1 : 1;
  const b54 = (imm8 >> 4) & 3;
  const e = imm8 & 0x40 ? b54 - 3 : b54 + 1;
  return sign * ((16 + (imm8 & 15)) / 16) * 2 ** e;
}

/** The 64-bit MOVI immediate: each bit of imm8 is a byte of ones. */
function byteMask(imm8: number): bigint {
  let v = 0n;
  for (let b = 0; b < 8; b++) if ((imm8 >> b) & 1) v |= 0xffn << BigInt(8 * b);
  return v;
}

const listTokens = (n: number): OperandTable => ({
  /** Multiple structures and LDnR: n registers of the line's arrangement. */
  [`vl${n}`]: { arity: 1, needs: ['size', 'Q'], fmt: ([r], ctx) => regList(r, n, arr(f(ctx, 'size'), f(ctx, 'Q'))) },
  /** Single structure: n registers' lanes `{ v1.s, v2.s }[3]`. */
  [`vln${n}`]: {
    arity: 1,
    needs: ['op', 'S', 'size', 'Q'],
    fmt: ([r], ctx) => {
      const lane = singleLane(f(ctx, 'op'), f(ctx, 'S'), f(ctx, 'size'), f(ctx, 'Q'));
      return lane && `${regList(r, n, ELEMENT[lane.scale])}[${lane.index}]`;
    },
  },
  /** Post-index of a multiple transfer: the transfer size, or Xm. */
  [`pm${n}`]: { arity: 1, needs: ['Q'], fmt: ([m], ctx) => (m === 31 ? `#${n * (8 << f(ctx, 'Q'))}` : `x${m}`) },
  /** Post-index of a single-structure transfer. */
  [`ps${n}`]: {
    arity: 1,
    needs: ['op', 'size'],
    fmt: ([m], ctx) => {
      const op = f(ctx, 'op');
      const bytes = op === 0 ? 1 : op === 1 ? 2 : f(ctx, 'size') & 1 ? 8 : 4;
      return m === 31 ? `#${n * bytes}` : `x${m}`;
    },
  },
  /** Post-index of a load-and-replicate. */
  [`pr${n}`]: { arity: 1, needs: ['size'], fmt: ([m], ctx) => (m === 31 ? `#${n << f(ctx, 'size')}` : `x${m}`) },
});

const ops: OperandTable = {
  // ---- vector registers -----------------------------------------------------------------------
  /** vR.<T> from the line's size and Q. */
  va: { arity: 1, needs: ['size', 'Q'], fmt: ([r], ctx) => vreg(r, arr(f(ctx, 'size'), f(ctx, 'Q'))) },
  /** Double-width elements, 128 bits (the long side of SADDL, XTN...): 8h, 4s, 2d. */
  val: { arity: 1, needs: ['size'], fmt: ([r], ctx) => (f(ctx, 'size') === 3 ? null : vreg(r, LONG[f(ctx, 'size')])) },
  /** Double-width elements with the same Q (SADDLP...). */
  vaw: { arity: 1, needs: ['size', 'Q'], fmt: ([r], ctx) => (f(ctx, 'size') === 3 ? null : vreg(r, arr(f(ctx, 'size') + 1, f(ctx, 'Q')))) },
  vb: { arity: 1, needs: ['Q'], fmt: ([r], ctx) => vreg(r, f(ctx, 'Q') ? '16b' : '8b') },
  vsq: { arity: 1, needs: ['Q'], fmt: ([r], ctx) => vreg(r, f(ctx, 'Q') ? '4s' : '2s') },
  vhq: { arity: 1, needs: ['Q'], fmt: ([r], ctx) => vreg(r, f(ctx, 'Q') ? '8h' : '4h') },
  vdq: { arity: 1, needs: ['Q'], fmt: ([r], ctx) => vreg(r, f(ctx, 'Q') ? '2d' : '1d') },
  /** MOVI (64-bit): Dd for Q = 0, vd.2d for Q = 1. */
  d2d: { arity: 1, needs: ['Q'], fmt: ([r], ctx) => (f(ctx, 'Q') ? vreg(r, '2d') : `d${r}`) },
  v16b: { arity: 1, fmt: ([r]) => vreg(r, '16b') },
  v8h: { arity: 1, fmt: ([r]) => vreg(r, '8h') },
  va4s: { arity: 1, fmt: ([r]) => vreg(r, '4s') },
  va2d: { arity: 1, fmt: ([r]) => vreg(r, '2d') },
  v1q: { arity: 1, fmt: ([r]) => vreg(r, '1q') },
  /** vR.<T> with the element size from imm5 (DUP); 64-bit elements need Q = 1. */
  va5: {
    arity: 1,
    needs: ['imm5', 'Q'],
    fmt: ([r], ctx) => {
      const s = imm5Size(f(ctx, 'imm5'));
      return s < 0 || (s === 3 && !f(ctx, 'Q')) ? null : vreg(r, arr(s, f(ctx, 'Q')));
    },
  },
  /** vR.<T> with the element size from immh (shift by immediate); 64-bit elements need Q = 1. */
  vai: {
    arity: 1,
    needs: ['immh', 'Q'],
    fmt: ([r], ctx) => {
      const s = immhSize(f(ctx, 'immh'));
      return s < 0 || (s === 3 && !f(ctx, 'Q')) ? null : vreg(r, arr(s, f(ctx, 'Q')));
    },
  },
  /** The wide side of a narrowing or widening shift (immh = 1xxx is reserved). */
  vail: {
    arity: 1,
    needs: ['immh'],
    fmt: ([r], ctx) => {
      const s = immhSize(f(ctx, 'immh'));
      return s < 0 || s === 3 ? null : vreg(r, LONG[s]);
    },
  },

  // ---- scalar and general registers --------------------------------------------------------------
  /** bR hR sR dR by the line's size. */
  sr: { arity: 1, needs: ['size'], fmt: ([r], ctx) => `${ELEMENT[f(ctx, 'size')]}${r}` },
  /** The scalar of twice the element size: hR sR dR. */
  srl: { arity: 1, needs: ['size'], fmt: ([r], ctx) => (f(ctx, 'size') === 3 ? null : `${'hsd'[f(ctx, 'size')]}${r}`) },
  sr5: {
    arity: 1,
    needs: ['imm5'],
    fmt: ([r], ctx) => {
      const s = imm5Size(f(ctx, 'imm5'));
      return s < 0 ? null : `${ELEMENT[s]}${r}`;
    },
  },
  sri: {
    arity: 1,
    needs: ['immh'],
    fmt: ([r], ctx) => {
      const s = immhSize(f(ctx, 'immh'));
      return s < 0 ? null : `${ELEMENT[s]}${r}`;
    },
  },
  sril: {
    arity: 1,
    needs: ['immh'],
    fmt: ([r], ctx) => {
      const s = immhSize(f(ctx, 'immh'));
      return s < 0 || s === 3 ? null : `${'hsd'[s]}${r}`;
    },
  },
  /** wR (Q = 0) or xR (Q = 1), 31 = the zero register (SMOV, UMOV). */
  rq: { arity: 1, needs: ['Q'], fmt: ([r], ctx) => (r === 31 ? (f(ctx, 'Q') ? 'xzr' : 'wzr') : `${f(ctx, 'Q') ? 'x' : 'w'}${r}`) },
  /** The general register of DUP/INS (general): X for 64-bit elements. */
  rimm5: {
    arity: 1,
    needs: ['imm5'],
    fmt: ([r], ctx) => {
      const s = imm5Size(f(ctx, 'imm5'));
      if (s < 0) return null;
      return r === 31 ? (s === 3 ? 'xzr' : 'wzr') : `${s === 3 ? 'x' : 'w'}${r}`;
    },
  },

  // ---- elements ---------------------------------------------------------------------------------
  /** vR.<Ts>[index], size and index from imm5. */
  vel5: {
    arity: 1,
    needs: ['imm5'],
    fmt: ([r], ctx) => {
      const imm5 = f(ctx, 'imm5');
      const s = imm5Size(imm5);
      return s < 0 ? null : `${vreg(r, ELEMENT[s])}[${imm5 >> (s + 1)}]`;
    },
  },
  /** The source element of INS (element): size from imm5, index from imm4. */
  vel54: {
    arity: 1,
    needs: ['imm5', 'imm4'],
    fmt: ([r], ctx) => {
      const s = imm5Size(f(ctx, 'imm5'));
      return s < 0 ? null : `${vreg(r, ELEMENT[s])}[${f(ctx, 'imm4') >> s}]`;
    },
  },
  /** By-element operand: size 01 -> v<Rm>.h[H:L:M] (V0-V15), size 10 -> v<M:Rm>.s[H:L]. */
  velx: {
    arity: 1,
    needs: ['M', 'size', 'H', 'L'],
    fmt: ([rm], ctx) => {
      const [m, h, l] = [f(ctx, 'M'), f(ctx, 'H'), f(ctx, 'L')];
      if (f(ctx, 'size') === 1) return `v${rm}.h[${h * 4 + l * 2 + m}]`;
      if (f(ctx, 'size') === 2) return `v${m * 16 + rm}.s[${h * 2 + l}]`;
      return null;
    },
  },

  // ---- immediates -------------------------------------------------------------------------------
  /** Right shift amount: 2 * esize - immh:immb. */
  shr: { arity: 2, fmt: ([immh, immb]) => (immh === 0 ? null : `#${(16 << immhSize(immh)) - (immh * 8 + immb)}`) },
  /** Left shift amount: immh:immb - esize. */
  shl: { arity: 2, fmt: ([immh, immb]) => (immh === 0 ? null : `#${immh * 8 + immb - (8 << immhSize(immh))}`) },
  shll: { arity: 1, fmt: ([size]) => `#${8 << size}` },
  imm8: { arity: 2, fmt: ([abc, defgh]) => immText(abc * 32 + defgh) },
  mlsl: { arity: 1, fmt: ([cm]) => (cm ? `, lsl #${8 * cm}` : '') },
  mlsl16: { arity: 1, fmt: ([c0]) => (c0 ? ', lsl #8' : '') },
  mmsl: { arity: 1, fmt: ([c0]) => `, msl #${c0 ? 16 : 8}` },
  bytemask: { arity: 2, fmt: ([abc, defgh]) => immText(byteMask(abc * 32 + defgh)) },
  fpimm8: { arity: 2, fmt: ([abc, defgh]) => `#${fpImm8(abc * 32 + defgh).toFixed(8)}` },
  /** EXT's byte position; positions 8-15 need Q = 1. */
  extimm: { arity: 1, needs: ['Q'], fmt: ([imm4], ctx) => (!f(ctx, 'Q') && imm4 >= 8 ? null : `#${imm4}`) },
  /** TBL/TBX table: len + 1 registers. */
  tbl: { arity: 2, fmt: ([rn, len]) => regList(rn, len + 1, '16b') },
  /** "2" for the upper-half forms (SADDL2, XTN2, SHRN2...). */
  q2: { arity: 1, fmt: ([q]) => (q ? '2' : '') },

  // ---- validity (print nothing) ---------------------------------------------------------------------
  /** 64-bit elements do not exist for this instruction. */
  not64: { arity: 1, fmt: ([size]) => valid(size !== 3) },
  /** A one-element 64-bit vector (size 11 with Q = 0) is reserved. */
  not1d: { arity: 2, fmt: ([size, q]) => valid(size !== 3 || q === 1) },
  /** 16- and 32-bit elements only (SQDMULH, SQDMLAL...). */
  hs: { arity: 1, fmt: ([size]) => valid(size === 1 || size === 2) },
  /** Across lanes: 8B, 16B, 4H, 8H, 4S. */
  acr: { arity: 2, fmt: ([size, q]) => valid(size < 2 || (size === 2 && q === 1)) },
  /** The scalar shifts that exist for 64-bit elements only. */
  imm64: { arity: 1, fmt: ([immh]) => valid(immh >= 8) },
  /** REV32: bytes or halfwords. */
  bh: { arity: 1, fmt: ([size]) => valid(size <= 1) },
  /** REV16: bytes only. */
  bo: { arity: 1, fmt: ([size]) => valid(size === 0) },
  /** SMOV: B or H to W; B, H or S to X. */
  smovok: {
    arity: 2,
    fmt: ([imm5, q]) => {
      const s = imm5Size(imm5);
      return valid(s >= 0 && s < (q ? 3 : 2));
    },
  },
  /** UMOV: B, H or S to W; D to X. */
  umovok: {
    arity: 2,
    fmt: ([imm5, q]) => {
      const s = imm5Size(imm5);
      return valid(s >= 0 && (q ? s === 3 : s < 3));
    },
  },

  ...listTokens(1),
  ...listTokens(2),
  ...listTokens(3),
  ...listTokens(4),
};

export default ops satisfies OperandTable;
