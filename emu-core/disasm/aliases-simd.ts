// Preferred disassembly of AdvSIMD lines (the Arm ARM's "alias ... is the preferred
// disassembly when ..."). See disasm/operands.ts for how alias tables work.

import type { AliasTable, OperandContext } from './operands.ts';

type F = OperandContext;
/** The left shift of SSHLL/USHLL: immh:immb - esize. */
const shiftLeftAmount = (f: F) => {
  const immh = f.field('immh');
  return immh * 8 + f.field('immb') - (8 << (31 - Math.clz32(immh)));
};

export const SIMD_ALIASES: AliasTable = {
  ORR_v: [{ when: (f) => f.field('Rn') === f.field('Rm'), format: 'mov {vb:Rd}, {vb:Rn}' }],
  // UMOV of a word to W or a doubleword to X reads as a move.
  UMOV: [{ when: (f) => (f.field('imm5') & (f.field('Q') ? 15 : 7)) === (f.field('Q') ? 8 : 4), format: 'mov{umovok:imm5,Q} {rq:Rd}, {vel5:Rn}' }],
  SSHLL_v: [{ when: (f) => f.field('immh') !== 0 && shiftLeftAmount(f) === 0, format: 'sxtl{q2:Q} {vail:Rd}, {vai:Rn}' }],
  USHLL_v: [{ when: (f) => f.field('immh') !== 0 && shiftLeftAmount(f) === 0, format: 'uxtl{q2:Q} {vail:Rd}, {vai:Rn}' }],
};
