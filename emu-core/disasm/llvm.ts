// Test support: LLVM's assembler and disassembler (Debian package `llvm`) over many lines at
// once, for the disassembler's round-trip tests. Node only; never imported by the core or UI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LLVM_MATTR = '+v8a,+lse,+crc,+aes,+sha2,+fp-armv8,+neon';

function run(cmd: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    return { ok: true, stdout, stderr: '' };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, stdout: err.stdout ?? '', stderr: err.stderr ?? String(e) };
  }
}

function withDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-llvm-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface AssembleResult {
  /** One word per input line; undefined where llvm-mc rejected the line. */
  words: (number | undefined)[];
  /** llvm-mc's message for each rejected line. */
  errors: Map<number, string>;
}

/**
 * Assemble one instruction per line with llvm-mc. Lines llvm-mc rejects are reported and
 * left out (llvm-mc writes no object if any line fails), then the rest is assembled again.
 */
export function assembleLines(lines: string[]): AssembleResult {
  const errors = new Map<number, string>();
  return withDir((dir) => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const keep = lines.map((_, k) => k).filter((k) => !errors.has(k));
      writeFileSync(join(dir, 'a.s'), keep.map((k) => lines[k]).join('\n') + '\n');
      const r = run('llvm-mc', ['-triple=aarch64', `-mattr=${LLVM_MATTR}`, '-filetype=obj', '-o', join(dir, 'a.o'), join(dir, 'a.s')]);
      if (!r.ok) {
        let found = 0;
        for (const m of r.stderr.matchAll(/a\.s:(\d+):\d+: error: (.*)/g)) {
          errors.set(keep[Number(m[1]) - 1], m[2]);
          found++;
        }
        if (found === 0) throw new Error(`llvm-mc failed: ${r.stderr.slice(0, 500)}`);
        continue;
      }
      run('llvm-objcopy', ['-O', 'binary', '--only-section=.text', join(dir, 'a.o'), join(dir, 'a.bin')]);
      const bin = readFileSync(join(dir, 'a.bin'));
      if (bin.length !== keep.length * 4) throw new Error(`llvm-mc produced ${bin.length / 4} words for ${keep.length} lines`);
      const words: (number | undefined)[] = lines.map(() => undefined);
      keep.forEach((k, n) => (words[k] = bin.readUInt32LE(n * 4)));
      return { words, errors };
    }
    throw new Error('llvm-mc: errors did not converge');
  });
}

/** llvm-objdump's text for each word ('<unknown>' when LLVM cannot decode it). */
export function objdumpWords(words: number[]): string[] {
  if (words.length === 0) return [];
  return withDir((dir) => {
    writeFileSync(join(dir, 'a.s'), words.map((w) => `.inst 0x${(w >>> 0).toString(16)}`).join('\n') + '\n');
    const mc = run('llvm-mc', ['-triple=aarch64', '-filetype=obj', '-o', join(dir, 'a.o'), join(dir, 'a.s')]);
    if (!mc.ok) throw new Error(`llvm-mc failed: ${mc.stderr.slice(0, 500)}`);
    const d = run('llvm-objdump', ['-d', '--no-show-raw-insn', `--mattr=${LLVM_MATTR}`, join(dir, 'a.o')]);
    if (!d.ok) throw new Error(`llvm-objdump failed: ${d.stderr.slice(0, 500)}`);
    const out: string[] = [];
    for (const line of d.stdout.split('\n')) {
      const m = line.match(/^\s*([0-9a-f]+):\s+(.*)$/);
      if (m) out[parseInt(m[1], 16) / 4] = m[2].replace(/\s+/g, ' ').trim();
    }
    if (out.length !== words.length) throw new Error(`llvm-objdump listed ${out.length} of ${words.length} words`);
    return out;
  });
}
