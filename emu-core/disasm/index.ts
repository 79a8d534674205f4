// The A64 disassembler, driven by the decode table (emu-core/isa/*.ts) like the core's decoder:
//
//   disassemble(insn, pc, symbolize?) -> { text, pattern }
//
// The word is matched against the table with the generator's decision tree (the same winner
// as a first-match scan in bySpecificity order: gen/tree.test.ts checks that), then printed
// with the preferred alias that applies (disasm/aliases-*.ts: `mov`, `cmp`, `lsl`, `cset`...)
// or else the line's own format. Unallocated words, and words whose operand formatter calls
// the field values reserved, print as `.inst 0x........ (undefined)`. Branch and ADR/ADRP
// targets are absolute addresses, followed by `<symbol+0xoff>` when a symbolizer knows them.
//
// Operand tokens and how a section adds its own: see disasm/operands.ts.
// No DOM: this runs in the UI, in workers and in Node.

import { allPatterns } from '../isa/index.ts';
import { fieldValue, type Pattern } from '../isa/table.ts';
import { buildTree, evalTree, type Tree } from '../gen/tree.ts';
import { compileFormat, type Part } from './format.ts';
import type { Alias, OperandContext, Symbolizer } from './operands.ts';
import { ALIASES, OPERANDS } from './registry.ts';

export type { Symbolizer } from './operands.ts';

export interface Disassembly {
  text: string;
  /** The table line that decoded the word; undefined when unallocated. */
  pattern: Pattern | undefined;
}

export interface DisassembleOptions {
  /** Print preferred aliases (default true); false gives each line's canonical form. */
  aliases?: boolean;
}

interface Compiled {
  parts: Part[];
  aliases: { alias: Alias; parts: Part[] }[];
}

let tree: Tree | undefined;
const compiled = new Map<Pattern, Compiled | Error>();

function hex8(insn: number): string {
  return (insn >>> 0).toString(16).padStart(8, '0');
}

/** `.inst` form of a word that is not an instruction. */
export function undefinedText(insn: number): string {
  return `.inst 0x${hex8(insn)} (undefined)`;
}

function compile(p: Pattern): Compiled | Error {
  let c = compiled.get(p);
  if (!c) {
    try {
      c = {
        parts: compileFormat(p.format, p, OPERANDS),
        aliases: (ALIASES[p.name] ?? []).map((alias) => ({ alias, parts: compileFormat(alias.format, p, OPERANDS) })),
      };
    } catch (e) {
      c = e as Error;
    }
    compiled.set(p, c);
  }
  return c;
}

class Context implements OperandContext {
  constructor(
    readonly insn: number,
    readonly pc: bigint,
    readonly pattern: Pattern,
    readonly symbolize: Symbolizer | undefined,
  ) {}
  field(name: string): number {
    for (const f of this.pattern.fields) if (f.name === name) return fieldValue(f, this.insn);
    throw new Error(`${this.pattern.name} has no field '${name}'`);
  }
}

/** Text of `parts`, or null if an operand formatter calls the encoding reserved. */
function render(parts: Part[], ctx: Context): string | null {
  let s = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      s += part;
      continue;
    }
    const vals = part.fields.map((f) => fieldValue(f, ctx.insn));
    const t = part.spec.fmt(vals, ctx, part.widths);
    if (t === null) return null;
    s += t;
  }
  return s;
}

/** The decode-table line that wins for `insn` (undefined = unallocated). */
export function decodePattern(insn: number): Pattern | undefined {
  tree ??= buildTree(allPatterns());
  return evalTree(tree, insn >>> 0);
}

export function disassemble(insn: number, pc = 0n, symbolize?: Symbolizer, opts: DisassembleOptions = {}): Disassembly {
  insn >>>= 0;
  const pattern = decodePattern(insn);
  if (!pattern) return { text: undefinedText(insn), pattern };
  const c = compile(pattern);
  // A table line with a broken format must not take the UI down: say so on that line.
  if (c instanceof Error) return { text: `.inst 0x${hex8(insn)} // ${c.message}`, pattern };
  const ctx = new Context(insn, pc, pattern, symbolize);
  // The canonical form decides whether the encoding is reserved; an alias only re-spells it.
  const canonical = render(c.parts, ctx);
  if (canonical === null) return { text: undefinedText(insn), pattern: undefined };
  if (opts.aliases !== false) {
    for (const a of c.aliases) {
      if (!a.alias.when(ctx)) continue;
      const t = render(a.parts, ctx);
      if (t !== null) return { text: t, pattern };
    }
  }
  return { text: canonical, pattern };
}

/** Compile every line's format and aliases; the problems found (for tests and tools). */
export function checkFormats(pats: Pattern[] = allPatterns()): string[] {
  const problems: string[] = [];
  for (const p of pats) {
    if (p.name === 'UNALLOC') continue;
    const c = compile(p);
    if (c instanceof Error) problems.push(c.message);
  }
  for (const name of Object.keys(ALIASES)) {
    if (!pats.some((p) => p.name === name)) problems.push(`disasm: aliases for unknown table line ${name}`);
  }
  return problems;
}
