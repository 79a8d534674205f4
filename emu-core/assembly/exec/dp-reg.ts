// Handlers of the data-processing (register) section: see isa/dp-reg.ts for the encodings.
// Each reads like the Arm ARM's "Operation" pseudocode for its instruction. These are the
// hottest handlers of the emulator: fields come straight from the word with shifts, helpers
// are @inline, nothing allocates.
//
// Every reserved encoding of this section is a table matter (UNALLOC lines or fixed bits:
// shift=ROR for add/sub, imm6 >= 32 with sf=0, imm3 > 4, CRC32 sf/sz), so no handler here
// needs an UNDEF check; test/dp-encodings.test.ts holds the core and the disassembler to that.

import { cf, setNZCV, getR, setR, getRSP, setRSP, getX, setX, getW, setW, conditionHolds } from '../state';
import { addWithCarry, setLogicalFlags, crc32Update, umulh, smulh, shiftReg, extendReg } from './alu-helpers';

@inline function rd(i: u32): u32 { return i & 31; }
@inline function rn(i: u32): u32 { return (i >> 5) & 31; }
@inline function rm(i: u32): u32 { return (i >> 16) & 31; }
@inline function ra(i: u32): u32 { return (i >> 10) & 31; }
@inline function sfOf(i: u32): u32 { return i >> 31; }
@inline function condOf(i: u32): u32 { return (i >> 12) & 15; }

// ---- data-processing (2 source) ------------------------------------------------------------------

// ARM division never traps: x / 0 = 0 and INT_MIN / -1 = INT_MIN (wasm would trap on both).
export function UDIV(i: u32): void {
  if (sfOf(i)) {
    let m = getX(rm(i));
    setX(rd(i), m == 0 ? 0 : getX(rn(i)) / m);
  } else {
    let m = getW(rm(i));
    setW(rd(i), m == 0 ? 0 : getW(rn(i)) / m);
  }
}
export function SDIV(i: u32): void {
  if (sfOf(i)) {
    let n = <i64>getX(rn(i));
    let m = <i64>getX(rm(i));
    let r: i64 = m == 0 ? 0 : m == -1 ? -n : n / m; // -INT64_MIN wraps to INT64_MIN, as ARM wants
    setX(rd(i), <u64>r);
  } else {
    let n = <i32>getW(rn(i));
    let m = <i32>getW(rm(i));
    let r: i32 = m == 0 ? 0 : m == -1 ? -n : n / m;
    setW(rd(i), <u32>r);
  }
}

// Variable shifts: the amount is Rm modulo the data size, which is exactly what wasm's shifts do.
export function LSLV(i: u32): void {
  if (sfOf(i)) setX(rd(i), getX(rn(i)) << getX(rm(i)));
  else setW(rd(i), getW(rn(i)) << getW(rm(i)));
}
export function LSRV(i: u32): void {
  if (sfOf(i)) setX(rd(i), getX(rn(i)) >> getX(rm(i)));
  else setW(rd(i), getW(rn(i)) >> getW(rm(i)));
}
export function ASRV(i: u32): void {
  if (sfOf(i)) setX(rd(i), <u64>(<i64>getX(rn(i)) >> <i64>getX(rm(i))));
  else setW(rd(i), <u32>(<i32>getW(rn(i)) >> <i32>getW(rm(i))));
}
export function RORV(i: u32): void {
  if (sfOf(i)) setX(rd(i), rotr<u64>(getX(rn(i)), getX(rm(i))));
  else setW(rd(i), rotr<u32>(getW(rn(i)), getW(rm(i))));
}

// CRC32{B,H,W,X} (poly 0x04C11DB7) and CRC32C{B,H,W,X} (poly 0x1EDC6F41), bit-reflected
// with no pre- or post-inversion: the accumulator is Wn, the data the low 8 << sz bits of Rm.
@inline function crc(i: u32, castagnoli: bool, bytes: u32): void {
  setW(rd(i), crc32Update(getW(rn(i)), getX(rm(i)), bytes, castagnoli));
}
export function CRC32B(i: u32): void { crc(i, false, 1); }
export function CRC32H(i: u32): void { crc(i, false, 2); }
export function CRC32W(i: u32): void { crc(i, false, 4); }
export function CRC32X(i: u32): void { crc(i, false, 8); }
export function CRC32CB(i: u32): void { crc(i, true, 1); }
export function CRC32CH(i: u32): void { crc(i, true, 2); }
export function CRC32CW(i: u32): void { crc(i, true, 4); }
export function CRC32CX(i: u32): void { crc(i, true, 8); }

// ---- data-processing (1 source) --------------------------------------------------------------------

