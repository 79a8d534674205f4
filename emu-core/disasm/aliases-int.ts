// Preferred disassembly of the integer, branch and system lines (the Arm ARM's "alias ... is
// the preferred disassembly when ..."): per table line, the aliases to try in order; the
// first whose condition holds prints instead of the line's canonical format. Formats use the
// table's operand tokens plus the alias-only ones in INT_ALIAS_OPERANDS below.
// See disasm/operands.ts for how a section adds its own alias file.

import type { AliasTable, OperandContext, OperandTable } from './operands.ts';
import { immText } from './operands.ts';
import { CONDITIONS } from './operands-int.ts';
import { logicalImmediate } from './bitmask.ts';

type F = OperandContext;
const size = (f: F) => (f.field('sf') ? 64 : 32);
const is31 = (f: F, name: string) => f.field(name) === 31;
/** cond is not AL/NV (the conditional aliases invert it). */
const invertible = (f: F) => f.field('cond') < 14;

/** BFXPreferred() of the Arm ARM: UBFX/SBFX unless a shift, *BFIZ or extend alias fits. */
function bfxPreferred(f: F, unsigned: boolean): boolean {
  const imms = f.field('imms');
  const immr = f.field('immr');
  const sf = f.field('sf');
  if (imms < immr) return false;
  if (imms === (sf ? 63 : 31)) return false;
  if (immr === 0) {
    if (!sf && (imms === 7 || imms === 15)) return false;
    if (sf && !unsigned && (imms === 7 || imms === 15 || imms === 31)) return false;
  }
  return true;
}

/**
 * MoveWidePreferred(): the bitmask immediate is also a MOVZ or MOVN value (its set bits, or
 * its clear bits, all lie in one aligned halfword), so `mov` would name that instruction.
 * Written on the value rather than on immr/imms, so non-canonical immr bits do not matter.
 */
function moveWidePreferred(f: F): boolean {
  const width = size(f);
  const v = logicalImmediate(f.field('N'), f.field('immr'), f.field('imms'), width);
  if (v === null) return false;
  const all = (1n << BigInt(width)) - 1n;
  const inOneHalfword = (x: bigint) => {
    for (let hw = 0; hw < width; hw += 16) if ((x & ~(0xffffn << BigInt(hw))) === 0n) return true;
    return false;
  };
  return inOneHalfword(v) || inOneHalfword(all ^ v);
}

const extractAliases = (signed: boolean): AliasTable[string] => {
  const p = signed ? 's' : 'u';
  const list: AliasTable[string] = signed
    ? [{ when: (f) => f.field('imms') === size(f) - 1, format: 'asr {r:Rd}, {r:Rn}, #{dec:immr}' }]
    : [
        {
          when: (f) => f.field('imms') !== size(f) - 1 && f.field('imms') + 1 === f.field('immr'),
          format: 'lsl {r:Rd}, {r:Rn}, {lslamt:imms}',
        },
        { when: (f) => f.field('imms') === size(f) - 1, format: 'lsr {r:Rd}, {r:Rn}, #{dec:immr}' },
      ];
  list.push(
    { when: (f) => f.field('imms') < f.field('immr'), format: `${p}bfiz {r:Rd}, {r:Rn}, {bflsb:immr}, {bfwidth:imms}` },
    { when: (f) => bfxPreferred(f, !signed), format: `${p}bfx {r:Rd}, {r:Rn}, #{dec:immr}, {xwidth:immr,imms}` },
  );
  const ext = (imms: number, suffix: string, sf?: number) => ({
    when: (f: F) => f.field('immr') === 0 && f.field('imms') === imms && (sf === undefined || f.field('sf') === sf),
    format: `${p}xt${suffix} {r:Rd}, {w:Rn}`,
  });
  if (signed) list.push(ext(7, 'b'), ext(15, 'h'), ext(31, 'w', 1));
  else list.push(ext(7, 'b', 0), ext(15, 'h', 0));
  return list;
};

