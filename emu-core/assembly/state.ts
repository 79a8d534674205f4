// Architectural register state of the one CPU this instance emulates.
//
// General-purpose and vector registers live in one static block of linear memory so that a
// register number from an instruction indexes them directly (and the host can read them
// with one view). Everything else (PC, PSTATE, system registers) is a wasm global.
//
//   REGS (static, 16-byte aligned)
//   +-------+-------------------------------------------------------------+
//   | 0x000 | X0 .. X30                      31 x u64                      |
//   | 0x0F8 | XZR  -- always reads 0; writes to register 31 land here and  |
//   |       |         are wiped again right after (see setX)               |
//   | 0x100 | SP   -- the stack pointer selected by PSTATE.{EL,SP}         |
//   | 0x108 | (pad)                                                        |
//   | 0x200 | V0 .. V31                      32 x 16 bytes (little-endian) |
//   | 0x400 | end                                                          |
//   +-------+-------------------------------------------------------------+
//
// Register 31 means XZR for most operands and SP for a few: `xsp` reads/writes use index
// r + ((r + 1) >> 5), which is r for r < 31 and 32 (the SP slot) for r = 31, without a branch.

export const REGS: usize = memory.data(0x400, 16);
@inline export const OFF_XZR: usize = 0xf8;
@inline export const OFF_SP: usize = 0x100;
@inline export const OFF_V: usize = 0x200;

// ---- program counter and PSTATE -------------------------------------------------------------

export let pc: u64 = 0;
/** Condition flags, each 0 or 1. */
export let nf: u32 = 0;
export let zf: u32 = 0;
export let cf: u32 = 0;
export let vf: u32 = 0;
/** PSTATE.{D,A,I,F} in bits 3:0 (D=8, A=4, I=2, F=1), i.e. DAIF >> 6. */
export let daif: u32 = 0xf;
/** Current exception level, 0 or 1. */
export let el: u32 = 1;
/** PSTATE.SP: 0 = SP_EL0, 1 = SP_ELx. */
export let spsel: u32 = 1;
/** PSTATE.IL (illegal execution state). */
export let pstateIL: u32 = 0;

// ---- the run loop's control flags ------------------------------------------------------------

/**
 * Set by any handler that wrote `pc` itself (branches, exceptions) or that must end the
 * current block (MMIO exit, system register writes that change translation or interrupts).
 * The run loop then re-fetches from `pc` instead of advancing by 4.
 */
export let jumped: bool = false;

/**
 * Set when translation or PSTATE changed under the current block (exception entry, ERET,
 * TLB maintenance, MMU or interrupt-mask writes): the run loop goes back through fetch and
 * the interrupt check before the next instruction.
 */
export let mustRefetch: bool = false;
@inline export function requestRefetch(): void {
  mustRefetch = true;
  jumped = true;
}

@inline export function setPC(v: u64): void {
  pc = v;
  jumped = true;
}

/** End the block after this (non-branching) instruction: advance pc, re-fetch, re-check IRQs. */
@inline export function endBlockAfterThis(): void {
  pc += 4;
  jumped = true;
  mustRefetch = true;
}

// ---- general-purpose registers --------------------------------------------------------------

/** Xr, with r = 31 reading as zero. */
@inline export function getX(r: u32): u64 {
  return load<u64>(REGS + (<usize>r << 3));
}
/** Wr (low 32 bits), with r = 31 reading as zero. */
@inline export function getW(r: u32): u32 {
  return load<u32>(REGS + (<usize>r << 3));
}
/** Xr = v; writes to r = 31 are discarded. */
@inline export function setX(r: u32, v: u64): void {
  store<u64>(REGS + (<usize>r << 3), v);
  store<u64>(REGS + OFF_XZR, 0);
}
/** Wr = v (zero-extended into Xr); writes to r = 31 are discarded. */
@inline export function setW(r: u32, v: u32): void {
  store<u64>(REGS + (<usize>r << 3), <u64>v);
  store<u64>(REGS + OFF_XZR, 0);
}
/** Xr or SP for r = 31. */
@inline export function getXSP(r: u32): u64 {
  return load<u64>(REGS + (<usize>(r + ((r + 1) >> 5)) << 3));
}
/** Xr = v, or SP = v for r = 31. */
@inline export function setXSP(r: u32, v: u64): void {
  store<u64>(REGS + (<usize>(r + ((r + 1) >> 5)) << 3), v);
}
/** Register read sized by sf (0: W zero-extended, 1: X). */
@inline export function getR(sf: u32, r: u32): u64 {
  let v = getX(r);
  return sf ? v : v & 0xffffffff;
}
/** Register write sized by sf (W writes zero-extend). */
@inline export function setR(sf: u32, r: u32, v: u64): void {
  setX(r, sf ? v : v & 0xffffffff);
}
@inline export function getRSP(sf: u32, r: u32): u64 {
  let v = getXSP(r);
  return sf ? v : v & 0xffffffff;
}
@inline export function setRSP(sf: u32, r: u32, v: u64): void {
  setXSP(r, sf ? v : v & 0xffffffff);
}
@inline export function getSP(): u64 {
  return load<u64>(REGS + OFF_SP);
}
@inline export function setSP(v: u64): void {
  store<u64>(REGS + OFF_SP, v);
}

