// Runs a guest image under QEMU's full-system AArch64 model with our reference tender
// (guests/sdk/qemu-tender/) in place of the hvt monitor: a second, independent CPU on which
// to check guest images and the SDK, and later a reference to compare our own core against.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface QemuBlock {
  name: string;
  path: string;
  sectorSize?: number;
}

export interface QemuRun {
  image: string;
  memoryMiB: number;
  cmdline: string;
  blocks?: QemuBlock[];
  timeoutMs?: number;
}

export interface QemuResult {
  output: string;
  status: number | null;
  timedOut: boolean;
}

export const QEMU = 'qemu-system-aarch64';

export function qemuAvailable(): boolean {
  return spawnSync(QEMU, ['--version']).status === 0;
}

/** Compiles the tender (once per process) and returns its ELF path. */
let built: string | null = null;
export function buildTender(root: string): string {
  if (built && existsSync(built)) return built;
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-tender-'));
  const src = join(root, 'guests/sdk/qemu-tender');
  const resource = spawnSync('clang', ['-print-resource-dir'], { encoding: 'utf8' }).stdout.trim();
  const objs: string[] = [];
  for (const f of ['entry.S', 'tender.c']) {
    const o = join(dir, `${f}.o`);
    const r = spawnSync('clang', [
      '--target=aarch64-none-elf', '-march=armv8-a', '-O2', '-ffreestanding', '-nostdinc',
      '-isystem', join(resource, 'include'), '-mgeneral-regs-only', '-mstrict-align', '-fno-pic',
      '-fno-stack-protector', '-Wall', '-Wextra', '-Werror', '-c', join(src, f), '-o', o,
    ], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`qemu tender: compiling ${f} failed: ${r.stderr}`);
    objs.push(o);
  }
  const elf = join(dir, 'tender.elf');
  const r = spawnSync('ld.lld', ['-static', '-nostdlib', '-T', join(src, 'link.ld'), '-o', elf, ...objs], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`qemu tender: link failed: ${r.stderr}`);
  built = elf;
  return elf;
}

/** Boots one image; resolves with its console output and exit status. */
export function runInQemu(root: string, run: QemuRun): Promise<QemuResult> {
  const tender = buildTender(root);
  const opts = [`image=${run.image}`, `mem=${run.memoryMiB}`];
  for (const b of run.blocks ?? []) opts.push(`block:${b.name}=${b.path}@${b.sectorSize ?? 512}`);
  const append = `${opts.join(' ')} -- ${run.cmdline}`;
  const args = [
    '-M', 'virt,virtualization=on', '-cpu', 'cortex-a57', '-m', '2048', '-nographic', '-nodefaults',
    '-monitor', 'none', '-serial', 'none', '-semihosting-config', 'enable=on,target=native',
    '-kernel', tender, '-append', append,
  ];
  return new Promise((resolve) => {
    const p = spawn(QEMU, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    p.stdout.on('data', (d: Buffer) => (output += d.toString('latin1')));
    p.stderr.on('data', (d: Buffer) => (output += d.toString('latin1')));
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, run.timeoutMs ?? 60_000);
    p.on('close', (status) => {
      clearTimeout(timer);
      resolve({ output, status, timedOut });
    });
  });
}

/** A scratch directory for disk files, removed by the returned function. */
export function scratchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-disks-'));
  mkdirSync(dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