const mulAlias = (name: string, long: boolean): AliasTable[string] => [
  { when: (f) => is31(f, 'Ra'), format: long ? `${name} {x:Rd}, {w:Rn}, {w:Rm}` : `${name} {r:Rd}, {r:Rn}, {r:Rm}` },
];

export const INT_ALIASES: AliasTable = {
  // ---- dp-imm
  ADD_imm: [
    {
      when: (f) => f.field('sh') === 0 && f.field('imm12') === 0 && (is31(f, 'Rd') || is31(f, 'Rn')),
      format: 'mov {rsp:Rd}, {rsp:Rn}',
    },
  ],
  ADDS_imm: [{ when: (f) => is31(f, 'Rd'), format: 'cmn {rsp:Rn}, {imm:imm12}{lsl12:sh}' }],
  SUBS_imm: [{ when: (f) => is31(f, 'Rd'), format: 'cmp {rsp:Rn}, {imm:imm12}{lsl12:sh}' }],
  ORR_imm: [{ when: (f) => is31(f, 'Rn') && !moveWidePreferred(f), format: 'mov {rsp:Rd}, {bimm:N,immr,imms}' }],
  ANDS_imm: [{ when: (f) => is31(f, 'Rd'), format: 'tst {r:Rn}, {bimm:N,immr,imms}' }],
  MOVZ: [{ when: (f) => !(f.field('imm16') === 0 && f.field('hw') !== 0), format: 'mov {r:Rd}, {movz:imm16,hw}' }],
  MOVN: [
    {
      when: (f) => !(f.field('imm16') === 0 && f.field('hw') !== 0) && (f.field('sf') === 1 || f.field('imm16') !== 0xffff),
      format: 'mov {r:Rd}, {movn:imm16,hw}',
    },
  ],
  SBFM: extractAliases(true),
  UBFM: extractAliases(false),
  BFM: [
    { when: (f) => f.field('imms') < f.field('immr'), format: 'bfi {r:Rd}, {r:Rn}, {bflsb:immr}, {bfwidth:imms}' },
    { when: () => true, format: 'bfxil {r:Rd}, {r:Rn}, #{dec:immr}, {xwidth:immr,imms}' },
  ],
  EXTR: [{ when: (f) => f.field('Rn') === f.field('Rm'), format: 'ror {r:Rd}, {r:Rn}, #{dec:imms}' }],

  // ---- dp-reg
  ORR_sr: [
    {
      when: (f) => is31(f, 'Rn') && f.field('shift') === 0 && f.field('imm6') === 0,
      format: 'mov {r:Rd}, {r:Rm}',
    },
  ],
  ORN_sr: [{ when: (f) => is31(f, 'Rn'), format: 'mvn {r:Rd}, {r:Rm}{shift:shift,imm6}' }],
  ANDS_sr: [{ when: (f) => is31(f, 'Rd'), format: 'tst {r:Rn}, {r:Rm}{shift:shift,imm6}' }],
  ADDS_sr: [{ when: (f) => is31(f, 'Rd'), format: 'cmn {r:Rn}, {r:Rm}{shift:shift,imm6}' }],
  SUB_sr: [{ when: (f) => is31(f, 'Rn'), format: 'neg {r:Rd}, {r:Rm}{shift:shift,imm6}' }],
  SUBS_sr: [
    { when: (f) => is31(f, 'Rd'), format: 'cmp {r:Rn}, {r:Rm}{shift:shift,imm6}' },
    { when: (f) => is31(f, 'Rn'), format: 'negs {r:Rd}, {r:Rm}{shift:shift,imm6}' },
  ],
  ADDS_ext: [{ when: (f) => is31(f, 'Rd'), format: 'cmn {rsp:Rn}, {extreg:Rm}{ext:option,imm3,Rn}' }],
  SUBS_ext: [{ when: (f) => is31(f, 'Rd'), format: 'cmp {rsp:Rn}, {extreg:Rm}{ext:option,imm3,Rn}' }],
  SBC: [{ when: (f) => is31(f, 'Rn'), format: 'ngc {r:Rd}, {r:Rm}' }],
  SBCS: [{ when: (f) => is31(f, 'Rn'), format: 'ngcs {r:Rd}, {r:Rm}' }],
  CSINC: [
    { when: (f) => is31(f, 'Rn') && is31(f, 'Rm') && invertible(f), format: 'cset {r:Rd}, {invcond:cond}' },
    {
      when: (f) => !is31(f, 'Rm') && f.field('Rn') === f.field('Rm') && invertible(f),
      format: 'cinc {r:Rd}, {r:Rn}, {invcond:cond}',
    },
  ],
  CSINV: [
    { when: (f) => is31(f, 'Rn') && is31(f, 'Rm') && invertible(f), format: 'csetm {r:Rd}, {invcond:cond}' },
    {
      when: (f) => !is31(f, 'Rm') && f.field('Rn') === f.field('Rm') && invertible(f),
      format: 'cinv {r:Rd}, {r:Rn}, {invcond:cond}',
    },
  ],
  CSNEG: [
    { when: (f) => f.field('Rn') === f.field('Rm') && invertible(f), format: 'cneg {r:Rd}, {r:Rn}, {invcond:cond}' },
  ],
  LSLV: [{ when: () => true, format: 'lsl {r:Rd}, {r:Rn}, {r:Rm}' }],
  LSRV: [{ when: () => true, format: 'lsr {r:Rd}, {r:Rn}, {r:Rm}' }],
  ASRV: [{ when: () => true, format: 'asr {r:Rd}, {r:Rn}, {r:Rm}' }],
  RORV: [{ when: () => true, format: 'ror {r:Rd}, {r:Rn}, {r:Rm}' }],
  MADD: mulAlias('mul', false),
  MSUB: mulAlias('mneg', false),
  SMADDL: mulAlias('smull', true),
  SMSUBL: mulAlias('smnegl', true),
  UMADDL: mulAlias('umull', true),
  UMSUBL: mulAlias('umnegl', true),

  // ---- branch-sys
  RET: [{ when: (f) => f.field('Rn') === 30, format: 'ret' }],
};

