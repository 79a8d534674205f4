// FPCR controls and FPSR cumulative flags, as the Arm ARM's FP pseudocode reads and sets them.
// The core implements no floating-point exception traps (FPCR.{IDE,IXE,UFE,OFE,DZE,IOE} are
// RAZ/WI), so FPProcessException is just "set the cumulative flag". Which FPCR/FPSR bits an MSR
// can write is decided in sysreg-access.ts.
//
//   FPCR  31     26  25  24  23 22                          FPSR  27   7    4   3   2   1   0
//         | ... |AHP|DN |FZ |RMode| ...                           |QC|..|IDC|..|IXC|UFC|OFC|DZC|IOC|

import { fpcr, fpsr } from '../sysregs';

@inline export const FPCR_AHP: u32 = 1 << 26;
@inline export const FPCR_DN: u32 = 1 << 25;
@inline export const FPCR_FZ: u32 = 1 << 24;
@inline export const FPCR_RMODE_SHIFT: u32 = 22;

@inline export const FPSR_IOC: u32 = 1 << 0; // invalid operation
@inline export const FPSR_DZC: u32 = 1 << 1; // divide by zero
@inline export const FPSR_OFC: u32 = 1 << 2; // overflow
@inline export const FPSR_UFC: u32 = 1 << 3; // underflow
@inline export const FPSR_IXC: u32 = 1 << 4; // inexact
@inline export const FPSR_IDC: u32 = 1 << 7; // input denormal (flushed to zero)
@inline export const FPSR_QC: u32 = 1 << 27; // saturation (integer AdvSIMD; not set by FP ops)

// Rounding modes: the first four are the FPCR.RMode encodings; the last two are only ever
// asked for by an instruction (FCVTA*/FRINTA round ties away, FCVTXN rounds to odd).
@inline export const RN: u32 = 0; // to nearest, ties to even
@inline export const RP: u32 = 1; // towards +infinity
@inline export const RM: u32 = 2; // towards -infinity
@inline export const RZ: u32 = 3; // towards zero
@inline export const RA: u32 = 4; // to nearest, ties away from zero
@inline export const RO: u32 = 5; // to odd (von Neumann)

/** FPRoundingMode(FPCR). */
@inline export function fpcrRounding(): u32 {
  return (fpcr >> FPCR_RMODE_SHIFT) & 3;
}
@inline export function fpcrFZ(): bool {
  return (fpcr & FPCR_FZ) != 0;
}
@inline export function fpcrDN(): bool {
  return (fpcr & FPCR_DN) != 0;
}
@inline export function fpcrAHP(): bool {
  return (fpcr & FPCR_AHP) != 0;
}

/** FPProcessException: set the cumulative flag(s). */
@inline export function raise(flags: u32): void {
  fpsr |= flags;
}
