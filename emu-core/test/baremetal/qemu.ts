// Runs a bare-metal program in qemu-system-aarch64 -M virt: console = the PL011 on stdio, exit
// code = the program's semihosting SYS_EXIT. -icount shift=0,sleep=off makes the counter
// count instructions (16 per tick at 62.5 MHz) and WFI skip ahead: runs are deterministic.
// Results are cached on disk by ELF content, CPU model and QEMU version.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunResult {
  output: string;
  exitCode: number;
}

const QEMU = 'qemu-system-aarch64';
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'ukplay-baremetal');
/** Wall-clock bound of one QEMU run (the programs take well under a second). */
const TIMEOUT_MS = 30_000;

let version: string | undefined;
function qemuVersion(): string {
  if (version === undefined) {
    try {
      version = execFileSync(QEMU, ['--version']).toString().split('\n')[0];
    } catch {
      throw new Error(`${QEMU} is not installed (Debian package qemu-system-arm)`);
    }
  }
  return version;
}

export function qemuArgs(elf: string, cpu: string): string[] {
  return [
    '-M', 'virt', '-cpu', cpu, '-m', '256M', '-nic', 'none',
    '-display', 'none', '-monitor', 'none', '-serial', 'stdio',
    '-semihosting', '-icount', 'shift=0,sleep=off', '-no-reboot',
    '-kernel', elf,
  ];
}

export function runQemu(elf: string, cpu = 'cortex-a53'): RunResult {
  const key = createHash('sha256').update(qemuVersion()).update(cpu).update(readFileSync(elf)).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `qemu-${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as RunResult;
  const r = spawnSync(QEMU, qemuArgs(elf, cpu), { timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 16 << 20 });
  const partial = () => `; output so far:\n${r.stdout?.toString('latin1') ?? ''}`;
  if (r.signal || (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw new Error(`${QEMU} did not finish within ${TIMEOUT_MS / 1000} s (killed)${partial()}`);
  }
  if (r.error) throw new Error(`${QEMU} failed to run: ${r.error.message}`);
  const stderr = r.stderr.toString().trim();
  if (stderr) throw new Error(`${QEMU}: ${stderr}`);
  const result: RunResult = { output: r.stdout.toString('latin1'), exitCode: r.status ?? -1 };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, JSON.stringify(result));
  return result;
}