/** Operand tokens that only the aliases above use. */
export const INT_ALIAS_OPERANDS: OperandTable = {
  /** LSL #n written as UBFM: n = size - 1 - imms. */
  lslamt: { arity: 1, needs: ['sf'], fmt: ([imms], f) => `#${size(f) - 1 - imms}` },
  /** lsb of *BFIZ / BFI: -immr MOD size. */
  bflsb: { arity: 1, needs: ['sf'], fmt: ([immr], f) => `#${(size(f) - immr) % size(f)}` },
  /** width of *BFIZ / BFI: imms + 1. */
  bfwidth: { arity: 1, fmt: ([imms]) => `#${imms + 1}` },
  /** width of *BFX / BFXIL: imms - immr + 1. */
  xwidth: { arity: 2, fmt: ([immr, imms]) => `#${imms - immr + 1}` },
  invcond: { arity: 1, fmt: ([c]) => CONDITIONS[c ^ 1] },
  /** MOVZ value. */
  movz: { arity: 2, fmt: ([imm16, hw]) => immText(BigInt(imm16) << BigInt(hw * 16)) },
  /** MOVN value as a negative number: ~(imm16 << shift) = -(imm16 << shift) - 1. */
  movn: {
    arity: 2,
    needs: ['sf'],
    fmt: ([imm16, hw], f) => {
      const v = (BigInt(imm16) << BigInt(hw * 16)) + 1n;
      // A 32-bit MOVN of 0xffff << 16 gives 0x0000ffff: positive in W.
      if (!f.field('sf') && v > 0x80000000n) return immText((1n << 32n) - v);
      return `#-${v < 10n ? v.toString() : '0x' + v.toString(16)}`;
    },
  },
};