@inline function rbit64(x: u64): u64 {
  x = ((x >> 1) & 0x5555555555555555) | ((x & 0x5555555555555555) << 1);
  x = ((x >> 2) & 0x3333333333333333) | ((x & 0x3333333333333333) << 2);
  x = ((x >> 4) & 0x0f0f0f0f0f0f0f0f) | ((x & 0x0f0f0f0f0f0f0f0f) << 4);
  return bswap<u64>(x);
}
export function RBIT(i: u32): void {
  let r = rbit64(getX(rn(i)));
  if (sfOf(i)) setX(rd(i), r);
  else setW(rd(i), <u32>(r >> 32));
}
/** REV16: swap the bytes of every halfword. */
export function REV16(i: u32): void {
  let x = getX(rn(i));
  let r = ((x >> 8) & 0x00ff00ff00ff00ff) | ((x & 0x00ff00ff00ff00ff) << 8);
  setR(sfOf(i), rd(i), r);
}
export function REV_w(i: u32): void {
  setW(rd(i), bswap<u32>(getW(rn(i))));
}
/** REV32: reverse the bytes of each word of Xn. */
export function REV32(i: u32): void {
  setX(rd(i), rotr<u64>(bswap<u64>(getX(rn(i))), 32));
}
export function REV_x(i: u32): void {
  setX(rd(i), bswap<u64>(getX(rn(i))));
}
export function CLZ(i: u32): void {
  if (sfOf(i)) setX(rd(i), clz<u64>(getX(rn(i))));
  else setW(rd(i), clz<u32>(getW(rn(i))));
}
/** CLS: leading bits equal to the sign bit, not counting the sign bit itself. */
export function CLS(i: u32): void {
  if (sfOf(i)) {
    let x = getX(rn(i));
    setX(rd(i), clz<u64>((x ^ (x >> 1)) & 0x7fffffffffffffff) - 1);
  } else {
    let x = getW(rn(i));
    setW(rd(i), clz<u32>((x ^ (x >> 1)) & 0x7fffffff) - 1);
  }
}

// ---- logical (shifted register) -------------------------------------------------------------------

/** Rm shifted by the shift/imm6 fields (imm6 < 32 when sf = 0: the table makes sure). */
@inline function shiftedRm(i: u32, sf: u32): u64 {
  return shiftReg(sf, getR(sf, rm(i)), (i >> 22) & 3, (i >> 10) & 0x3f);
}

/** opc: 0 AND, 1 ORR, 2 EOR, 3 ANDS; invert = the N bit (BIC, ORN, EON, BICS). */
@inline function logicalShifted(i: u32, opc: u32, invert: bool): void {
  let sf = sfOf(i);
  let m = shiftedRm(i, sf);
  if (invert) m = ~m;
  let n = getX(rn(i));
  let r: u64;
  if (opc == 1) r = n | m;
  else if (opc == 2) r = n ^ m;
  else r = n & m;
  if (opc == 3) setLogicalFlags(sf, r);
  setR(sf, rd(i), r);
}
export function AND_sr(i: u32): void { logicalShifted(i, 0, false); }
export function BIC_sr(i: u32): void { logicalShifted(i, 0, true); }
export function ORR_sr(i: u32): void { logicalShifted(i, 1, false); }
export function ORN_sr(i: u32): void { logicalShifted(i, 1, true); }
export function EOR_sr(i: u32): void { logicalShifted(i, 2, false); }
export function EON_sr(i: u32): void { logicalShifted(i, 2, true); }
export function ANDS_sr(i: u32): void { logicalShifted(i, 3, false); }
export function BICS_sr(i: u32): void { logicalShifted(i, 3, true); }

// ---- add/subtract (shifted register, extended register, with carry) -----------------------------------

@inline function addSubShifted(i: u32, sub: bool, setFlags: bool): void {
  let sf = sfOf(i);
  let m = shiftedRm(i, sf);
  let n = getR(sf, rn(i));
  let r = sub ? addWithCarry(sf, n, ~m, 1, setFlags) : addWithCarry(sf, n, m, 0, setFlags);
  setR(sf, rd(i), r);
}
export function ADD_sr(i: u32): void { addSubShifted(i, false, false); }
export function ADDS_sr(i: u32): void { addSubShifted(i, false, true); }
export function SUB_sr(i: u32): void { addSubShifted(i, true, false); }
export function SUBS_sr(i: u32): void { addSubShifted(i, true, true); }

