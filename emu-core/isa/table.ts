// The A64 decode table format: one line per encoding, parsed into Pattern records.
//
// A section file (emu-core/isa/<section>.ts) exports its lines as text; each line is
//
//   NAME   <32 bits of pattern>   | <disassembly format>   [@attr ...]
//
// Pattern tokens, most significant bit first, must add up to 32 bits:
//   0 / 1 runs   fixed bits                       e.g. 100010
//   -  runs      bits the encoding ignores          e.g. ---
//   name:N       a named field of N bits            e.g. Rd:5
// NAME is the handler: an `export function NAME(i: u32): void` in
// emu-core/assembly/exec/<section>.ts. The reserved NAME `UNALLOC` marks an unallocated
// encoding that is more specific than a neighbouring pattern (it raises UNDEF).
//
// Overlaps: when two patterns can match the same word, the one whose fixed-bit mask is a
// strict superset wins (it is more specific). Any other overlap is an error, unless one line
// carries a higher `@prio=N` (default 0). UNALLOC lines carve holes: they beat every real
// pattern they overlap (implicit priority 1000), and may overlap each other freely.
//
// Attributes after the format (space separated, start with @):
//   @nodiff            not checkable under qemu-user at EL0 (system state, EL1 only...)
//   @class=NAME        operand-generator class for the differential tests (default: alu)
//   @prio=N            overlap priority, see above
// Comments: a line starting with '#', or ' # text' at the end of a line. A '#' directly
// followed by text is part of the format (Arm immediates: "ccmp {r:Rn}, #{dec:imm5}, ...").

export interface Field {
  name: string;
  lo: number; // bit position of the field's least significant bit
  width: number;
}

export interface Pattern {
  name: string;
  section: string;
  mask: number; // fixed bits (unsigned 32-bit)
  value: number; // their values
  fields: Field[];
  format: string;
  attrs: Record<string, string>;
  prio: number;
  line: number;
  source: string;
}

export const UNALLOC = 'UNALLOC';

export function parseSection(section: string, text: string): Pattern[] {
  const out: Pattern[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, idx) => {
    // A comment is a line starting with '#', or '#' + space after whitespace at the end of a
    // line; a '#' glued to what follows belongs to the format (immediates: "#{dec:imm5}").
    const line = (/^\s*#/.test(raw) ? '' : raw.replace(/\s#(\s.*)?$/, '')).trim();
    if (line === '') return;
    const where = `${section}:${idx + 1}`;
    const bar = line.indexOf('|');
    const head = (bar < 0 ? line : line.slice(0, bar)).trim().split(/\s+/);
    let tail = bar < 0 ? '' : line.slice(bar + 1).trim();
    const attrs: Record<string, string> = {};
    // Attributes are the trailing @words of the format part.
    const attrMatch = tail.match(/(\s+@\S+)+$|^(@\S+\s*)+$/);
    if (attrMatch) {
      for (const a of attrMatch[0].trim().split(/\s+/)) {
        const [k, v] = a.slice(1).split('=');
        attrs[k] = v ?? 'true';
      }
      tail = tail.slice(0, attrMatch.index).trim();
    }
    const name = head[0];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`${where}: bad name '${name}'`);
    let bit = 32;
    let mask = 0;
    let value = 0;
    const fields: Field[] = [];
    for (const tok of head.slice(1)) {
      const fm = tok.match(/^([A-Za-z_][A-Za-z0-9_]*):(\d+)$/);
      if (fm) {
        const w = Number(fm[2]);
        bit -= w;
        if (w < 1 || bit < 0) throw new Error(`${where}: field ${tok} overflows 32 bits`);
        if (fields.some((f) => f.name === fm[1])) throw new Error(`${where}: duplicate field ${fm[1]}`);
        fields.push({ name: fm[1], lo: bit, width: w });
        continue;
      }
      if (!/^[01-]+$/.test(tok)) throw new Error(`${where}: bad token '${tok}'`);
      for (const ch of tok) {
        bit--;
        if (bit < 0) throw new Error(`${where}: pattern longer than 32 bits`);
        if (ch !== '-') {
          mask |= 1 << bit;
          if (ch === '1') value |= 1 << bit;
        }
      }
    }
    if (bit !== 0) throw new Error(`${where}: pattern has ${32 - bit} bits, want 32`);
    out.push({
      name,
      section,
      mask: mask >>> 0,
      value: value >>> 0,
      fields,
      format: tail,
      attrs,
      prio: attrs.prio ? Number(attrs.prio) : name === UNALLOC ? 1000 : 0,
      line: idx + 1,
      source: raw.trim(),
    });
  });
  return out;
}

export function popcount(x: number): number {
  x = x >>> 0;
  let n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

export function matches(p: Pattern, insn: number): boolean {
  return ((insn & p.mask) >>> 0) === p.value;
}

/** Do two patterns accept at least one common word? */
export function overlaps(a: Pattern, b: Pattern): boolean {
  const common = a.mask & b.mask;
  return ((a.value ^ b.value) & common) === 0;
}

/** True if a is strictly more specific than b (and they overlap). */
export function moreSpecific(a: Pattern, b: Pattern): boolean {
  if (a.prio !== b.prio) return a.prio > b.prio;
  return (a.mask & b.mask) >>> 0 === b.mask && a.mask !== b.mask;
}

export function fieldValue(f: Field, insn: number): number {
  return f.width === 32 ? insn >>> 0 : (insn >>> f.lo) & ((1 << f.width) - 1);
}

export function extractFields(p: Pattern, insn: number): Record<string, number> {
  const r: Record<string, number> = {};
  for (const f of p.fields) r[f.name] = fieldValue(f, insn);
  return r;
}

/**
 * Checks the whole table: unique names (a name may repeat only for UNALLOC), and every
 * overlap resolved by specificity or priority. Returns the list of problems.
 */
export function validateTable(pats: Pattern[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Pattern>();
  for (const p of pats) {
    if (p.name === UNALLOC) continue;
    const prev = seen.get(p.name);
    if (prev) problems.push(`${p.section}:${p.line}: duplicate name ${p.name} (first at ${prev.section}:${prev.line})`);
    else seen.set(p.name, p);
  }
  for (let i = 0; i < pats.length; i++) {
    for (let j = i + 1; j < pats.length; j++) {
      const a = pats[i];
      const b = pats[j];
      if (!overlaps(a, b)) continue;
      if (a.name === UNALLOC && b.name === UNALLOC) continue;
      if (moreSpecific(a, b) || moreSpecific(b, a)) continue;
      problems.push(
        `ambiguous overlap: ${a.name} (${a.section}:${a.line}) and ${b.name} (${b.section}:${b.line}); ` +
          `make one strictly more specific or give it @prio`,
      );
    }
  }
  return problems;
}

/** Patterns ordered so that the first match is the winner. */
export function bySpecificity(pats: Pattern[]): Pattern[] {
  return [...pats].sort((a, b) => b.prio - a.prio || popcount(b.mask) - popcount(a.mask));
}
