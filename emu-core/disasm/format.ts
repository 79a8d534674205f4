// Compiles a table line's disassembly format ("add {rsp:Rd}, {rsp:Rn}, {imm:imm12}{lsl12:sh}")
// into literal text and operand tokens bound to the line's fields, checking every token
// against the operand registry once, so formatting an instruction is a walk over the parts.

import type { Field, Pattern } from '../isa/table.ts';
import type { OperandSpec, OperandTable } from './operands.ts';

export interface Token {
  name: string;
  spec: OperandSpec;
  fields: Field[];
  widths: number[];
}
export type Part = string | Token;

const TOKEN = /\{([A-Za-z_][A-Za-z0-9_]*):([A-Za-z_][A-Za-z0-9_]*(?:,[A-Za-z_][A-Za-z0-9_]*)*)\}/g;

/** Parts of `format` for pattern `p`; throws "<section>:<line>: ..." on any problem. */
export function compileFormat(format: string, p: Pattern, operands: OperandTable): Part[] {
  const where = `${p.section}:${p.line}`;
  if (format.trim() === '') throw new Error(`${where}: ${p.name} has no disassembly format`);
  const parts: Part[] = [];
  let last = 0;
  for (const m of format.matchAll(TOKEN)) {
    const literal = format.slice(last, m.index);
    if (/[{}]/.test(literal)) throw new Error(`${where}: malformed token in '${literal}' of format '${format}'`);
    if (literal) parts.push(literal);
    last = m.index + m[0].length;
    const [, name, list] = m;
    const spec = operands[name];
    if (!spec) throw new Error(`${where}: unknown operand formatter '{${name}:...}' in format '${format}'`);
    const fields = list.split(',').map((fname) => {
      const f = p.fields.find((x) => x.name === fname);
      if (!f) throw new Error(`${where}: '{${name}:${list}}' names field '${fname}', which ${p.name} does not have`);
      return f;
    });
    const [min, max] = typeof spec.arity === 'number' ? [spec.arity, spec.arity] : spec.arity;
    if (fields.length < min || fields.length > max) {
      throw new Error(`${where}: '{${name}:${list}}' takes ${min === max ? min : `${min}..${max}`} field(s), got ${fields.length}`);
    }
    for (const need of spec.needs ?? []) {
      if (!p.fields.some((x) => x.name === need)) {
        throw new Error(`${where}: '{${name}:...}' needs field '${need}', which ${p.name} does not have`);
      }
    }
    parts.push({ name, spec, fields, widths: fields.map((f) => f.width) });
  }
  const tail = format.slice(last);
  if (/[{}]/.test(tail)) throw new Error(`${where}: malformed token in '${tail}' of format '${format}'`);
  if (tail) parts.push(tail);
  return parts;
}
