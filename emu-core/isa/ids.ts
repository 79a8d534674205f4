// Handler ids, shared by the generated AssemblyScript decoder and the TypeScript side
// (disassembler, coverage, counters). 0 = slot not decoded yet, 1 = unallocated (UNDEF).
import { type Pattern, UNALLOC } from './table.ts';

export const ID_NOT_DECODED = 0;
export const ID_UNALLOC = 1;

/** Named patterns in id order: the pattern with id n is at index n - 2. */
export function namedPatterns(pats: Pattern[]): Pattern[] {
  return pats.filter((p) => p.name !== UNALLOC);
}

export function handlerId(pats: Pattern[]): Map<string, number> {
  const m = new Map<string, number>();
  namedPatterns(pats).forEach((p, i) => m.set(p.name, i + 2));
  return m;
}
