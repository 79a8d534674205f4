// Disassembly for mismatch reports: ours (emu-core/disasm, from the same table), the table's
// raw view (pattern name and field values) and LLVM's (llvm-mc, an independent opinion; spawned
// only for the few words a report shows).
import { spawnSync } from 'node:child_process';
import { disassemble } from '../../disasm/index.ts';
import type { Pattern } from '../../isa/table.ts';

export function describeFields(p: Pattern, w: number): string {
  const parts = p.fields.map((f) => {
    const v = f.width >= 32 ? w >>> 0 : (w >>> f.lo) & ((1 << f.width) - 1);
    return `${f.name}=${v > 9 ? '0x' + v.toString(16) : v}`;
  });
  return [p.name, ...parts].join(' ');
}

export function ourDisasm(w: number, pc: bigint): string {
  try {
    return disassemble(w, pc).text;
  } catch (e) {
    return `(disassembler: ${(e as Error).message})`;
  }
}

export function llvmDisasm(w: number): string {
  const bytes = [0, 8, 16, 24].map((s) => '0x' + ((w >>> s) & 0xff).toString(16).padStart(2, '0')).join(' ');
  const r = spawnSync('llvm-mc', ['--disassemble', '-triple=aarch64', '-mattr=+v8a,+lse,+crc,+aes,+sha2,+fp-armv8,+neon'], {
    input: bytes + '\n',
    encoding: 'utf8',
  });
  if (r.error) return '(llvm-mc not available)';
  const line = r.stdout.split('\n').find((l) => l.startsWith('\t') && !l.trim().startsWith('.'));
  return line ? line.trim().replace(/\s+/, ' ') : '(invalid encoding)';
}

/** "ours  | llvm: theirs  [PATTERN fields]" for one word at `pc`. */
export function describeWord(w: number, pc: bigint, p: Pattern | undefined): string {
  return `${ourDisasm(w, pc)}    | llvm: ${llvmDisasm(w)}    [${p ? describeFields(p, w) : 'no pattern'}]`;
}
