// Handler ids, shared by the generated AssemblyScript decoder and the TypeScript side
// (disassembler, coverage, counters). 0 = slot not decoded yet, 1 = unallocated (UNDEF).
import { type Pattern, UNALLOC } from './table.ts';
import { HOT_HANDLERS } from './hot-handlers.ts';

export const ID_NOT_DECODED = 0;
export const ID_UNALLOC = 1;

/**
 * Named patterns in id order: the pattern with id n is at index n - 2. The hot handlers
 * (hot-handlers.ts) come first, in their list's order, then all others in table order.
 */
export function namedPatterns(pats: Pattern[]): Pattern[] {
  const named = pats.filter((p) => p.name !== UNALLOC);
  const rank = new Map(HOT_HANDLERS.map((n, i) => [n, i]));
  const hot = named.filter((p) => rank.has(p.name)).sort((a, b) => rank.get(a.name)! - rank.get(b.name)!);
  return [...hot, ...named.filter((p) => !rank.has(p.name))];
}

/** Names of the hot handlers that exist in the table (the first ids after 1). */
export function hotPatternNames(pats: Pattern[]): Set<string> {
  const names = new Set(pats.map((p) => p.name));
  return new Set(HOT_HANDLERS.filter((n) => names.has(n)));
}

export function handlerId(pats: Pattern[]): Map<string, number> {
  const m = new Map<string, number>();
  namedPatterns(pats).forEach((p, i) => m.set(p.name, i + 2));
  return m;
}
