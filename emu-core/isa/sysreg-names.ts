// System register names and their MRS/MSR encodings (op0, op1, CRn, CRm, op2), for the
// host API, the disassembler and the UI. key = op0<<14 | op1<<11 | CRn<<7 | CRm<<3 | op2.
// This is the list of every register the core implements (emu-core/assembly/sysreg-access.ts);
// test/sys-regs.test.ts executes MRS/MSR on each to keep the two in step.

export interface SysregName {
  name: string;
  enc: [number, number, number, number, number];
}

export const SYSREGS: SysregName[] = [
  // identification (the unnamed rest of op0=3,op1=0,CRn=0,CRm=1..7 reads as zero)
  { name: 'MIDR_EL1', enc: [3, 0, 0, 0, 0] },
  { name: 'MPIDR_EL1', enc: [3, 0, 0, 0, 5] },
  { name: 'REVIDR_EL1', enc: [3, 0, 0, 0, 6] },
  { name: 'ID_AA64PFR0_EL1', enc: [3, 0, 0, 4, 0] },
  { name: 'ID_AA64PFR1_EL1', enc: [3, 0, 0, 4, 1] },
  { name: 'ID_AA64ZFR0_EL1', enc: [3, 0, 0, 4, 4] },
  { name: 'ID_AA64DFR0_EL1', enc: [3, 0, 0, 5, 0] },
  { name: 'ID_AA64DFR1_EL1', enc: [3, 0, 0, 5, 1] },
  { name: 'ID_AA64AFR0_EL1', enc: [3, 0, 0, 5, 4] },
  { name: 'ID_AA64AFR1_EL1', enc: [3, 0, 0, 5, 5] },
  { name: 'ID_AA64ISAR0_EL1', enc: [3, 0, 0, 6, 0] },
  { name: 'ID_AA64ISAR1_EL1', enc: [3, 0, 0, 6, 1] },
  { name: 'ID_AA64MMFR0_EL1', enc: [3, 0, 0, 7, 0] },
  { name: 'ID_AA64MMFR1_EL1', enc: [3, 0, 0, 7, 1] },
  { name: 'ID_AA64MMFR2_EL1', enc: [3, 0, 0, 7, 2] },
  { name: 'CCSIDR_EL1', enc: [3, 1, 0, 0, 0] },
  { name: 'CLIDR_EL1', enc: [3, 1, 0, 0, 1] },
  { name: 'AIDR_EL1', enc: [3, 1, 0, 0, 7] },
  { name: 'CSSELR_EL1', enc: [3, 2, 0, 0, 0] },
  { name: 'CTR_EL0', enc: [3, 3, 0, 0, 1] },
  { name: 'DCZID_EL0', enc: [3, 3, 0, 0, 7] },
  // system control and translation
  { name: 'SCTLR_EL1', enc: [3, 0, 1, 0, 0] },
  { name: 'ACTLR_EL1', enc: [3, 0, 1, 0, 1] },
  { name: 'CPACR_EL1', enc: [3, 0, 1, 0, 2] },
  { name: 'TTBR0_EL1', enc: [3, 0, 2, 0, 0] },
  { name: 'TTBR1_EL1', enc: [3, 0, 2, 0, 1] },
  { name: 'TCR_EL1', enc: [3, 0, 2, 0, 2] },
  { name: 'MAIR_EL1', enc: [3, 0, 10, 2, 0] },
  { name: 'AMAIR_EL1', enc: [3, 0, 10, 3, 0] },
  { name: 'CONTEXTIDR_EL1', enc: [3, 0, 13, 0, 1] },
  // exceptions and PSTATE
  { name: 'SPSR_EL1', enc: [3, 0, 4, 0, 0] },
  { name: 'ELR_EL1', enc: [3, 0, 4, 0, 1] },
  { name: 'SP_EL0', enc: [3, 0, 4, 1, 0] },
  { name: 'SPSel', enc: [3, 0, 4, 2, 0] },
  { name: 'CurrentEL', enc: [3, 0, 4, 2, 2] },
  { name: 'SP_EL1', enc: [3, 4, 4, 1, 0] },
  { name: 'NZCV', enc: [3, 3, 4, 2, 0] },
  { name: 'DAIF', enc: [3, 3, 4, 2, 1] },
  { name: 'FPCR', enc: [3, 3, 4, 4, 0] },
  { name: 'FPSR', enc: [3, 3, 4, 4, 1] },
  { name: 'AFSR0_EL1', enc: [3, 0, 5, 1, 0] },
  { name: 'AFSR1_EL1', enc: [3, 0, 5, 1, 1] },
  { name: 'ESR_EL1', enc: [3, 0, 5, 2, 0] },
  { name: 'FAR_EL1', enc: [3, 0, 6, 0, 0] },
  { name: 'PAR_EL1', enc: [3, 0, 7, 4, 0] },
  { name: 'VBAR_EL1', enc: [3, 0, 12, 0, 0] },
  { name: 'RVBAR_EL1', enc: [3, 0, 12, 0, 1] },
  { name: 'ISR_EL1', enc: [3, 0, 12, 1, 0] },
  // thread IDs
  { name: 'TPIDR_EL1', enc: [3, 0, 13, 0, 4] },
  { name: 'TPIDR_EL0', enc: [3, 3, 13, 0, 2] },
  { name: 'TPIDRRO_EL0', enc: [3, 3, 13, 0, 3] },
  // generic timer
  { name: 'CNTKCTL_EL1', enc: [3, 0, 14, 1, 0] },
  { name: 'CNTFRQ_EL0', enc: [3, 3, 14, 0, 0] },
  { name: 'CNTPCT_EL0', enc: [3, 3, 14, 0, 1] },
  { name: 'CNTVCT_EL0', enc: [3, 3, 14, 0, 2] },
  { name: 'CNTP_TVAL_EL0', enc: [3, 3, 14, 2, 0] },
  { name: 'CNTP_CTL_EL0', enc: [3, 3, 14, 2, 1] },
  { name: 'CNTP_CVAL_EL0', enc: [3, 3, 14, 2, 2] },
  { name: 'CNTV_TVAL_EL0', enc: [3, 3, 14, 3, 0] },
  { name: 'CNTV_CTL_EL0', enc: [3, 3, 14, 3, 1] },
  { name: 'CNTV_CVAL_EL0', enc: [3, 3, 14, 3, 2] },
  // debug (registers only: no debug event ever fires)
  { name: 'MDCCINT_EL1', enc: [2, 0, 0, 2, 0] },
  { name: 'MDSCR_EL1', enc: [2, 0, 0, 2, 2] },
  { name: 'DBGBVR0_EL1', enc: [2, 0, 0, 0, 4] },
  { name: 'DBGBCR0_EL1', enc: [2, 0, 0, 0, 5] },
  { name: 'DBGWVR0_EL1', enc: [2, 0, 0, 0, 6] },
  { name: 'DBGWCR0_EL1', enc: [2, 0, 0, 0, 7] },
  { name: 'DBGBVR1_EL1', enc: [2, 0, 0, 1, 4] },
  { name: 'DBGBCR1_EL1', enc: [2, 0, 0, 1, 5] },
  { name: 'DBGWVR1_EL1', enc: [2, 0, 0, 1, 6] },
  { name: 'DBGWCR1_EL1', enc: [2, 0, 0, 1, 7] },
  { name: 'MDRAR_EL1', enc: [2, 0, 1, 0, 0] },
  { name: 'OSLAR_EL1', enc: [2, 0, 1, 0, 4] },
  { name: 'OSLSR_EL1', enc: [2, 0, 1, 1, 4] },
  { name: 'OSDLR_EL1', enc: [2, 0, 1, 3, 4] },
  { name: 'DBGPRCR_EL1', enc: [2, 0, 1, 4, 4] },
  { name: 'DBGCLAIMSET_EL1', enc: [2, 0, 7, 8, 6] },
  { name: 'DBGCLAIMCLR_EL1', enc: [2, 0, 7, 9, 6] },
  { name: 'DBGAUTHSTATUS_EL1', enc: [2, 0, 7, 14, 6] },
  { name: 'MDCCSR_EL0', enc: [2, 3, 0, 1, 0] },
];

