// The `ukplay` command: `run` an hvt image, `info` about one, `test` a guest catalog, `--help`.
// Everything the user sees on stderr is one line per problem, prefixed `ukplay: `, with the
// reference tender's words where it has some; the exit status is the guest's.

import { readFileSync, statSync } from 'node:fs';
import { loadCoreModuleSync } from '../core/load-node.ts';
import { DevType, MEM_DEFAULT_MIB } from '../monitor/abi.ts';
import { BlockAttachSpec, NetAttachSpec, notDeclared } from '../monitor/attach.ts';
import { LoadError } from '../monitor/errors.ts';
import { IMAGE_MAX_BYTES, parseImage, HvtImage } from '../monitor/image.ts';
import { adjustMemSize } from '../monitor/layout.ts';
import { Machine, MachineExit } from '../monitor/machine.ts';
import { findEntry } from '../monitor/manifest.ts';
import type { NetPort } from '../monitor/net-port.ts';
import { formatExitReport } from '../monitor/report.ts';
import { parseRunArgs, runOptions, RunConfig, UsageError } from './args.ts';
import { FileBlockBackend } from './file-block.ts';
import { formatInfo } from './info.ts';
import { imageInfo } from '../monitor/image-info.ts';
import { findNetBackend } from './net-backends.ts';
import { testCommand } from './test-command.ts';
import { HINT, usage } from './usage.ts';
import './network-options.ts';

export interface CliIo {
  /** Guest console bytes; returns false when the consumer wants the writer to wait for 'drain'. */
  stdout: { write(data: Uint8Array | string): boolean; once(event: 'drain', fn: () => void): unknown };
  stderr: { write(text: string): unknown };
  /** Call `fn` on SIGINT/SIGTERM (with the signal number); returns the uninstaller. */
  onSignal(fn: (signo: number) => void): () => void;
  /** Call `fn` when stdout's reader has gone (EPIPE: `ukplay run ... | head`). */
  onStdoutClosed(fn: () => void): void;
}

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    onSignal(fn) {
      const int = () => fn(2);
      const term = () => fn(15);
      process.on('SIGINT', int);
      process.on('SIGTERM', term);
      return () => {
        process.off('SIGINT', int);
        process.off('SIGTERM', term);
      };
    },
    onStdoutClosed(fn) {
      // Stays installed: a write still in flight may fail after the run has ended.
      process.stdout.on('error', () => fn());
    },
  };
}

const MiB = 1 << 20;

class Cli {
  constructor(private readonly io: CliIo) {}

  say(msg: string): void {
    for (const line of msg.split('\n')) this.io.stderr.write(`ukplay: ${line}\n`);
  }

  readImage(file: string): HvtImage {
    let bytes: Uint8Array;
    try {
      const size = statSync(file).size;
      if (size > IMAGE_MAX_BYTES) throw new LoadError(`${file}: image too large (${size} bytes, at most ${IMAGE_MAX_BYTES})`);
      bytes = readFileSync(file);
    } catch (e) {
      if (e instanceof LoadError) throw e;
      throw new LoadError(`${file}: Could not open: ${describeFsError(e)}`);
    }
    return parseImage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  }

  async info(argv: readonly string[]): Promise<number> {
    const json = argv.includes('--json');
    const rest = argv.filter((a) => a !== '--json');
    const bad = rest.find((a) => a.startsWith('-'));
    if (bad || rest.length !== 1) {
      this.say(bad ? `Invalid option: '${bad}'` : rest.length ? 'info takes one IMAGE' : 'Missing IMAGE operand');
      this.say(HINT);
      return 1;
    }
    const info = imageInfo(this.readImage(rest[0]));
    this.io.stdout.write(json ? JSON.stringify(info, null, 2) + '\n' : formatInfo(info));
    return 0;
  }

  async run(argv: readonly string[]): Promise<number> {
    let cfg: RunConfig;
    try {
      cfg = parseRunArgs(argv);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      this.say(e.message);
      this.say(HINT);
      return 1;
    }
    if (cfg.help) {
      this.io.stdout.write(usage());
      return 0;
    }
    const files: FileBlockBackend[] = [];
    const ports: NetPort[] = [];
    try {
      return await this.boot(cfg, files, ports);
    } finally {
      for (const f of files) f.close();
      for (const p of ports) p.close?.();
    }
  }

