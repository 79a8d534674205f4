// Runs one catalog entry headless in this process, the way `ukplay run` would boot it: the
// same monitor and core, disks in memory (kept for the rerun), NICs on an in-process
// Network (the CLI's virtual switch and host stack), so pings and HTTP checks need no host
// ports. Guests that end are checked once they have; servers once their output is all
// there (or they have gone quiet), after their pings and HTTP checks, and are then stopped.
//
//   entry ─ boot ─▶ Machine.run ─ console ─▶ ConsoleLog ─▶ checkOutput ─┐
//           │            └─ NIC ─ Network ◀─ pings, HTTP checks ────────┼─▶ BootResult
//           └ rerun (same disks) ─▶ ...                                 ┘

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry, Expectation, HttpCheck } from '../../guests/catalog-schema.ts';
import { loadCoreModuleSync } from '../core/load-node.ts';
import { parseMac, type BlockAttachSpec, type NetAttachSpec } from '../monitor/attach.ts';
import { MemoryBlockBackend } from '../monitor/block-backend.ts';
import { LoadError } from '../monitor/errors.ts';
import { parseImage } from '../monitor/image.ts';
import { adjustMemSize } from '../monitor/layout.ts';
import { Machine } from '../monitor/machine.ts';
import { Network } from '../net/network.ts';
import { checkOutput, formatProblems } from './check-output.ts';
import { ConsoleLog } from './console-log.ts';
import { runHttpChecksVia } from './http-checks.ts';

const MiB = 1 << 20;
/** Host time after which a boot is stopped (a hang guard, not a speed test). */
export const DEFAULT_GUARD_SECONDS = 120;
/**
 * A server still missing output after this much guest time without printing anything has
 * settled: what it lacks will not come. Guest time, so a loaded host does not cut a slow
 * boot short (in deterministic mode it counts instructions and idle skips).
 */
export const QUIET_GUEST_SECONDS = 10;
const QUIET_POLL_MS = 200;
const PING_TIMEOUT_MS = 3000;

export type BootPhase = 'boot' | 'rerun';

export interface BootResult {
  phase: BootPhase;
  expect: Expectation;
  /** Console bytes and monitor lines: what the checks and the golden files see. */
  log: ConsoleLog;
  /** The exit status (1 for a refused image or a guest the monitor stopped); null for a server the runner stopped. */
  status: number | null;
  /** Problem lines (a summary, then indented context lines); empty when the boot is correct. */
  problems: string[];
}

export interface EntryResult {
  name: string;
  boots: BootResult[];
  ms: number;
}

export interface NodeRunOptions {
  /** Where the catalog's image and disk files are. */
  dir: string;
  deterministic: boolean;
  guardSeconds?: number;
}

export async function runEntry(entry: CatalogEntry, opts: NodeRunOptions): Promise<EntryResult> {
  const t0 = performance.now();
  const disks = makeDisks(entry, opts.dir);
  const boots: BootResult[] = [];
  boots.push(await bootOnce(entry, 'boot', entry.expect, entry.http ?? [], entry.pings ?? 0, disks, opts));
  // A rerun only means something if the first boot did what it should.
  if (entry.rerun && boots[0].problems.length === 0) {
    boots.push(await bootOnce(entry, 'rerun', entry.rerun.expect, entry.rerun.http ?? [], 0, disks, opts));
  }
  return { name: entry.name, boots, ms: performance.now() - t0 };
}

/** The entry's disks, in memory: zeroes of the given size or a copy of the image file. */
function makeDisks(entry: CatalogEntry, dir: string): Map<string, Uint8Array | Error> {
  const disks = new Map<string, Uint8Array | Error>();
  for (const d of entry.devices) {
    if (d.type !== 'block') continue;
    if (d.image === undefined) {
      disks.set(d.name, new Uint8Array(d.size ?? 0));
      continue;
    }
    try {
      disks.set(d.name, new Uint8Array(readFileSync(join(dir, d.image))));
    } catch (e) {
      disks.set(d.name, new Error(`${d.image}: Could not open: ${(e as Error).message}`));
    }
  }
  return disks;
}

function readImageFile(path: string, name: string) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new LoadError(`${name}: Could not open: ${code === 'ENOENT' ? 'No such file or directory' : (e as Error).message}`);
  }
  return parseImage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