/**
 * How the core lets EL1 use each named register: 'rw', 'ro' (MSR is UNDEFINED), 'wo' (MRS is
 * UNDEFINED), or 'el2' (named for the host API only: MRS/MSR at EL1 are UNDEFINED).
 * Every other encoding is UNDEFINED, except the rest of the ID space, which reads as zero.
 */
export const EL1_ACCESS: Record<string, 'rw' | 'ro' | 'wo' | 'el2'> = Object.fromEntries(
  SYSREGS.map((r) => [r.name, accessOf(r.name, r.enc)]),
);
function accessOf(name: string, enc: [number, number, number, number, number]): 'rw' | 'ro' | 'wo' | 'el2' {
  if (name === 'SP_EL1') return 'el2';
  if (name === 'OSLAR_EL1') return 'wo';
  const [op0, op1, crn] = enc;
  if (op0 === 3 && crn === 0 && (op1 === 0 || op1 === 1 || name === 'CTR_EL0' || name === 'DCZID_EL0')) return 'ro';
  const ro = ['CurrentEL', 'RVBAR_EL1', 'ISR_EL1', 'CNTPCT_EL0', 'CNTVCT_EL0', 'MDRAR_EL1', 'OSLSR_EL1', 'DBGAUTHSTATUS_EL1', 'MDCCSR_EL0'];
  return ro.includes(name) ? 'ro' : 'rw';
}

export function sysregKey(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

const byName = new Map(SYSREGS.map((r) => [r.name.toUpperCase(), sysregKey(...r.enc)]));
const byKey = new Map(SYSREGS.map((r) => [sysregKey(...r.enc), r.name]));

export function sysregKeyByName(name: string): number {
  const k = byName.get(name.toUpperCase());
  if (k === undefined) throw new Error(`unknown system register ${name}`);
  return k;
}

/** Name for a key, or the generic S<op0>_<op1>_C<n>_C<m>_<op2> form. */
export function sysregName(key: number): string {
  const n = byKey.get(key);
  if (n) return n;
  const op0 = (key >> 14) & 3;
  const op1 = (key >> 11) & 7;
  const crn = (key >> 7) & 15;
  const crm = (key >> 3) & 15;
  const op2 = key & 7;
  return `s${op0}_${op1}_c${crn}_c${crm}_${op2}`;
}
