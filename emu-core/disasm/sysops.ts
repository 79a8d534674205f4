// Names of the SYS instruction aliases of ARMv8.0-A (AT, DC, IC, TLBI), keyed by
// op1:CRn:CRm:op2. `reg` says whether the operation takes Xt; one without a register is only
// written by its name when Rt = 31 (otherwise the generic `sys` form is the only spelling).

export interface SysOp {
  name: string; // e.g. "dc zva"
  reg: boolean;
}

function key(op1: number, crn: number, crm: number, op2: number): number {
  return (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

// [op1, CRn, CRm, op2, name, takes a register]
const OPS: [number, number, number, number, string, boolean][] = [
  // address translation
  [0, 7, 8, 0, 'at s1e1r', true], [0, 7, 8, 1, 'at s1e1w', true],
  [0, 7, 8, 2, 'at s1e0r', true], [0, 7, 8, 3, 'at s1e0w', true],
  [4, 7, 8, 0, 'at s1e2r', true], [4, 7, 8, 1, 'at s1e2w', true],
  [4, 7, 8, 4, 'at s12e1r', true], [4, 7, 8, 5, 'at s12e1w', true],
  [4, 7, 8, 6, 'at s12e0r', true], [4, 7, 8, 7, 'at s12e0w', true],
  [6, 7, 8, 0, 'at s1e3r', true], [6, 7, 8, 1, 'at s1e3w', true],
  // data cache
  [0, 7, 6, 1, 'dc ivac', true], [0, 7, 6, 2, 'dc isw', true],
  [0, 7, 10, 2, 'dc csw', true], [0, 7, 14, 2, 'dc cisw', true],
  [3, 7, 4, 1, 'dc zva', true], [3, 7, 10, 1, 'dc cvac', true],
  [3, 7, 11, 1, 'dc cvau', true], [3, 7, 14, 1, 'dc civac', true],
  // instruction cache
  [0, 7, 1, 0, 'ic ialluis', false], [0, 7, 5, 0, 'ic iallu', false], [3, 7, 5, 1, 'ic ivau', true],
  // TLB maintenance, EL1
  [0, 8, 3, 0, 'tlbi vmalle1is', false], [0, 8, 3, 1, 'tlbi vae1is', true],
  [0, 8, 3, 2, 'tlbi aside1is', true], [0, 8, 3, 3, 'tlbi vaae1is', true],
  [0, 8, 3, 5, 'tlbi vale1is', true], [0, 8, 3, 7, 'tlbi vaale1is', true],
  [0, 8, 7, 0, 'tlbi vmalle1', false], [0, 8, 7, 1, 'tlbi vae1', true],
  [0, 8, 7, 2, 'tlbi aside1', true], [0, 8, 7, 3, 'tlbi vaae1', true],
  [0, 8, 7, 5, 'tlbi vale1', true], [0, 8, 7, 7, 'tlbi vaale1', true],
  // TLB maintenance, EL2
  [4, 8, 0, 1, 'tlbi ipas2e1is', true], [4, 8, 0, 5, 'tlbi ipas2le1is', true],
  [4, 8, 3, 0, 'tlbi alle2is', false], [4, 8, 3, 1, 'tlbi vae2is', true],
  [4, 8, 3, 4, 'tlbi alle1is', false], [4, 8, 3, 5, 'tlbi vale2is', true],
  [4, 8, 3, 6, 'tlbi vmalls12e1is', false], [4, 8, 4, 1, 'tlbi ipas2e1', true],
  [4, 8, 4, 5, 'tlbi ipas2le1', true], [4, 8, 7, 0, 'tlbi alle2', false],
  [4, 8, 7, 1, 'tlbi vae2', true], [4, 8, 7, 4, 'tlbi alle1', false],
  [4, 8, 7, 5, 'tlbi vale2', true], [4, 8, 7, 6, 'tlbi vmalls12e1', false],
  // TLB maintenance, EL3
  [6, 8, 3, 0, 'tlbi alle3is', false], [6, 8, 3, 1, 'tlbi vae3is', true],
  [6, 8, 3, 5, 'tlbi vale3is', true], [6, 8, 7, 0, 'tlbi alle3', false],
  [6, 8, 7, 1, 'tlbi vae3', true], [6, 8, 7, 5, 'tlbi vale3', true],
];

const byKey = new Map<number, SysOp>(OPS.map(([a, b, c, d, name, reg]) => [key(a, b, c, d), { name, reg }]));

export function sysOp(op1: number, crn: number, crm: number, op2: number): SysOp | undefined {
  return byKey.get(key(op1, crn, crm, op2));
}
