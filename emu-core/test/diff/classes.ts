// Operand-generator classes: how to pick field values and the initial state for a pattern so
// that its cases are meaningful (branches land in the code page, memory accesses hit the data
// buffer, FP operands sit on the edges). A pattern names its class with `@class=NAME`; without
// one, its section decides (DEFAULT_CLASS below), so new table lines are tested with no extra
// work. See README.md for what each class guarantees.
import type { Pattern } from '../../isa/table.ts';
import { CODE, CODE_SIZE, DATA, DATA_SIZE, ENTRY, PAGE, REGION } from './layout.ts';
import type { CpuState } from './protocol.ts';
import type { CpuModel } from './qemu.ts';
import type { Rng } from './rng.ts';
import { fpCancellingAddend, fpRelatedLane, fpVector, intLanes, intValue, randomBytes } from './values.ts';

export type Fields = Record<string, number>;

export interface CaseClass {
  /** FP/SIMD operands: V registers hold FP edge values and FPCR gets random modes. */
  fp: boolean;
  /** The QEMU CPU model to compare against. */
  cpu: CpuModel;
  /**
   * Accesses the data buffer: each case gets its own random contents. Other classes share one
   * buffer per pattern (it is still compared), which saves refilling 8 KiB per case.
   */
  memory: boolean;
  /** Field values (defaults to uniformly random for fields this class leaves out). */
  fields?(p: Pattern, rng: Rng): Fields;
  /** Adjust the random initial state to the chosen fields. */
  state?(p: Pattern, f: Fields, s: CpuState, rng: Rng): void;
  /** Instructions to run before the tested word (at most MAX_INSNS - 1), e.g. to set up a reservation. */
  prefix?(p: Pattern, word: number, f: Fields, rng: Rng): number[];
}

const M64 = (1n << 64n) - 1n;

// ---- helpers -------------------------------------------------------------------------------------

function hasField(p: Pattern, name: string): boolean {
  return p.fields.some((f) => f.name === name);
}

function setX(s: CpuState, r: number, v: bigint): void {
  if (r < 31) s.x[r] = v & M64;
}

/** Address of code-page word `slot` (relative to ENTRY). */
function slotAddr(slot: number): number {
  return ENTRY + 4 * slot;
}
const FIRST_SLOT = (CODE - ENTRY) / 4;
const LAST_SLOT = (CODE + CODE_SIZE - ENTRY) / 4 - 1;

/**
 * A branch displacement in words from ENTRY: mostly a nearby landing slot (never 0, which
 * would branch to itself forever), sometimes anywhere in the code page, sometimes into the
 * guard pages on either side (an instruction abort).
 */
function branchSlot(rng: Rng): number {
  const r = rng.u32() / 0x1_0000_0000;
  let slot = 0;
  while (slot === 0) {
    if (r < 0.8) slot = rng.range(-16, 16);
    else if (r < 0.93) slot = rng.range(FIRST_SLOT, LAST_SLOT);
    else slot = rng.chance(0.5) ? rng.range((REGION - ENTRY) / 4, FIRST_SLOT - 1) : rng.range(LAST_SLOT + 1, LAST_SLOT + PAGE / 4);
  }
  return slot;
}

/** Two's complement of v in a field of `width` bits. */
function fieldBits(v: number, width: number): number {
  return width >= 32 ? v >>> 0 : (v & ((1 << width) - 1)) >>> 0;
}

// ---- the classes ---------------------------------------------------------------------------------

/** Random fields, random state: data processing. */
const alu: CaseClass = { fp: false, cpu: 'v8.0', memory: false };

/** Hints and barriers: random fields, nothing else to arrange. */
const nop: CaseClass = { fp: false, cpu: 'v8.0', memory: false };

/**
 * Immediate branches: the displacement field (the one named imm<N>) lands in the code page
 * (or a guard page); conditions, registers and tested bits stay random.
 */
const branch: CaseClass = {
  fp: false,
  cpu: 'v8.0',
  memory: false,
  fields(p, rng) {
    const f: Fields = {};
    const disp = p.fields.find((x) => /^imm\d+$/.test(x.name));
    if (disp) f[disp.name] = fieldBits(branchSlot(rng), disp.width);
    return f;
  },
};

/**
 * Register branches: the target register (Rn) holds a landing-slot address, sometimes a
 * misaligned one, one with a tag in the top byte, or one in the data buffer (not executable).
 */
