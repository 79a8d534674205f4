// All operand formatter tables, merged. A section owner adds their operands-<section>.ts here.
import type { OperandTable } from './operands.ts';
import intOperands from './operands-int.ts';
import { ALIAS_OPERANDS } from './aliases.ts';

const TABLES: [string, OperandTable][] = [
  ['operands-int', intOperands],
  ['aliases', ALIAS_OPERANDS],
];

function merge(): OperandTable {
  const all: OperandTable = {};
  const from: Record<string, string> = {};
  for (const [file, table] of TABLES) {
    for (const [name, spec] of Object.entries(table)) {
      if (from[name]) throw new Error(`disasm: operand '${name}' defined in both ${from[name]} and ${file}`);
      from[name] = file;
      all[name] = spec;
    }
  }
  return all;
}

export const OPERANDS: OperandTable = merge();