// ---- vector registers (little-endian 128-bit) -------------------------------------------------

@inline export function vAddr(r: u32): usize {
  return REGS + OFF_V + (<usize>r << 4);
}

// ---- flags ------------------------------------------------------------------------------------

@inline export function setNZCV(n: u32, z: u32, c: u32, v: u32): void {
  nf = n;
  zf = z;
  cf = c;
  vf = v;
}
/** NZCV packed as in the NZCV system register (bits 31:28). */
export function getNZCVBits(): u32 {
  return (nf << 31) | (zf << 30) | (cf << 29) | (vf << 28);
}
export function setNZCVBits(x: u32): void {
  nf = (x >> 31) & 1;
  zf = (x >> 30) & 1;
  cf = (x >> 29) & 1;
  vf = (x >> 28) & 1;
}

/** ConditionHolds(cond) from the Arm ARM. */
@inline export function conditionHolds(cond: u32): bool {
  let r: bool;
  switch (cond >> 1) {
    case 0: r = zf == 1; break; // EQ / NE
    case 1: r = cf == 1; break; // CS / CC
    case 2: r = nf == 1; break; // MI / PL
    case 3: r = vf == 1; break; // VS / VC
    case 4: r = cf == 1 && zf == 0; break; // HI / LS
    case 5: r = nf == vf; break; // GE / LT
    case 6: r = nf == vf && zf == 0; break; // GT / LE
    default: r = true; // AL / NV
  }
  if ((cond & 1) != 0 && cond != 15) r = !r;
  return r;
}

// ---- PSTATE as SPSR bits -------------------------------------------------------------------------

/** Current PSTATE in SPSR_ELx layout (AArch64): NZCV, DAIF, IL, EL, SP. */
export function pstateToSpsr(): u64 {
  return <u64>(getNZCVBits() | (pstateIL << 20) | (daif << 6) | (el << 2) | spsel);
}

/** Bank the live SP into SP_EL0/SP_EL1 and load the one the new PSTATE selects. */
export let spEl0: u64 = 0;
export let spEl1: u64 = 0;
export function saveSP(): void {
  if (spsel == 0) spEl0 = getSP();
  else spEl1 = getSP();
}
export function loadSP(): void {
  setSP(spsel == 0 ? spEl0 : spEl1);
}
/** Change PSTATE.{EL, SP}, keeping the banked stack pointers right. */
export function switchMode(newEl: u32, newSpsel: u32): void {
  saveSP();
  el = newEl;
  spsel = newEl == 0 ? 0 : newSpsel;
  loadSP();
}
export function setDAIF(v: u32): void {
  daif = v & 0xf;
}
export function setPstateIL(v: u32): void {
  pstateIL = v & 1;
}
export function setFlagsNZ64(r: u64): void {
  nf = <u32>(r >> 63);
  zf = r == 0 ? 1 : 0;
}
/** Raw writes for the host API (no banking side effects beyond what is asked). */
export function rawSetEL(v: u32): void {
  el = v;
}
export function rawSetSpsel(v: u32): void {
  spsel = v;
}
export function rawSetSpEl0(v: u64): void {
  spEl0 = v;
}
export function rawSetSpEl1(v: u64): void {
  spEl1 = v;
}
export function rawSetPC(v: u64): void {
  pc = v;
}
export function clearJumped(): void {
  jumped = false;
}
