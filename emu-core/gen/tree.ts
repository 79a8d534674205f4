// Builds a binary decision tree over instruction bits from the decode table. The generator
// prints it as AssemblyScript; the tests evaluate it directly and compare it with a plain
// first-match scan of the table, so the tree can never disagree with the table.

import { type Pattern, bySpecificity, UNALLOC } from '../isa/table.ts';

export type Tree =
  | { kind: 'split'; bit: number; zero: Tree; one: Tree }
  | { kind: 'leaf'; candidates: Pattern[] }; // in match order; none matching = unallocated

const LEAF_SIZE = 4;

export function buildTree(patterns: Pattern[]): Tree {
  return build(bySpecificity(patterns), 0);
}

function build(pats: Pattern[], tested: number): Tree {
  if (pats.length <= LEAF_SIZE) return { kind: 'leaf', candidates: pats };
  // Pick the untested bit that the most patterns fix; prefer balanced splits on ties.
  let best = -1;
  let bestScore = -1;
  for (let b = 31; b >= 0; b--) {
    const m = 1 << b;
    if (tested & m) continue;
    let fixed0 = 0;
    let fixed1 = 0;
    for (const p of pats) {
      if (p.mask & m) {
        if (p.value & m) fixed1++;
        else fixed0++;
      }
    }
    if (fixed0 === 0 || fixed1 === 0) {
      // A bit every pattern agrees on (or ignores) does not separate anything.
      continue;
    }
    const score = (fixed0 + fixed1) * 4096 + Math.min(fixed0, fixed1);
    if (score > bestScore) {
      bestScore = score;
      best = b;
    }
  }
  if (best < 0) return { kind: 'leaf', candidates: pats };
  const m = 1 << best;
  const zero = pats.filter((p) => !(p.mask & m) || !(p.value & m));
  const one = pats.filter((p) => !(p.mask & m) || (p.value & m) !== 0);
  return { kind: 'split', bit: best, zero: build(zero, tested | m), one: build(one, tested | m) };
}

/** Evaluate the tree: the winning pattern for `insn`, or undefined if unallocated. */
export function evalTree(t: Tree, insn: number): Pattern | undefined {
  while (t.kind === 'split') t = (insn >>> t.bit) & 1 ? t.one : t.zero;
  for (const p of t.candidates) {
    if (((insn & p.mask) >>> 0) === p.value) return p.name === UNALLOC ? undefined : p;
  }
  return undefined;
}

export function treeStats(t: Tree): { leaves: number; depth: number; maxLeaf: number } {
  if (t.kind === 'leaf') return { leaves: 1, depth: 0, maxLeaf: t.candidates.length };
  const a = treeStats(t.zero);
  const b = treeStats(t.one);
  return { leaves: a.leaves + b.leaves, depth: 1 + Math.max(a.depth, b.depth), maxLeaf: Math.max(a.maxLeaf, b.maxLeaf) };
}
