// Preferred disassembly of the loads and stores lines (isa/ldst.ts): ST<op> for an LSE
// LD<op> that discards the old value (Rt = 31) and is not an acquire (A = 0), for every
// operation and size. SWP and CAS have no aliases. See disasm/operands.ts for the contract.

import type { AliasTable } from './operands.ts';

function storeAtomicAliases(): AliasTable {
  const out: AliasTable = {};
  const sizes: [string, string, string][] = [['B', 'b', 'w'], ['H', 'h', 'w'], ['_w', '', 'w'], ['_x', '', 'x']];
  for (const op of ['ADD', 'CLR', 'EOR', 'SET', 'SMAX', 'SMIN', 'UMAX', 'UMIN']) {
    for (const [suffix, b, r] of sizes) {
      out[`LD${op}${suffix}`] = [
        {
          when: (f) => f.field('Rt') === 31 && f.field('A') === 0,
          format: `st${op.toLowerCase()}{rel:R}${b} {${r}:Rs}, [{xsp:Rn}]`,
        },
      ];
    }
  }
  return out;
}

export const LDST_ALIASES: AliasTable = storeAtomicAliases();
