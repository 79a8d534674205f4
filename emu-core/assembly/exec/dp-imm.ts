// Handlers of the data-processing (immediate) section: see isa/dp-imm.ts for the encodings.
// Each reads like the Arm ARM's "Operation" pseudocode for its instruction.

import { pc, getX, setX, getR, setR, getRSP, setRSP } from '../state';
import { undefinedInstruction } from '../exceptions';
import { addWithCarry, setLogicalFlags, decodeBitMasks, wmask, tmask, rorN, ones } from './alu-helpers';

@inline function rd(i: u32): u32 { return i & 31; }
@inline function rn(i: u32): u32 { return (i >> 5) & 31; }
@inline function sfOf(i: u32): u32 { return i >> 31; }

// ---- PC-relative addressing ---------------------------------------------------------------------

@inline function adrImm(i: u32): i64 {
  let imm = ((i >> 5) & 0x7ffff) << 2 | ((i >> 29) & 3); // immhi:immlo, 21 bits
  return <i64>(<i32>(imm << 11) >> 11); // sign-extend 21 bits (arithmetic shift of the 32-bit value)
}
export function ADR(i: u32): void {
  setX(rd(i), pc + <u64>adrImm(i));
}
export function ADRP(i: u32): void {
  setX(rd(i), (pc & ~<u64>0xfff) + (<u64>adrImm(i) << 12));
}

// ---- add/subtract (immediate) -----------------------------------------------------------------------

@inline function addSubImm(i: u32, sub: bool, setFlags: bool): void {
  let sf = sfOf(i);
  let imm = <u64>((i >> 10) & 0xfff) << (((i >> 22) & 1) * 12);
  let x = getRSP(sf, rn(i));
  let r = sub ? addWithCarry(sf, x, ~imm, 1, setFlags) : addWithCarry(sf, x, imm, 0, setFlags);
  if (setFlags) setR(sf, rd(i), r);
  else setRSP(sf, rd(i), r);
}
export function ADD_imm(i: u32): void { addSubImm(i, false, false); }
export function ADDS_imm(i: u32): void { addSubImm(i, false, true); }
export function SUB_imm(i: u32): void { addSubImm(i, true, false); }
export function SUBS_imm(i: u32): void { addSubImm(i, true, true); }

// ---- logical (immediate) -------------------------------------------------------------------------------

@inline function logicalImm(i: u32, opc: u32): void {
  let sf = sfOf(i);
  if (!decodeBitMasks((i >> 22) & 1, (i >> 10) & 0x3f, (i >> 16) & 0x3f, true, sf ? 64 : 32)) {
    undefinedInstruction();
    return;
  }
  let x = getR(sf, rn(i));
  let r: u64;
  if (opc == 0 || opc == 3) r = x & wmask;
  else if (opc == 1) r = x | wmask;
  else r = x ^ wmask;
  if (opc == 3) {
    setLogicalFlags(sf, r);
    setR(sf, rd(i), r);
  } else {
    setRSP(sf, rd(i), r);
  }
}
export function AND_imm(i: u32): void { logicalImm(i, 0); }
export function ORR_imm(i: u32): void { logicalImm(i, 1); }
export function EOR_imm(i: u32): void { logicalImm(i, 2); }
export function ANDS_imm(i: u32): void { logicalImm(i, 3); }

// ---- move wide -----------------------------------------------------------------------------------------

@inline function wideShift(i: u32): u32 { return ((i >> 21) & 3) << 4; }
@inline function imm16(i: u32): u64 { return <u64>((i >> 5) & 0xffff); }

export function MOVN(i: u32): void {
  setR(sfOf(i), rd(i), ~(imm16(i) << wideShift(i)));
}
export function MOVZ(i: u32): void {
  setX(rd(i), imm16(i) << wideShift(i));
}
export function MOVK(i: u32): void {
  let sh = wideShift(i);
  let old = getX(rd(i));
  setR(sfOf(i), rd(i), (old & ~(<u64>0xffff << sh)) | (imm16(i) << sh));
}

// ---- bitfield ---------------------------------------------------------------------------------------------

@inline function bitfield(i: u32, opc: u32): void {
  let sf = sfOf(i);
  let size: u32 = sf ? 64 : 32;
  let immr = (i >> 16) & 0x3f;
  let imms = (i >> 10) & 0x3f;
  if (!decodeBitMasks((i >> 22) & 1, imms, immr, false, size)) {
    undefinedInstruction();
    return;
  }
  let src = getR(sf, rn(i));
  let dst: u64 = opc == 1 ? getR(sf, rd(i)) : 0; // BFM keeps the destination's other bits
  let bot = (dst & ~wmask) | (rorN(src, immr, size) & wmask);
  let top: u64;
  if (opc == 0) top = ((src >> imms) & 1) != 0 ? ones(size) : 0; // SBFM: replicate src<S>
  else top = dst;
  setR(sf, rd(i), (top & ~tmask) | (bot & tmask));
}
export function SBFM(i: u32): void { bitfield(i, 0); }
export function BFM(i: u32): void { bitfield(i, 1); }
export function UBFM(i: u32): void { bitfield(i, 2); }

// ---- extract ------------------------------------------------------------------------------------------------

export function EXTR(i: u32): void {
  let sf = sfOf(i);
  let lsb = (i >> 10) & 0x3f;
  let hi = getR(sf, (i >> 16) & 31); // Rm supplies the low part, Rn the high part: Rn:Rm >> lsb
  let n = getR(sf, rn(i));
  let r: u64;
  if (lsb == 0) r = hi;
  else if (sf) r = (hi >> lsb) | (n << (64 - lsb));
  else r = ((hi >> lsb) | (n << (32 - lsb))) & 0xffffffff;
  setR(sf, rd(i), r);
}