const branchreg: CaseClass = {
  fp: false,
  cpu: 'v8.0',
  memory: false,
  state(p, f, s, rng) {
    if (!hasField(p, 'Rn')) return;
    const r = rng.u32() / 0x1_0000_0000;
    let target = BigInt(slotAddr(branchSlot(rng)));
    // Misaligned targets stay in the code page: qemu-aarch64 reports a misaligned target in
    // an unmapped page as SIGSEGV, where the architecture gives the PC alignment fault priority.
    if (r < 0.1) target = BigInt(slotAddr(rng.range(FIRST_SLOT, LAST_SLOT)) + rng.range(1, 3));
    else if (r < 0.2) target |= BigInt(rng.range(1, 255)) << 56n;
    else if (r < 0.27) target = BigInt(DATA + 4 * rng.below(DATA_SIZE / 4));
    setX(s, f.Rn, target);
  },
};

/**
 * System register moves at EL0: the registers whose values are deterministic under Linux
 * (NZCV, FPCR, FPSR, TPIDR_EL0, TPIDRRO_EL0, DCZID_EL0, CTR_EL0) and DAIF (trapped), plus a few
 * random encodings outside the ID, PMU and timer spaces (which Linux and QEMU emulate or make
 * time-dependent).
 */
const SYSREG_EL0: readonly [number, number, number, number, number][] = [
  [3, 3, 4, 2, 0], // NZCV
  [3, 3, 4, 2, 1], // DAIF
  [3, 3, 4, 4, 0], // FPCR
  [3, 3, 4, 4, 1], // FPSR
  [3, 3, 13, 0, 2], // TPIDR_EL0
  [3, 3, 13, 0, 3], // TPIDRRO_EL0
  [3, 3, 0, 0, 7], // DCZID_EL0
  [3, 3, 0, 0, 1], // CTR_EL0
];
const sysreg: CaseClass = {
  fp: false,
  cpu: 'v8.0',
  memory: false,
  fields(p, rng) {
    let enc: [number, number, number, number, number];
    if (rng.chance(0.85)) enc = rng.pick(SYSREG_EL0);
    else {
      do enc = [2 + rng.below(2), rng.below(8), rng.below(16), rng.below(16), rng.below(8)];
      while ((enc[1] === 0 && enc[2] === 0) || enc[2] === 9 || enc[2] === 14);
    }
    return { o0: enc[0] - 2, op1: enc[1], CRn: enc[2], CRm: enc[3], op2: enc[4] };
  },
};

/**
 * Loads and stores (generic, by field names): the base register Rn (or SP) points into the
 * middle of the data buffer, sometimes unaligned, with a tag in the top byte, or at an end of
 * the buffer (accesses that fault in a guard page, also across the boundary); an offset
 * register Rm holds a small signed value; wide immediates are kept small so that base +
 * offset stays inside the buffer; Rt, Rt2, Rs, Rm and Rn are distinct registers (the
 * overlapping forms are CONSTRAINED UNPREDICTABLE and differ between implementations).
 */
/**
 * A 16-byte aligned base address with MAX_REACH bytes of the data buffer on either side
 * (register offsets reach +-128 << 4, immediates less; +15 for a misaligned base and the
 * access size stay within the margin).
 */
const MAX_REACH = 0x800;
function memoryBase(rng: Rng): number {
  return DATA + MAX_REACH + 16 * rng.below((DATA_SIZE - 2 * MAX_REACH - 0x40) / 16);
}

const ldst: CaseClass = {
  fp: false,
  cpu: 'v8.0',
  memory: true,
  fields(p, rng) {
    const f: Fields = {};
    for (const fld of p.fields) {
      // Unsigned scaled offsets (imm12) of at most 63 x 16 bytes; imm9 and imm7 (signed,
      // at most 256 bytes or 64 x 16) fit as they are.
      if (/^imm\d+$/.test(fld.name) && fld.width > 9) f[fld.name] = rng.below(64);
    }
    const regs = ['Rn', 'Rt', 'Rt2', 'Rs', 'Rm'].filter((n) => hasField(p, n));
    const used = new Set<number>();
    for (const n of regs) {
      let r: number;
      do r = rng.chance(0.1) ? 31 : rng.below(31);
      while (used.has(r) && r !== 31);
      if (r !== 31) used.add(r);
      f[n] = r;
    }
    return f;
  },
  state(p, f, s, rng) {
    s.sp = BigInt(memoryBase(rng));
    if (hasField(p, 'Rn') && f.Rn !== 31) {
      let base = BigInt(memoryBase(rng));
      const r = rng.u32() / 0x1_0000_0000;
      if (r < 0.2) base += BigInt(rng.range(1, 15));
      else if (r < 0.3) base |= BigInt(rng.range(1, 255)) << 56n;
      // At an end of the buffer: accesses run into a guard page, some across the boundary.
      else if (r < 0.38) base = BigInt(rng.chance(0.5) ? DATA + rng.range(-8, 24) : DATA + DATA_SIZE - rng.range(0, 24));
      setX(s, f.Rn, base);
    }
    if (hasField(p, 'Rm')) setX(s, f.Rm, BigInt(rng.range(-128, 128)));
  },
};