  private async boot(cfg: RunConfig, files: FileBlockBackend[], ports: NetPort[]): Promise<number> {
    const image = this.readImage(cfg.image!);
    // Names first, as the reference tender checks them while reading its options.
    for (const name of cfg.blocks.keys()) if (!findEntry(image.manifest, name, DevType.BlockBasic)) throw notDeclared(name);
    for (const name of cfg.nets.keys()) if (!findEntry(image.manifest, name, DevType.NetBasic)) throw notDeclared(name);

    const mem = adjustMemSize((cfg.memMiB ?? MEM_DEFAULT_MIB) * MiB);
    if (mem.warning) this.say(mem.warning);

    const blocks: Record<string, BlockAttachSpec> = {};
    for (const [name, b] of cfg.blocks) {
      if (b.file === undefined) continue; // only a sector size: left unattached, refused below
      let backend: FileBlockBackend;
      try {
        backend = new FileBlockBackend(b.file);
      } catch (e) {
        throw new LoadError(`${b.file}: Could not open: ${describeFsError(e)}`);
      }
      files.push(backend);
      blocks[name] = { backend, blockSize: b.sectorSize };
    }
    const nets: Record<string, NetAttachSpec> = {};
    for (const [name, n] of cfg.nets) {
      if (n.value === undefined) continue;
      const found = findNetBackend(n.value)!;
      let port: NetPort;
      try {
        port = await found.backend.create(found.arg, { name, deterministic: cfg.deterministic, args: cfg.guestArgs });
      } catch (e) {
        throw new LoadError(`--net:${name}=${n.value}: ${e instanceof Error ? e.message : String(e)}`);
      }
      ports.push(port);
      nets[name] = { port, mac: n.mac };
    }

    let machine: Machine | undefined;
    const { stdout } = this.io;
    machine = await Machine.create(loadCoreModuleSync(), image, {
      memBytes: mem.bytes,
      args: cfg.guestArgs,
      deterministic: cfg.deterministic,
      blocks,
      nets,
      maxInstructions: cfg.maxInstructions,
      timeoutMs: cfg.timeoutMs,
      onConsole: (bytes) => {
        // A slow reader of our stdout pauses the guest instead of buffering without bound.
        if (!stdout.write(bytes) && machine) {
          void machine.pause();
          stdout.once('drain', () => machine?.resume());
        }
      },
      onHypercall: cfg.traceHypercalls
        ? (ev) => this.say(`trace: ${ev.name}${ev.detail ? ' ' + ev.detail : ''} (insn ${ev.instructions})`)
        : undefined,
    });

    let signal: number | undefined;
    let readerGone = false;
    const uninstall = this.io.onSignal((signo) => {
      signal = signo;
      void machine?.stop();
    });
    this.io.onStdoutClosed(() => {
      readerGone = true;
      void machine?.stop();
    });
    let exit: MachineExit;
    const cleanups: Array<() => void> = [];
    try {
      for (const o of runOptions()) {
        const stop = await o.start?.(cfg, machine);
        if (stop) cleanups.push(stop);
      }
      exit = await machine.run();
    } finally {
      uninstall();
      for (const c of cleanups) c();
    }

    if (cfg.stats) this.stats(machine, exit);
    if (cfg.report) this.io.stderr.write(formatExitReport(exit));
    if (exit.reason === 'halt') return exit.status & 0xff;
    if (exit.reason === 'stopped' && readerGone) return 1; // the reader knows it left
    if (exit.reason === 'stopped' && signal !== undefined) this.say(`Exiting on signal ${signal}`);
    else this.say(exit.message ?? exit.reason);
    return 1;
  }

  private stats(machine: Machine, exit: MachineExit): void {
    const f = machine.bootStats.firstOutput;
    this.say(`stats: first console output: ${f ? `${f.instructions} instructions, ${f.ms.toFixed(2)} ms` : 'none'}`);
    const mips = exit.elapsedMs > 0 ? Number(exit.instructions) / exit.elapsedMs / 1000 : 0;
    this.say(`stats: exit (${exit.reason}): ${exit.instructions} instructions, ${exit.elapsedMs.toFixed(2)} ms, ${mips.toFixed(1)} MIPS`);
    const calls = machine.hypercallCounters().filter((c) => c.calls > 0);
    this.say(`stats: hypercalls: ${calls.map((c) => `${c.name} ${c.calls}${c.bytes ? ` (${c.bytes} bytes)` : ''}`).join(', ') || 'none'}`);
    this.say(`stats: RAM committed ${machine.cpu.committedBytes / MiB} MiB of ${machine.memSize / MiB} MiB`);
  }
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  const messages: Record<string, string> = {
    ENOENT: 'No such file or directory',
    EACCES: 'Permission denied',
    EISDIR: 'Is a directory',
    EROFS: 'Read-only file system',
  };
  return (code && messages[code]) ?? (e instanceof Error ? e.message : String(e));
}

/** Run the command line; resolves to the process exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const cli = new Cli(io);
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      (cmd === undefined ? io.stderr : io.stdout).write(usage());
      return cmd === undefined ? 1 : 0;
    }
    if (cmd === 'run') return await cli.run(rest);
    if (cmd === 'info') return await cli.info(rest);
    if (cmd === 'test') return await testCommand(rest, io);
    cli.say(`Unknown command: '${cmd}'`);
    cli.say(HINT);
    return 1;
  } catch (e) {
    if (e instanceof LoadError) cli.say(e.message);
    else cli.say(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}
