#!/usr/bin/env node
// Builds the CPU core: generates the decoder from the decode table, then compiles the
// AssemblyScript to emu-core/build/emu-core.wasm. Skips work when no input changed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'emu-core');
const out = join(core, 'build');
const wasm = join(out, 'emu-core.wasm');
const stamp = join(out, 'inputs.sha256');

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'generated' || n === 'build' || n === 'node_modules') return [];
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const inputs = [...files(join(core, 'isa')), ...files(join(core, 'gen')), ...files(join(core, 'assembly')), __filename()]
  .filter((f) => f.endsWith('.ts') || f.endsWith('.mjs'))
  .sort();
function __filename() {
  return fileURLToPath(import.meta.url);
}
const hash = createHash('sha256');
for (const f of inputs) hash.update(f.slice(root.length) + '\0' + readFileSync(f) + '\0');
const digest = hash.digest('hex');
if (!process.argv.includes('--force') && existsSync(wasm) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
  process.exit(0);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build-core: ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

mkdirSync(out, { recursive: true });
run(process.execPath, ['--import', 'tsx', join(core, 'gen', 'generate.ts')]);
const asc = join(root, 'node_modules', 'assemblyscript', 'bin', 'asc.js');
run(process.execPath, [
  asc, join(core, 'assembly', 'index.ts'),
  '--outFile', wasm,
  '--textFile', join(out, 'emu-core.wat'),
  '-O3', '--converge', '--noAssert', '--runtime', 'stub',
  '--enable', 'simd',
  '--initialMemory', '2',
  // The block translator (src/core/jit/) appends its functions to this table (no maximum).
  '--exportTable',
]);
writeFileSync(stamp, digest);
console.log(`build-core: ${wasm} (${statSync(wasm).size} bytes)`);
