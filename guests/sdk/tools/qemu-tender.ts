// Runs a guest image under QEMU's full-system AArch64 model with our reference tender
// (guests/sdk/qemu-tender/) in place of the hvt monitor: a second, independent CPU on which
// to check guest images and the SDK, and later a reference to compare our own core against.
// A net device goes to a virtio-net NIC on QEMU's user-mode network, restricted (no traffic
// leaves it), with one TCP port forwarded from 127.0.0.1 to the guest -- or to a pinger in the
// tender that sends ICMP echo requests, which QEMU's user network cannot.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface QemuBlock {
  name: string;
  path: string;
  sectorSize?: number;
}

export interface QemuNet {
  name: string;
  /** The guest's address on QEMU's user network 10.0.0.0/24 (QEMU itself is 10.0.0.1). */
  guestIp: string;
  /** Forward 127.0.0.1:hostPort to guestIp:guestPort. */
  hostPort: number;
  guestPort: number;
}

/** The tender itself plays the host: ARP, then `count` ICMP echo requests, each reply checked. */
export interface QemuPinger {
  name: string;
  guestIp: string;
  count: number;
}

export interface QemuRun {
  image: string;
  memoryMiB: number;
  cmdline: string;
  blocks?: QemuBlock[];
  net?: QemuNet;
  pinger?: QemuPinger;
  timeoutMs?: number;
}

export interface QemuResult {
  output: string;
  status: number | null;
  timedOut: boolean;
}

export const QEMU = 'qemu-system-aarch64';
const SOURCES = ['entry.S', 'tender.c', 'virtio_net.c', 'pinger.c'];

/** Compiles the tender (once per process) and returns its ELF path. */
let built: string | null = null;
export function buildTender(root: string): string {
  if (built && existsSync(built)) return built;
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-tender-'));
  const src = join(root, 'guests/sdk/qemu-tender');
  const resource = spawnSync('clang', ['-print-resource-dir'], { encoding: 'utf8' }).stdout.trim();
  const objs: string[] = [];
  for (const f of SOURCES) {
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

/** A running guest. */
export class QemuGuest {
  output = '';
  readonly exited: Promise<QemuResult>;
  private readonly proc: ChildProcess;
  private waiters: (() => void)[] = [];

  constructor(args: string[], timeoutMs: number) {
    this.proc = spawn(QEMU, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (d: Buffer) => {
      this.output += d.toString('latin1');
      for (const w of this.waiters) w();
    };
    this.proc.stdout!.on('data', onData);
    this.proc.stderr!.on('data', onData);
    this.exited = new Promise((resolve) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        this.proc.kill('SIGKILL');
      }, timeoutMs);
      this.proc.on('close', (status) => {
        clearTimeout(timer);
        for (const w of this.waiters) w();
        resolve({ output: this.output, status, timedOut });
      });
    });
  }

  /** Resolves once the output matches re; rejects if the guest exits first. */
  waitForOutput(re: RegExp): Promise<void> {
    return new Promise((resolve, reject) => {
      let done = false;
      const check = () => {
        if (done) return;
        if (re.test(this.output)) {
          done = true;
          resolve();
        } else if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
          done = true;
          reject(new Error(`guest exited before printing ${re}; output:\n${this.output}`));
        }
      };
      this.waiters.push(check);
      check();
    });
  }

  /** Stops the guest (as pulling the plug) and waits for QEMU to go. */
  async stop(): Promise<QemuResult> {
    this.proc.kill('SIGKILL');
    return this.exited;
  }
}

export function startQemu(root: string, run: QemuRun): QemuGuest {
  const tender = buildTender(root);
  const opts = [`image=${run.image}`, `mem=${run.memoryMiB}`];
  for (const b of run.blocks ?? []) opts.push(`block:${b.name}=${b.path}@${b.sectorSize ?? 512}`);
  const args = [
    '-M', 'virt,virtualization=on', '-cpu', 'cortex-a57', '-m', '2048', '-nographic', '-nodefaults',
    '-monitor', 'none', '-serial', 'none', '-semihosting-config', 'enable=on,target=native',
    '-kernel', tender,
  ];
  if (run.net) {
    const n = run.net;
    opts.push(`net:${n.name}`);
    args.push(
      '-global', 'virtio-mmio.force-legacy=false',
      '-netdev', `user,id=n0,net=10.0.0.0/24,host=10.0.0.1,restrict=on,hostfwd=tcp:127.0.0.1:${n.hostPort}-${n.guestIp}:${n.guestPort}`,
      '-device', 'virtio-net-device,netdev=n0,mac=52:54:00:12:34:56',
    );
  }
  if (run.pinger) opts.push(`pinger:${run.pinger.name}=${run.pinger.guestIp}/${run.pinger.count}`);
  args.push('-append', `${opts.join(' ')} -- ${run.cmdline}`);
  return new QemuGuest(args, run.timeoutMs ?? 60_000);
}

/** Boots one image to its end; resolves with its console output and exit status. */
export function runInQemu(root: string, run: QemuRun): Promise<QemuResult> {
  return startQemu(root, run).exited;
}

/** A scratch directory for disk files, removed by the returned function. */
export function scratchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-disks-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
