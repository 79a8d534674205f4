// Builds the QEMU-side harness (harness/harness.c) with Debian's clang + lld into
// emu-core/build/diff-harness-<hash>, where <hash> covers the source, the layout defines and
// the flags: a generated file, rebuilt only when one of them changes, never committed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { harnessDefines } from './layout.ts';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, 'harness', 'harness.c');
const buildDir = join(here, '..', '..', 'build');

const FLAGS = [
  '--target=aarch64-linux-gnu',
  '-nostdlib',
  '-static',
  '-ffreestanding',
  '-fno-builtin',
  '-fno-stack-protector',
  // The handler must not touch FP/SIMD state it has not saved: keep the compiler off it.
  '-mgeneral-regs-only',
  '-O2',
  '-Wall',
  '-Wextra',
  '-Werror',
  '-fuse-ld=lld',
];

export function harnessPath(): string {
  const defines = Object.entries(harnessDefines()).map(([k, v]) => `-D${k}=${v}`);
  const args = [...FLAGS, ...defines];
  const hash = createHash('sha256').update(readFileSync(source)).update('\0' + args.join(' ')).digest('hex').slice(0, 16);
  const out = join(buildDir, `diff-harness-${hash}`);
  if (existsSync(out)) return out;
  mkdirSync(buildDir, { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    execFileSync('clang', [...args, '-o', tmp, source], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`building the diff harness failed (clang + lld for aarch64-linux-gnu):\n${err.stderr?.toString() ?? err.message}`);
  }
  renameSync(tmp, out); // atomic: parallel test workers never see a half-written binary
  return out;
}