async function bootOnce(
  entry: CatalogEntry,
  phase: BootPhase,
  expect: Expectation,
  http: readonly HttpCheck[],
  pings: number,
  disks: Map<string, Uint8Array | Error>,
  opts: NodeRunOptions,
): Promise<BootResult> {
  const log = new ConsoleLog();
  const extra: string[] = [];
  const netDevice = entry.devices.find((d) => d.type === 'net');
  const network = netDevice ? new Network() : undefined;
  let status: number | null = null;
  let machine: Machine | undefined;
  // Guest time of the latest console output: a server quiet for long enough has settled.
  let lastOutput = 0;
  const onConsole = (bytes: Uint8Array) => {
    log.push(bytes);
    if (machine) lastOutput = guestSeconds(machine);
  };
  try {
    try {
      machine = await createMachine(entry, disks, network, log, onConsole, opts);
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      // Refused before it ran: what `ukplay run` prints, and its exit status.
      log.monitorLine(e.message);
      log.close();
      return finish(1);
    }
    const m = machine;
    let stopping = false;
    const exited = m.run().then((exit) => {
      if (exit.reason === 'halt') status = exit.status & 0xff;
      else if (exit.reason === 'stopped' && stopping) status = null; // a server the runner is done with
      else {
        status = 1;
        log.monitorLine(exit.message ?? exit.reason);
      }
      log.close();
      return exit;
    });
    const quietFor = () => guestSeconds(m) - lastOutput;
    if (pings > 0 && netDevice) extra.push(...(await ping(entry.name, network!, log, expect, pings, quietFor)));
    if (expect.exitStatus !== undefined) {
      await exited;
    } else {
      const ready = await waitForOutput(log, expect.output, quietFor);
      if (ready && http.length) extra.push(...(await runHttpChecksVia(networkFetch(network!, entry.name), http)));
      stopping = true;
      await m.stop();
      await exited;
    }
    return finish(status);
  } finally {
    network?.close();
  }

  function finish(s: number | null): BootResult {
    const problems = [...formatProblems(checkOutput(log.text, s, expect)), ...extra];
    return { phase, expect, log, status: s, problems };
  }
}

async function createMachine(
  entry: CatalogEntry,
  disks: Map<string, Uint8Array | Error>,
  network: Network | undefined,
  log: ConsoleLog,
  onConsole: (bytes: Uint8Array) => void,
  opts: NodeRunOptions,
): Promise<Machine> {
  const image = readImageFile(join(opts.dir, entry.image), entry.image);
  const mem = adjustMemSize(entry.memory * MiB);
  if (mem.warning) log.monitorLine(mem.warning);
  const blocks: Record<string, BlockAttachSpec> = {};
  const nets: Record<string, NetAttachSpec> = {};
  for (const d of entry.devices) {
    if (d.type === 'block') {
      const bytes = disks.get(d.name)!;
      if (bytes instanceof Error) throw new LoadError(bytes.message);
      blocks[d.name] = { backend: new MemoryBlockBackend(bytes), blockSize: d.sectorSize };
    } else {
      // A rerun attaches the same name again: the network treats it as a restart.
      const port = network!.attach(entry.name, { ip: d.ip });
      nets[d.name] = { port, mac: d.mac ? parseMac(d.mac) : undefined };
    }
  }
  const cmdline = entry.cmdline.trim();
  return Machine.create(loadCoreModuleSync(), image, {
    memBytes: mem.bytes,
    args: cmdline === '' ? [] : [cmdline],
    deterministic: opts.deterministic,
    blocks,
    nets,
    timeoutMs: (opts.guardSeconds ?? DEFAULT_GUARD_SECONDS) * 1000,
    onConsole,
  });
}

/**
 * Waits until every pattern has appeared in order; false if the machine exits first or
 * settles (`quietFor()`, the guest seconds since its latest output, reaches QUIET_GUEST_SECONDS)
 * without them.
 */
async function waitForOutput(log: ConsoleLog, patterns: readonly string[], quietFor: () => number): Promise<boolean> {
  const abort = new AbortController();
  const timer = setInterval(() => {
    if (quietFor() >= QUIET_GUEST_SECONDS) abort.abort();
  }, QUIET_POLL_MS);
  try {
    return await log.waitFor(patterns, patterns.length, abort.signal);
  } finally {
    clearInterval(timer);
  }
}

function guestSeconds(machine: Machine): number {
  return Number(machine.cpu.counter) / machine.cpu.counterFrequency;
}

/**
 * Echo requests once the guest says it is up (its first output pattern), one at a time,
 * as the catalog asks; problem lines for the ones that go unanswered.
 */
async function ping(name: string, network: Network, log: ConsoleLog, expect: Expectation, count: number, quietFor: () => number): Promise<string[]> {
  const up = await waitForOutput(log, expect.output.slice(0, 1), quietFor);
  if (!up) return [`pings: not sent, the guest never printed /${expect.output[0]}/`];
  for (let i = 1; i <= count; i++) {
    try {
      await network.ping(name, PING_TIMEOUT_MS);
    } catch (e) {
      return [`ping ${i} of ${count}: ${e instanceof Error ? e.message : String(e)}`];
    }
  }
  return [];
}

function networkFetch(network: Network, name: string) {
  return async (path: string, init: { method: string; body?: string }) => {
    const r = await network.fetch(name, path, init);
    return { status: r.status, text: await r.text() };
  };
}
