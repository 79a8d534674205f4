// Test support: assemble A64 source with LLVM's assembler (Debian package `llvm`), cached on
// disk by content so repeated test runs do not spawn processes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'ukplay-asm');
const MATTR = '+v8a,+lse,+crc,+aes,+sha2,+fp-armv8,+neon';

/** Assemble `src` (placed at address 0 unless it says otherwise) into instruction words. */
export function assemble(src: string): Uint32Array {
  const key = createHash('sha256').update(MATTR + '\0' + src).digest('hex').slice(0, 32);
  const cached = join(cacheDir, key + '.bin');
  if (!existsSync(cached)) {
    mkdirSync(cacheDir, { recursive: true });
    const work = join(tmpdir(), `ukplay-asm-${process.pid}-${key}`);
    mkdirSync(work, { recursive: true });
    try {
      writeFileSync(join(work, 'a.s'), src + '\n');
      execFileSync('llvm-mc', ['-triple=aarch64', `-mattr=${MATTR}`, '-filetype=obj', '-o', join(work, 'a.o'), join(work, 'a.s')], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      execFileSync('llvm-objcopy', ['-O', 'binary', '--only-section=.text', join(work, 'a.o'), join(work, 'a.bin')]);
      writeFileSync(cached, readFileSync(join(work, 'a.bin')));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const b = readFileSync(cached);
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + (b.length & ~3)));
}

/** Assemble a single instruction. */
export function enc(insn: string): number {
  const w = assemble(insn);
  if (w.length !== 1) throw new Error(`'${insn}' assembled to ${w.length} words`);
  return w[0];
}
