// System register values. They are plain wasm globals so that the MMU, the timer and the
// exception logic read them at full speed; the MRS/MSR handlers in exec/branch-sys.ts do the
// access checks and the side effects (TLB flush, timer re-evaluation) of writing them.

// ---- EL1 system control -------------------------------------------------------------------------
/** SCTLR_EL1 reset value: RES1 bits of ARMv8.0 (29:28, 23:22, 20, 11) set, MMU off. */
export let sctlr: u64 = 0x30d00800;
export let tcr: u64 = 0;
export let mair: u64 = 0;
export let amair: u64 = 0;
export let ttbr0: u64 = 0;
export let ttbr1: u64 = 0;
export let vbar: u64 = 0;
export let esr: u64 = 0;
export let far: u64 = 0;
export let elr: u64 = 0;
export let spsr: u64 = 0;
export let cpacr: u64 = 0;
export let contextidr: u64 = 0;
export let par: u64 = 0;
export let afsr0: u64 = 0;
export let afsr1: u64 = 0;
export let mdscr: u64 = 0;
export let tpidrEl0: u64 = 0;
export let tpidrroEl0: u64 = 0;
export let tpidrEl1: u64 = 0;
/** FPCR / FPSR (the FP helper owns their meaning). */
export let fpcr: u32 = 0;
export let fpsr: u32 = 0;

// ---- generic timer ---------------------------------------------------------------------------
export let cntkctl: u64 = 0;
export let cntvCtl: u64 = 0;
export let cntvCval: u64 = 0;
export let cntpCtl: u64 = 0;
export let cntpCval: u64 = 0;

// ---- derived values, refreshed whenever SCTLR is written ----------------------------------------
/** SCTLR_EL1.A: alignment checking for all data accesses. */
export let alignCheck: bool = false;

export function sctlrChanged(): void {
  alignCheck = (sctlr & 2) != 0;
}

export function resetSysregs(): void {
  sctlr = 0x30d00800;
  tcr = 0; mair = 0; amair = 0; ttbr0 = 0; ttbr1 = 0; vbar = 0; esr = 0; far = 0; elr = 0;
  spsr = 0; cpacr = 0; contextidr = 0; par = 0; afsr0 = 0; afsr1 = 0; mdscr = 0;
  tpidrEl0 = 0; tpidrroEl0 = 0; tpidrEl1 = 0; fpcr = 0; fpsr = 0;
  cntkctl = 0; cntvCtl = 0; cntvCval = 0; cntpCtl = 0; cntpCval = 0;
  sctlrChanged();
}

// ---- identification ------------------------------------------------------------------------------
// What we implement, stated exactly (the FP/SIMD and crypto fields follow what is built).
/** MIDR_EL1: implementer 0x00 (reserved for software use), variant 0, arch 0xF, part 0x0, rev 0. */
@inline export const MIDR: u64 = 0x000f0000;
/** MPIDR_EL1: bit 31 RES1, U (bit 30) = 1: uniprocessor, affinity 0. */
@inline export const MPIDR: u64 = 0xc0000000;
/** CTR_EL0: 64-byte lines (IminLine = DminLine = 4), PIPT I-cache, CWG/ERG = 4. */
@inline export const CTR: u64 = 0x8444c004;
/** DCZID_EL0: DC ZVA allowed, block size 2^4 words = 64 bytes. */
@inline export const DCZID: u64 = 0x4;
/** CNTFRQ_EL0: 62.5 MHz, the frequency QEMU's virt machine reports. */
@inline export const CNTFRQ: u64 = 62500000;