/**
 * Load/store exclusive: ldst's registers with a 16-byte aligned base (tags allowed). Half the
 * store-exclusive cases first run a load-exclusive of the same size from the same base, so the
 * store can succeed; alone it must fail. Misaligned exclusives are left out: qemu-user checks a
 * store-exclusive's alignment only when its reservation matches, the architecture always.
 */
const excl: CaseClass = {
  ...ldst,
  state(p, f, s, rng) {
    ldst.state!(p, f, s, rng);
    if (hasField(p, 'Rn') && f.Rn !== 31) setX(s, f.Rn, s.x[f.Rn] & ~0xfn);
  },
  prefix(p, word, f, rng) {
    const isStore = ((word >>> 22) & 1) === 0 && hasField(p, 'Rs');
    if (!isStore || rng.chance(0.5)) return [];
    const pair = ((word >>> 21) & 1) === 1;
    const taken = new Set([f.Rn, f.Rs, f.Rt, f.Rt2]);
    const free = () => {
      let r: number;
      do r = rng.below(31);
      while (taken.has(r));
      taken.add(r);
      return r;
    };
    const rt = free();
    const rt2 = pair ? free() : 31;
    // LDXR/LDXP: same size and pair bit, L = 1, Rs = 11111, o0 = 0, Rt2 = 11111 unless a pair.
    const keep = (word & 0xc0200000) | 0x08000000;
    return [(keep | (1 << 22) | (31 << 16) | (rt2 << 10) | (f.Rn << 5) | rt) >>> 0];
  },
};

/**
 * PC-relative literal loads (LDR/LDRSW/PRFM literal): imm19 picks a word of the code page as
 * branches do (mostly nearby, sometimes anywhere in the page or in a guard page), so the load
 * reads landing slots, its own word, or faults. (From the ldst engineer's branch.)
 */
const literal: CaseClass = {
  fp: false,
  cpu: 'v8.0',
  memory: false,
  fields(p, rng) {
    return { imm19: fieldBits(branchSlot(rng), 19) };
  },
};

/**
 * FP and SIMD data processing: FP edge values in V registers, random FPCR modes. A quarter of
 * the cases with two source registers relate them lane by lane (see relateFpOperands).
 */
const fp: CaseClass = {
  fp: true,
  cpu: 'v8.0',
  memory: false,
  state(p, f, s, rng) {
    if ('Rn' in f && 'Rm' in f && f.Rn !== f.Rm && rng.chance(0.25)) relateFpOperands(p, f, s, rng);
  },
};

/**
 * Make Vm meet Vn where rounding is hard (exact and near cancellation, ties of round to
 * nearest), and a fused addend (Ra, or Vd of FMLA/FMLS) cancel most of the product.
 */
function relateFpOperands(p: Pattern, f: Fields, s: CpuState, rng: Rng): void {
  const bits = fpLaneBits(p, f, rng);
  const bytes = bits / 8;
  const lane = (r: number, k: number) => {
    let v = 0n;
    for (let b = bytes - 1; b >= 0; b--) v = (v << 8n) | BigInt(s.v[r * 16 + k * bytes + b]);
    return v;
  };
  const setLane = (r: number, k: number, v: bigint) => {
    for (let b = 0; b < bytes; b++) s.v[r * 16 + k * bytes + b] = Number((v >> BigInt(8 * b)) & 0xffn);
  };
  const addend = 'Ra' in f ? f.Ra : /^FML[AS]/.test(p.name) ? f.Rd : undefined;
  for (let k = 0; k < 16 / bytes; k++) {
    const a = lane(f.Rn, k);
    if (addend === undefined || bits === 16 || rng.chance(0.3)) setLane(f.Rm, k, fpRelatedLane(rng, bits, a));
    else if (addend !== f.Rn && addend !== f.Rm) setLane(addend, k, fpCancellingAddend(rng, bits, a, lane(f.Rm, k)));
  }
}

/**
 * Integer AdvSIMD: lanes of integer edge values (0, +-1, the lane's signed and unsigned limits)
 * of the lane size the `size` field selects, mixed with random lanes; FPSR.QC random.
 */
const simd: CaseClass = {
  fp: false,
  cpu: 'v8.0',
  memory: false,
  state(p, f, s, rng) {
    const bytes = 'size' in f ? 1 << f.size : rng.pick([1, 2, 4, 8]);
    for (let n = 0; n < 32; n++) if (rng.chance(0.8)) intLanes(rng, bytes, s.v, n * 16);
  },
};

