// All operand formatter and alias tables, merged. A section owner adds their
// operands-<section>.ts and aliases-<section>.ts here (see disasm/operands.ts).
import type { AliasTable, OperandTable } from './operands.ts';
import intOperands from './operands-int.ts';
import { INT_ALIASES, INT_ALIAS_OPERANDS } from './aliases-int.ts';
import ldstOperands from './operands-ldst.ts';
import { LDST_ALIASES } from './aliases-ldst.ts';
import simdOperands from './operands-simd.ts';
import { SIMD_ALIASES } from './aliases-simd.ts';
import fpOperands from './operands-fp.ts';

const OPERAND_TABLES: [string, OperandTable][] = [
  ['operands-int', intOperands],
  ['aliases-int', INT_ALIAS_OPERANDS],
  ['operands-ldst', ldstOperands],
  ['operands-simd', simdOperands],
  ['operands-fp', fpOperands],
];

const ALIAS_TABLES: [string, AliasTable][] = [
  ['aliases-int', INT_ALIASES],
  ['aliases-ldst', LDST_ALIASES],
  ['aliases-simd', SIMD_ALIASES],
];

function merge<T>(kind: string, tables: [string, Record<string, T>][]): Record<string, T> {
  const all: Record<string, T> = {};
  const from: Record<string, string> = {};
  for (const [file, table] of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (from[name]) throw new Error(`disasm: ${kind} '${name}' defined in both ${from[name]} and ${file}`);
      from[name] = file;
      all[name] = entry;
    }
  }
  return all;
}

export const OPERANDS: OperandTable = merge('operand', OPERAND_TABLES);
export const ALIASES: AliasTable = merge('aliases of', ALIAS_TABLES);
