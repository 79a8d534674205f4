// Disassembly for mismatch reports: the table's own view (pattern name and field values,
// always available) and LLVM's (llvm-mc, an independent opinion; only for the few words a
// report shows, so the process spawns do not matter).
import { spawnSync } from 'node:child_process';
import type { Pattern } from '../../isa/table.ts';

export function describeFields(p: Pattern, w: number): string {
  const parts = p.fields.map((f) => {
    const v = f.width >= 32 ? w >>> 0 : (w >>> f.lo) & ((1 << f.width) - 1);
    return `${f.name}=${v > 9 ? '0x' + v.toString(16) : v}`;
  });
  return [p.name, ...parts].join(' ');
}

export function llvmDisasm(w: number): string {
  const bytes = [0, 8, 16, 24].map((s) => '0x' + ((w >>> s) & 0xff).toString(16).padStart(2, '0')).join(' ');
  const r = spawnSync('llvm-mc', ['--disassemble', '-triple=aarch64', '-mattr=+v8a,+lse,+crc,+aes,+sha2,+fp-armv8,+neon'], {
    input: bytes + '\n',
    encoding: 'utf8',
  });
  if (r.error) return '(llvm-mc not available)';
  const line = r.stdout.split('\n').find((l) => l.startsWith('\t') && !l.trim().startsWith('.'));
  return line ? line.trim().replace(/\s+/, ' ') : '(llvm: invalid encoding)';
}
