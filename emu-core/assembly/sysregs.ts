// System register values and the identification registers describing what the core implements.
//
// Values are plain wasm globals so the MMU, the timer and the exception logic read them at full
// speed. Who may read or write a register, and the side effects of a write (TLB flush, timer
// re-evaluation), live in sysreg-access.ts.

// ---- EL1 system control -------------------------------------------------------------------------

// SCTLR_EL1 bits the core acts on.
@inline export const SCTLR_M: u64 = 1 << 0; // stage 1 MMU enable
@inline export const SCTLR_A: u64 = 1 << 1; // alignment checking
@inline export const SCTLR_SA: u64 = 1 << 3; // SP alignment check at EL1
@inline export const SCTLR_SA0: u64 = 1 << 4; // SP alignment check at EL0
@inline export const SCTLR_UMA: u64 = 1 << 9; // EL0 access to DAIF
@inline export const SCTLR_DZE: u64 = 1 << 14; // EL0 DC ZVA
@inline export const SCTLR_UCT: u64 = 1 << 15; // EL0 access to CTR_EL0
@inline export const SCTLR_NTWI: u64 = 1 << 16; // 0: WFI at EL0 traps
@inline export const SCTLR_NTWE: u64 = 1 << 18; // 0: WFE at EL0 traps
@inline export const SCTLR_WXN: u64 = 1 << 19; // writable implies execute-never
@inline export const SCTLR_UCI: u64 = 1 << 26; // EL0 cache maintenance by VA
/**
 * Bits that are RES1 in ARMv8.0 (EOS, TSCXT, EIS, SPAN, LSMAOE, nTLSMD: 11, 20, 22, 23, 28, 29).
 * SCTLR_EL1 stores what software writes (RES0/RES1 bits may be stateful; QEMU does the same) and
 * the core acts only on the bits above. EE and E0E (big-endian) are ignored: no big-endian.
 */
@inline export const SCTLR_RES1: u64 = 0x30d00800;
/** Reset value: the RES1 bits, with WFI/WFE at EL0 not trapped, MMU and caches off. */
@inline export const SCTLR_RESET: u64 = SCTLR_RES1 | SCTLR_NTWI | SCTLR_NTWE;

export let sctlr: u64 = SCTLR_RESET;
export let actlr: u64 = 0;
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
/** CPACR_EL1: only FPEN (bits 21:20) exists (no trace, no SVE). */
export let cpacr: u64 = 0;
@inline export const CPACR_MASK: u64 = 0x300000;
export let contextidr: u64 = 0;
export let par: u64 = 0;
export let afsr0: u64 = 0;
export let afsr1: u64 = 0;
export let tpidrEl0: u64 = 0;
export let tpidrroEl0: u64 = 0;
export let tpidrEl1: u64 = 0;
/** CSSELR_EL1: Level (bits 3:1) and InD (bit 0) select the cache CCSIDR_EL1 describes. */
export let csselr: u64 = 0;
/** FPCR / FPSR (the FP helper owns their meaning). */
export let fpcr: u32 = 0;
export let fpsr: u32 = 0;

// ---- debug registers a kernel pokes -------------------------------------------------------------
// They hold their values but no debug event (breakpoint, watchpoint, software step) ever fires:
// the core implements the register interface of the v8.0 debug architecture, not the events.
export let mdscr: u64 = 0;
export let mdccint: u64 = 0;
export let osdlr: u64 = 0;
export let dbgprcr: u64 = 0;
export let dbgclaim: u64 = 0;
/** OSLSR_EL1.OSLK: the OS lock, set by a cold reset and by OSLAR_EL1 writes of 1. */
export let osLock: u32 = 1;
/** Breakpoint and watchpoint value/control pairs, DEBUG_PAIRS of each (ID_AA64DFR0 BRPs/WRPs). */
@inline export const DEBUG_PAIRS: u32 = 2;
//   DBG (static): [0] DBGBVR0 [1] DBGBVR1 [2] DBGBCR0 [3] DBGBCR1
//                 [4] DBGWVR0 [5] DBGWVR1 [6] DBGWCR0 [7] DBGWCR1     (u64 each)
export const DBG: usize = memory.data(8 * 8, 8);

// ---- generic timer ---------------------------------------------------------------------------
/** CNTFRQ_EL0 is writable at EL1 (the highest EL we have); the counter's rate never changes. */
export let cntfrq: u64 = 62500000;
export let cntkctl: u64 = 0;
@inline export const CNTKCTL_MASK: u64 = 0x3ff;
export let cntvCtl: u64 = 0;
export let cntvCval: u64 = 0;
export let cntpCtl: u64 = 0;
export let cntpCval: u64 = 0;

// ---- the event register (WFE/SEV) ----------------------------------------------------------------
/**
 * Set by SEV, SEVL and exception returns; WFE clears it instead of waiting (and instead of
 * trapping at EL0). Cleared at reset.
 */
export let eventRegister: bool = false;