/** Rn may be SP; Rd is SP for ADD/SUB and XZR for ADDS/SUBS. imm3 <= 4 (the table makes sure). */
@inline function addSubExtended(i: u32, sub: bool, setFlags: bool): void {
  let sf = sfOf(i);
  let m = extendReg(getX(rm(i)), (i >> 13) & 7, (i >> 10) & 7);
  let n = getRSP(sf, rn(i));
  let r = sub ? addWithCarry(sf, n, ~m, 1, setFlags) : addWithCarry(sf, n, m, 0, setFlags);
  if (setFlags) setR(sf, rd(i), r);
  else setRSP(sf, rd(i), r);
}
export function ADD_ext(i: u32): void { addSubExtended(i, false, false); }
export function ADDS_ext(i: u32): void { addSubExtended(i, false, true); }
export function SUB_ext(i: u32): void { addSubExtended(i, true, false); }
export function SUBS_ext(i: u32): void { addSubExtended(i, true, true); }

@inline function addSubCarry(i: u32, sub: bool, setFlags: bool): void {
  let sf = sfOf(i);
  let m = getR(sf, rm(i));
  let n = getR(sf, rn(i));
  setR(sf, rd(i), addWithCarry(sf, n, sub ? ~m : m, cf, setFlags));
}
export function ADC(i: u32): void { addSubCarry(i, false, false); }
export function ADCS(i: u32): void { addSubCarry(i, false, true); }
export function SBC(i: u32): void { addSubCarry(i, true, false); }
export function SBCS(i: u32): void { addSubCarry(i, true, true); }

// ---- conditional compare ---------------------------------------------------------------------------------

/** If cond holds, the flags of Rn + m (CCMN) or Rn - m (CCMP); otherwise the nzcv immediate. */
@inline function condCompare(i: u32, m: u64, sub: bool): void {
  let sf = sfOf(i);
  if (conditionHolds(condOf(i))) {
    let n = getR(sf, rn(i));
    if (sub) addWithCarry(sf, n, ~m, 1, true);
    else addWithCarry(sf, n, m, 0, true);
  } else {
    setNZCV((i >> 3) & 1, (i >> 2) & 1, (i >> 1) & 1, i & 1);
  }
}
export function CCMN_reg(i: u32): void { condCompare(i, getR(sfOf(i), rm(i)), false); }
export function CCMP_reg(i: u32): void { condCompare(i, getR(sfOf(i), rm(i)), true); }
export function CCMN_imm(i: u32): void { condCompare(i, <u64>((i >> 16) & 31), false); }
export function CCMP_imm(i: u32): void { condCompare(i, <u64>((i >> 16) & 31), true); }

// ---- conditional select ----------------------------------------------------------------------------------

/** Rd = cond ? Rn : f(Rm), f = identity, +1, NOT or negate; sized writes truncate. */
export function CSEL(i: u32): void {
  setR(sfOf(i), rd(i), conditionHolds(condOf(i)) ? getX(rn(i)) : getX(rm(i)));
}
export function CSINC(i: u32): void {
  setR(sfOf(i), rd(i), conditionHolds(condOf(i)) ? getX(rn(i)) : getX(rm(i)) + 1);
}
export function CSINV(i: u32): void {
  setR(sfOf(i), rd(i), conditionHolds(condOf(i)) ? getX(rn(i)) : ~getX(rm(i)));
}
export function CSNEG(i: u32): void {
  setR(sfOf(i), rd(i), conditionHolds(condOf(i)) ? getX(rn(i)) : 0 - getX(rm(i)));
}

// ---- data-processing (3 source) ------------------------------------------------------------------------

// The low 64 (or 32) bits of a product do not depend on signedness, so MADD/MSUB and the
// long forms use plain wrapping multiplication after the right extension.
export function MADD(i: u32): void {
  setR(sfOf(i), rd(i), getX(ra(i)) + getX(rn(i)) * getX(rm(i)));
}
export function MSUB(i: u32): void {
  setR(sfOf(i), rd(i), getX(ra(i)) - getX(rn(i)) * getX(rm(i)));
}
export function SMADDL(i: u32): void {
  setX(rd(i), getX(ra(i)) + <u64>(<i64><i32>getW(rn(i)) * <i64><i32>getW(rm(i))));
}
export function SMSUBL(i: u32): void {
  setX(rd(i), getX(ra(i)) - <u64>(<i64><i32>getW(rn(i)) * <i64><i32>getW(rm(i))));
}
export function UMADDL(i: u32): void {
  setX(rd(i), getX(ra(i)) + <u64>getW(rn(i)) * <u64>getW(rm(i)));
}
export function UMSUBL(i: u32): void {
  setX(rd(i), getX(ra(i)) - <u64>getW(rn(i)) * <u64>getW(rm(i)));
}
export function SMULH(i: u32): void {
  setX(rd(i), smulh(getX(rn(i)), getX(rm(i))));
}
export function UMULH(i: u32): void {
  setX(rd(i), umulh(getX(rn(i)), getX(rm(i))));
}
