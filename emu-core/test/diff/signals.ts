// What Linux delivers to a user process for an exception taken from EL0 (arch/arm64's
// fault and trap handling, as far as a single user instruction can trigger it). Our side of
// the differential test takes the exception to its own vector and reports it through this map,
// so that it compares with what qemu-aarch64 (emulating Linux) reports.
import { SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP } from './layout.ts';

export const EC = {
  UNKNOWN: 0x00,
  FP_ACCESS: 0x07,
  ILLEGAL_STATE: 0x0e,
  SVC64: 0x15,
  SYSREG: 0x18,
  IABORT_LOWER: 0x20,
  PC_ALIGN: 0x22,
  DABORT_LOWER: 0x24,
  SP_ALIGN: 0x26,
  FP_EXC64: 0x2c,
  BRK64: 0x3c,
} as const;

// si_code values (include/uapi/asm-generic/siginfo.h).
export const ILL_ILLOPC = 1;
export const SEGV_MAPERR = 1;
export const SEGV_ACCERR = 2;
export const BUS_ADRALN = 1;
export const TRAP_BRKPT = 1;
export const FPE_FLTUNK = 14;

const FSC_ALIGNMENT = 0x21;

export interface LinuxSignal {
  signo: number;
  siCode: number;
  siAddr: bigint;
}

/** Fault status codes 0b0001LL (translation) and 0b0000LL (address size): nothing mapped. */
function segvCode(fsc: number): number {
  return (fsc & 0x3c) === 0x04 || (fsc & 0x3c) === 0x00 ? SEGV_MAPERR : SEGV_ACCERR;
}

/**
 * Linux reports fault addresses without the tag byte (untagged_addr: bits 63:56 become copies
 * of bit 55) unless the handler asked for SA_EXPOSE_TAGBITS; TBI makes tagged data addresses
 * reach the MMU, so FAR may carry a tag.
 */
export function untagged(addr: bigint): bigint {
  const low = addr & 0x00ff_ffff_ffff_ffffn;
  return (addr >> 55n) & 1n ? low | 0xff00_0000_0000_0000n : low;
}

/**
 * The signal for a synchronous exception from EL0 with syndrome `esr`, fault address `far`,
 * preferred return address `elr` and stack pointer `sp`. Throws for exceptions a single
 * checkable instruction must never raise (SVC is @nodiff; FP is always enabled).
 */
export function signalFor(esr: bigint, far: bigint, elr: bigint, sp: bigint): LinuxSignal {
  const ec = Number((esr >> 26n) & 0x3fn);
  const iss = Number(esr & 0x1ffffffn);
  switch (ec) {
    case EC.UNKNOWN:
    case EC.ILLEGAL_STATE:
    case EC.SYSREG: // Linux emulates a few EL0 register traps (ID registers, CTR); none are generated
      return { signo: SIGILL, siCode: ILL_ILLOPC, siAddr: elr };
    case EC.BRK64:
      return { signo: SIGTRAP, siCode: TRAP_BRKPT, siAddr: elr };
    case EC.IABORT_LOWER:
      return { signo: SIGSEGV, siCode: segvCode(iss & 0x3f), siAddr: untagged(far) };
    case EC.DABORT_LOWER: {
      const fsc = iss & 0x3f;
      if (fsc === FSC_ALIGNMENT) return { signo: SIGBUS, siCode: BUS_ADRALN, siAddr: untagged(far) };
      return { signo: SIGSEGV, siCode: segvCode(fsc), siAddr: untagged(far) };
    }
    case EC.PC_ALIGN:
      return { signo: SIGBUS, siCode: BUS_ADRALN, siAddr: untagged(far) };
    case EC.SP_ALIGN:
      return { signo: SIGBUS, siCode: BUS_ADRALN, siAddr: sp };
    case EC.FP_EXC64:
      return { signo: SIGFPE, siCode: FPE_FLTUNK, siAddr: elr };
  }
  throw new Error(`exception class 0x${ec.toString(16)} (ESR 0x${esr.toString(16)}) from EL0 has no signal mapping in the diff harness`);
}