/** TBL/TBX: simd, with the index register's (Rm) bytes mostly inside a 1-4 register table. */
const tbl: CaseClass = {
  ...simd,
  state(p, f, s, rng) {
    simd.state!(p, f, s, rng);
    if ('Rm' in f) for (let b = 0; b < 16; b++) s.v[f.Rm * 16 + b] = rng.chance(0.85) ? rng.below(64) : rng.below(256);
  },
};

/** SIMD&FP loads and stores: ldst's addressing with FP register contents. */
const simdLdst: CaseClass = { ...ldst, fp: true };

/** LSE atomics: ldst's addressing, compared against a CPU model that has LSE. */
const atomic: CaseClass = { ...ldst, cpu: 'lse' };

export const CLASSES: Record<string, CaseClass> = {
  alu,
  nop,
  branch,
  branchreg,
  sysreg,
  ldst,
  literal,
  excl,
  fp,
  simd,
  tbl,
  'simd-ldst': simdLdst,
  atomic,
  // The FP engineers' names for operand shapes: all get FP edge operands.
  ...Object.fromEntries(
    ['fp1', 'fp2', 'fp3', 'fpcmp', 'fpcsel', 'fpcvt', 'fpmov', 'sfp1', 'sfp2', 'sfpfix', 'vfp1', 'vfp2', 'vfpfix'].map((n) => [n, fp]),
  ),
};

/** The class of a pattern without @class, by section. */
export const DEFAULT_CLASS: Record<string, string> = {
  'dp-imm': 'alu',
  'dp-reg': 'alu',
  'branch-sys': 'alu',
  ldst: 'ldst',
  fp: 'fp',
  simd: 'simd',
  'simd-fp': 'fp',
  'simd-ldst': 'simd-ldst',
  crypto: 'simd',
};

/** The pattern's class name: its @class, else its section's default. */
export function classOf(p: Pattern): string {
  return p.attrs.class || sectionClass(p);
}

export function sectionClass(p: Pattern): string {
  return DEFAULT_CLASS[p.section] ?? 'alu';
}

/** Lane width the FP operands should favour, from the usual type/size fields. */
function fpLaneBits(p: Pattern, f: Fields, rng: Rng): 16 | 32 | 64 {
  const has = (n: string) => n in f;
  if (has('ftype') || has('type')) {
    const t = f.ftype ?? f.type;
    if (t === 0) return 32;
    if (t === 1) return 64;
    if (t === 3) return 16;
  } else if (has('sz')) return f.sz ? 64 : 32;
  else if (has('size')) {
    if (f.size === 1) return 16;
    if (f.size === 2) return 32;
    if (f.size === 3) return 64;
  }
  return rng.pick([16, 32, 64] as const);
}

/** FPCR for FP classes: half the time 0, else random RMode, FZ, DN and AHP. */
function randomFpcr(rng: Rng): number {
  if (rng.chance(0.5)) return 0;
  return ((rng.below(4) << 22) | (rng.below(2) << 24) | (rng.below(2) << 25) | (rng.below(2) << 26)) >>> 0;
}

/** FPSR: half the time 0, else random cumulative flags (IOC DZC OFC UFC IXC IDC, QC). */
function randomFpsr(rng: Rng): number {
  if (rng.chance(0.5)) return 0;
  return (rng.u32() & 0x0800009f) >>> 0;
}

/** The random initial state every class starts from (before its own state() adjusts it). */
export function randomState(cls: CaseClass, p: Pattern, f: Fields, rng: Rng): CpuState {
  const x: bigint[] = [];
  for (let r = 0; r < 31; r++) x.push(intValue(rng));
  const v = new Uint8Array(512);
  if (cls.fp) {
    const bits = fpLaneBits(p, f, rng);
    for (let n = 0; n < 32; n++) fpVector(rng, rng.chance(0.8) ? bits : rng.pick([16, 32, 64] as const), v, n * 16);
  } else {
    randomBytes(rng, v, 0, 512);
  }
  return {
    x,
    // SP: 16-byte aligned, inside the data buffer with room on both sides.
    sp: BigInt(DATA + 0x100 + 16 * rng.below((DATA_SIZE - 0x200) / 16)),
    nzcv: (rng.below(16) << 28) >>> 0,
    fpcr: cls.fp ? randomFpcr(rng) : 0,
    fpsr: randomFpsr(rng),
    tpidr: rng.chance(0.5) ? 0n : rng.u64(),
    v,
  };
}
