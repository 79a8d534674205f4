// The native fast paths of the FP library (softfloat/fast.ts) against its exact integer paths,
// on millions of random operands in every FPCR mode: results and FPSR flags must be identical.
// (The exact paths are what the differential tests compare with QEMU.) The library is compiled
// with a small test entry (fp-paths/entry.ts), cached by content like the assembler's output.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function sources(): string[] {
  const dir = join(here, '..', 'assembly', 'softfloat');
  return [join(here, 'fp-paths', 'entry.ts'), join(here, '..', 'assembly', 'sysregs.ts'), ...readdirSync(dir).map((f) => join(dir, f))];
}

function compile(): WebAssembly.Instance {
  const hash = createHash('sha256');
  for (const f of sources()) hash.update(f + '\0' + readFileSync(f));
  const cacheDir = join(root, 'node_modules', '.cache', 'ukplay-fp-paths');
  const wasm = join(cacheDir, hash.digest('hex').slice(0, 32) + '.wasm');
  if (!existsSync(wasm)) {
    mkdirSync(cacheDir, { recursive: true });
    execFileSync(process.execPath, [
      join(root, 'node_modules', 'assemblyscript', 'bin', 'asc.js'), join(here, 'fp-paths', 'entry.ts'),
      '--outFile', wasm, '-O3', '--noAssert', '--runtime', 'stub',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
  }
  return new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasm)), { env: { abort: () => { throw new Error('abort'); } } });
}

interface Entry {
  run(op: number, fmt: number, fpcr: number, n: number, seed: bigint): number;
  [k: string]: unknown;
}

const OPS = ['add', 'sub', 'mul', 'div', 'sqrt', 'fused multiply-add'];
const FPCRS: [string, number][] = [
  ['RN', 0], ['RN FZ', 1 << 24], ['RN DN', 1 << 25], ['RP', 1 << 22], ['RM FZ', (2 << 22) | (1 << 24)], ['RZ', 3 << 22],
];
const CASES = 200_000;

describe('FP fast paths agree with the exact paths', () => {
  const x = compile().exports as unknown as Entry;
  const g = (name: string) => (x[name] as WebAssembly.Global).value as bigint | number;
  for (const [fmtName, fmt] of [['single', 1], ['double', 2]] as const) {
    for (let op = 0; op < OPS.length; op++) {
      it(`${OPS[op]} in ${fmtName}`, () => {
        for (const [mode, fpcr] of FPCRS) {
          const ok = x.run(op, fmt, fpcr, CASES, BigInt(1 + op * 7 + fmt * 1000 + fpcr));
          const hex = (v: bigint | number) => '0x' + BigInt.asUintN(64, BigInt(v)).toString(16);
          expect(
            ok,
            `${mode}: a=${hex(g('badA'))} b=${hex(g('badB'))} c=${hex(g('badC'))}: fast ${hex(g('fastResult'))} flags ${hex(g('fastFlags'))}, exact ${hex(g('exactResult'))} flags ${hex(g('exactFlags'))}`,
          ).toBe(1);
        }
      });
    }
  }
});
