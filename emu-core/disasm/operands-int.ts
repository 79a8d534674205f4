// Operand formatters of the integer, branch and system sections (dp-imm, dp-reg, branch-sys).
// See disasm/operands.ts for the contract.

import { sysregKey, sysregKeyByName, sysregName } from '../isa/sysreg-names.ts';
import { logicalImmediate } from './bitmask.ts';
import { addressText, concat, immText, sext, type OperandContext, type OperandTable } from './operands.ts';
import { sysOp } from './sysops.ts';

// ---- registers ---------------------------------------------------------------------------------

export function xreg(r: number): string {
  return r === 31 ? 'xzr' : `x${r}`;
}
export function wreg(r: number): string {
  return r === 31 ? 'wzr' : `w${r}`;
}
function xsp(r: number): string {
  return r === 31 ? 'sp' : `x${r}`;
}
function wsp(r: number): string {
  return r === 31 ? 'wsp' : `w${r}`;
}
/** Register sized by the line's sf field, 31 = zero register. */
export function rreg(r: number, ctx: OperandContext): string {
  return ctx.field('sf') ? xreg(r) : wreg(r);
}

export const CONDITIONS = ['eq', 'ne', 'hs', 'lo', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al', 'nv'];
const SHIFTS = ['lsl', 'lsr', 'asr', 'ror'];
const EXTENDS = ['uxtb', 'uxth', 'uxtw', 'uxtx', 'sxtb', 'sxth', 'sxtw', 'sxtx'];
const BARRIERS: Record<number, string> = {
  1: 'oshld', 2: 'oshst', 3: 'osh', 5: 'nshld', 6: 'nshst', 7: 'nsh',
  9: 'ishld', 10: 'ishst', 11: 'ish', 13: 'ld', 14: 'st', 15: 'sy',
};
/** MSR (immediate) PSTATE fields of ARMv8.0, keyed by op1:op2; the others are UNDEFINED. */
const PSTATE_FIELDS: Record<number, string> = { 0o05: 'spsel', 0o36: 'daifset', 0o37: 'daifclr' };

// System registers that can only be read (MSR to them must be written generically) or only
// written. A register added to isa/sysreg-names.ts with one-way access belongs here too; the
// round-trip test finds it otherwise (llvm-mc rejects the named form).
const READ_ONLY = new Set(
  [
    'MIDR_EL1', 'MPIDR_EL1', 'REVIDR_EL1', 'ID_AA64PFR0_EL1', 'ID_AA64PFR1_EL1', 'ID_AA64DFR0_EL1',
    'ID_AA64DFR1_EL1', 'ID_AA64AFR0_EL1', 'ID_AA64AFR1_EL1', 'ID_AA64ISAR0_EL1', 'ID_AA64ISAR1_EL1',
    'ID_AA64MMFR0_EL1', 'ID_AA64MMFR1_EL1', 'ID_AA64MMFR2_EL1', 'CCSIDR_EL1', 'CLIDR_EL1', 'AIDR_EL1',
    'CTR_EL0', 'DCZID_EL0', 'CurrentEL', 'ISR_EL1', 'CNTPCT_EL0', 'CNTVCT_EL0', 'OSLSR_EL1',
  ].map(sysregKeyByName),
);
const WRITE_ONLY = new Set(['OSLAR_EL1'].map(sysregKeyByName));

function genericSysreg(op0: number, op1: number, crn: number, crm: number, op2: number): string {
  return `s${op0}_${op1}_c${crn}_c${crm}_${op2}`;
}

function branchTarget(ctx: OperandContext, v: number, bits: number): string {
  return addressText(ctx.pc + BigInt(sext(v, bits) * 4), ctx);
}

const ops: OperandTable = {
  // Registers: x = 64-bit, w = 32-bit, r = sized by sf; *sp variants name register 31 SP.
  x: { arity: 1, fmt: ([r]) => xreg(r) },
  w: { arity: 1, fmt: ([r]) => wreg(r) },
  r: { arity: 1, needs: ['sf'], fmt: ([r], ctx) => rreg(r, ctx) },
  rsp: { arity: 1, needs: ['sf'], fmt: ([r], ctx) => (ctx.field('sf') ? xsp(r) : wsp(r)) },
  /** TBZ/TBNZ test register: X when the bit number is >= 32. */
  rb5: { arity: 1, needs: ['b5'], fmt: ([r], ctx) => (ctx.field('b5') ? xreg(r) : wreg(r)) },

  // Numbers: imm = `#` + value (hex from 10 up), dec = bare decimal (formats add any `#`).
  imm: { arity: [1, 4], fmt: (v, _c, w) => immText(concat(v, w)) },
  dec: { arity: [1, 4], fmt: (v, _c, w) => String(concat(v, w)) },
  bitnum: { arity: 2, fmt: ([b5, b40]) => `#${b5 * 32 + b40}` },

  // Shifted and extended operands (text starts with ", " or is empty).
  lsl12: { arity: 1, fmt: ([sh]) => (sh ? ', lsl #12' : '') },
  hw: { arity: 1, fmt: ([hw]) => (hw ? `, lsl #${hw * 16}` : '') },
  shift: { arity: 2, fmt: ([type, amount]) => (type === 0 && amount === 0 ? '' : `, ${SHIFTS[type]} #${amount}`) },
  /** Rm of an extended-register operand: W unless a 64-bit op extends from X (option = x11). */
  extreg: { arity: 1, needs: ['sf', 'option'], fmt: ([r], ctx) => (ctx.field('sf') && (ctx.field('option') & 3) === 3 ? xreg(r) : wreg(r)) },
  /**
   * {ext:option,imm3,Rd?,Rn}: the extend. When one of the listed SP-capable registers is SP
   * and the extend is the identity one (UXTW for 32-bit, UXTX for 64-bit), it is written LSL.
   */
  ext: {
    arity: [3, 4],
    needs: ['sf'],
    fmt: ([option, imm3, ...spRegs], ctx) => {
      const identity = ctx.field('sf') ? 3 : 2;
      if (option === identity && spRegs.includes(31)) return imm3 === 0 ? '' : `, lsl #${imm3}`;
      return `, ${EXTENDS[option]}` + (imm3 ? ` #${imm3}` : '');
    },
  },
  /** Logical immediate N:immr:imms; null for the reserved patterns (UNDEF in the core). */
  bimm: {
    arity: 3,
    needs: ['sf'],
    fmt: ([n, immr, imms], ctx) => {
      const v = logicalImmediate(n, immr, imms, ctx.field('sf') ? 64 : 32);
      return v === null ? null : `#0x${v.toString(16)}`;
    },
  },
  cond: { arity: 1, fmt: ([c]) => CONDITIONS[c] },

  // PC-relative targets, printed as absolute addresses.
  label14: { arity: 1, fmt: ([v], ctx) => branchTarget(ctx, v, 14) },
  label19: { arity: 1, fmt: ([v], ctx) => branchTarget(ctx, v, 19) },
  label26: { arity: 1, fmt: ([v], ctx) => branchTarget(ctx, v, 26) },
  adr: { arity: 2, fmt: (v, ctx, w) => addressText(ctx.pc + BigInt(sext(concat(v, w), 21)), ctx) },
  adrp: {
    arity: 2,
    fmt: (v, ctx, w) => addressText((ctx.pc & ~0xfffn) + (BigInt(sext(concat(v, w), 21)) << 12n), ctx),
  },

  // System.
  barrier: { arity: 1, fmt: ([crm]) => BARRIERS[crm] ?? `#${crm}` },
  /** ISB/CLREX option: nothing for the default 15 (SY), else " #n". */
  crmopt: { arity: 1, fmt: ([crm]) => (crm === 15 ? '' : ` #${crm}`) },
  pstatefield: { arity: 2, fmt: (v, _c, w) => PSTATE_FIELDS[concat(v, w)] ?? null },
  /**
   * MRS/MSR register: its name, or the generic s<op0>_<op1>_c<n>_c<m>_<op2> when unnamed or
   * when the access goes the way the register does not (an MSR to a read-only register is
   * a valid encoding, but assemblers only accept it in the generic spelling).
   */
  sysreg: {
    arity: 5,
    fmt: ([o0, op1, crn, crm, op2], ctx) => {
      const key = sysregKey(2 + o0, op1, crn, crm, op2);
      const read = ((ctx.insn >>> 21) & 1) === 1; // the L bit: MRS
      if (read ? WRITE_ONLY.has(key) : READ_ONLY.has(key)) return genericSysreg(2 + o0, op1, crn, crm, op2);
      return sysregName(key).toLowerCase();
    },
  },
  /** The whole SYS instruction: its AT/DC/IC/TLBI alias when there is one, else `sys ...`. */
  sys: {
    arity: 5,
    fmt: ([op1, crn, crm, op2, rt]) => {
      const op = sysOp(op1, crn, crm, op2);
      if (op && op.reg) return `${op.name}, ${xreg(rt)}`;
      if (op && rt === 31) return op.name;
      return `sys #${op1}, c${crn}, c${crm}, #${op2}` + (rt === 31 ? '' : `, ${xreg(rt)}`);
    },
  },
};

export default ops;