// ---- derived values, refreshed whenever SCTLR is written ----------------------------------------
/** SCTLR_EL1.A: alignment checking for all data accesses. */
export let alignCheck: bool = false;

export function setSctlr(v: u64): void {
  sctlr = v;
  alignCheck = (sctlr & SCTLR_A) != 0;
}

export function resetSysregs(): void {
  setSctlr(SCTLR_RESET);
  actlr = 0; tcr = 0; mair = 0; amair = 0; ttbr0 = 0; ttbr1 = 0; vbar = 0; esr = 0; far = 0;
  elr = 0; spsr = 0; cpacr = 0; contextidr = 0; par = 0; afsr0 = 0; afsr1 = 0; csselr = 0;
  tpidrEl0 = 0; tpidrroEl0 = 0; tpidrEl1 = 0; fpcr = 0; fpsr = 0;
  mdscr = 0; mdccint = 0; osdlr = 0; dbgprcr = 0; dbgclaim = 0; osLock = 1;
  memory.fill(DBG, 0, 8 * 8);
  cntfrq = CNTFRQ; cntkctl = 0; cntvCtl = 0; cntvCval = 0; cntpCtl = 0; cntpCval = 0;
  eventRegister = false;
}

// ---- identification ------------------------------------------------------------------------------
// What we implement, stated exactly: ARMv8.0-A, AArch64 only at EL0 and EL1 (no EL2, no EL3),
// LSE atomics, CRC32, FP and AdvSIMD with half-precision conversions only, AES + PMULL, SHA1,
// SHA256; 4 KiB granule only, 40-bit PA, 16-bit ASID; no PMU, no trace, no GIC system registers.

/** MIDR_EL1: implementer 0x00 (reserved for software use), variant 0, arch 0xF, part 0, rev 0. */
@inline export const MIDR: u64 = 0x000f0000;
/** MPIDR_EL1: bit 31 RES1, U (bit 30) = 1: a uniprocessor system, affinity 0.0.0. */
@inline export const MPIDR: u64 = 0xc0000000;
@inline export const REVIDR: u64 = 0;
/** ID_AA64PFR0_EL1: EL0 = EL1 = 0b0001 (AArch64 only), EL2 = EL3 = 0 (absent), FP = AdvSIMD = 0. */
@inline export const ID_AA64PFR0: u64 = 0x11;
/** ID_AA64DFR0_EL1: DebugVer 0b0110 (v8.0), PMUVer 0, BRPs 1 and WRPs 1 (two of each), CTX_CMPs 0. */
@inline export const ID_AA64DFR0: u64 = 0x00101006;
/** ID_AA64ISAR0_EL1: AES 0b0010 (with PMULL), SHA1 0b0001, SHA2 0b0001 (SHA256), CRC32 0b0001, Atomic 0b0010. */
@inline export const ID_AA64ISAR0: u64 = 0x00211120;
/** ID_AA64MMFR0_EL1: PARange 0b0010 (40 bits), ASIDBits 0b0010 (16), TGran4 0, TGran64 0xF, TGran16 0. */
@inline export const ID_AA64MMFR0: u64 = 0x0f000022;
/** CTR_EL0: 64-byte lines (IminLine = DminLine = 4), PIPT I-cache, CWG = ERG = 4; no IDC/DIC (v8.2). */
@inline export const CTR: u64 = 0x8444c004;
/** DCZID_EL0.BS: DC ZVA zeroes 2^4 words = 64 bytes. DZP (bit 4) is added when EL0 may not. */
@inline export const DCZID_BS: u64 = 0x4;
@inline export const DCZ_BYTES: u64 = 64;
/**
 * CLIDR_EL1: separate L1 instruction and data caches (Ctype1 = 0b011), LoUIS = LoC = LoUU = 1.
 * The core has no caches to keep coherent, but it describes the smallest hierarchy a kernel's
 * maintenance code expects (software must still use DC/IC to PoU, which CTR_EL0 requires).
 */
@inline export const CLIDR: u64 = 0x09200003;
/** CCSIDR_EL1 of the L1 data cache: 32 KiB, 4 ways, 128 sets, 64-byte lines, WB/RA/WA. */
@inline export const CCSIDR_L1D: u64 = 0x700fe01a;
/** CCSIDR_EL1 of the L1 instruction cache: 32 KiB, 4 ways, 128 sets, 64-byte lines, RA. */
@inline export const CCSIDR_L1I: u64 = 0x200fe01a;
/** CNTFRQ_EL0 reset value: 62.5 MHz, the frequency QEMU's virt machine reports. */
@inline export const CNTFRQ: u64 = 62500000;
/** OSLSR_EL1.OSLM = 0b10: the OS lock is implemented (bits 3 and 0 hold OSLM[1] and OSLM[0]). */
@inline export const OSLSR_OSLM: u64 = 0x8;
/** DBGAUTHSTATUS_EL1: non-secure invasive and non-invasive debug implemented and enabled. */
@inline export const DBGAUTHSTATUS: u64 = 0xf;
