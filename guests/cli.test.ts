// Every catalog guest on our own monitor and core, driven by catalog.json: `ukplay run` for
// each entry, with its disks as files and its net device on the CLI's virtual switch with
// port 80 forwarded to 127.0.0.1, so HTTP checks go through the real relay and host stack.
// Guests that end are checked for output and exit status; servers once their output is all
// there, then by their HTTP checks. `rerun` boots the guest again on the same disk files.
//
// Echo requests cannot be sent to a guest from outside the CLI's process, so pinged entries
// run the CLI's own `main` in this process, with their NIC on a Network this test holds (a
// net backend registered here, the same kind of switch and host stack as `--net:NAME=switch`)
// and stop, like a user's Ctrl-C, through the CLI's signal hook.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { main, type CliIo } from '../src/cli/main.ts';
import { registerNetBackend } from '../src/cli/net-backends.ts';
import { guestIpFromCmdline } from '../src/net/addressing.ts';
import type { Ip4 } from '../src/net/ipv4-address.ts';
import { Network } from '../src/net/network.ts';
import { validateCatalog, type CatalogEntry, type Expectation, type HttpCheck } from './catalog-schema.ts';
import { checkRun } from './expectations.ts';
import { freePort } from './free-port.ts';
import { runHttpChecks } from './http-checks.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'public', 'guests');
const catalog = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
const CLI = join(root, 'bin', 'ukplay.mjs');
/**
 * Host seconds after which the CLI stops a guest (`--timeout`): a hang guard, not a speed
 * test. It also ends a server the test could not kill. Guests take a few seconds here.
 */
const GUARD_SECONDS = 240;
/** Vitest's limit for one entry: up to two boots, each ended by the guard at the latest. */
const TEST_TIMEOUT_MS = 2 * GUARD_SECONDS * 1000 + 60_000;
/** How long one echo request may go unanswered before the run fails (a hang guard). */
const PING_GUARD_MS = 60_000;
/** The SIGINT number the CLI reports when it stops a guest on a signal. */
const SIGINT = 2;

/** Console output collected as it arrives, with a wait for a pattern that fails when the run ends first. */
class Output {
  text = '';
  private ended = false;
  private readonly waiters: (() => void)[] = [];

  add(chunk: Uint8Array | string): void {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
    this.wake();
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  async waitFor(re: RegExp): Promise<void> {
    while (!re.test(this.text)) {
      if (this.ended) throw new Error(`the run ended before printing ${re}:\n${this.text}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

function cliArgs(g: CatalogEntry, disks: string, hostPort: number): string[] {
  const args = [`--mem=${g.memory}`, `--timeout=${GUARD_SECONDS}`];
  for (const d of g.devices) {
    if (d.type === 'block') {
      args.push(`--block:${d.name}=${join(disks, `${d.name}.img`)}`);
      if (d.sectorSize) args.push(`--block-sector-size:${d.name}=${d.sectorSize}`);
    } else {
      args.push(`--net:${d.name}=switch`, `--forward=${hostPort}:80`);
    }
  }
  args.push(join(dir, g.image), '--', ...g.cmdline.split(' ').filter((w) => w !== ''));
  return args;
}

/** One boot of `g` under `ukplay run` (a child process), checked against `expectation` and `http`. */
async function boot(g: CatalogEntry, disks: string, expectation: Expectation, http: HttpCheck[] = []): Promise<void> {
  const port = await freePort();
  const p = spawn(process.execPath, [CLI, 'run', ...cliArgs(g, disks, port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = new Output();
  p.stdout.on('data', (d: Buffer) => out.add(d));
  p.stderr.on('data', (d: Buffer) => out.add(d));
  // 'close' comes after both pipes are drained, so `out` is complete when the run has ended.
  const exit = new Promise<number | null>((resolve) => p.on('close', (status) => (out.end(), resolve(status))));
  try {
    if (expectation.exitStatus !== undefined) {
      const status = await exit;
      expect(checkRun(out.text, status, expectation), out.text).toEqual([]);
      return;
    }
    await out.waitFor(new RegExp(expectation.output[expectation.output.length - 1], 'm'));
    expect(checkRun(out.text, null, expectation), out.text).toEqual([]);
    expect(await runHttpChecks(`http://127.0.0.1:${port}`, http), out.text).toEqual([]);
  } finally {
    p.kill('SIGKILL');
    await exit;
  }
}

function makeDisks(g: CatalogEntry): string {
  const disks = mkdtempSync(join(tmpdir(), 'ukplay-cli-disks-'));
  for (const d of g.devices)
    if (d.type === 'block') {
      const path = join(disks, `${d.name}.img`);
      if (d.image) copyFileSync(join(dir, d.image), path);
      else writeFileSync(path, Buffer.alloc(d.size ?? 0));
    }
  return disks;
}

describe('catalog guests under `ukplay run`', () => {
  it.each(catalog.guests.filter((g) => !g.pings).map((g) => [g.name, g] as const))(
    '%s',
    async (_name, g) => {
      const disks = makeDisks(g);
      try {
        await boot(g, disks, g.expect, g.http);
        if (g.rerun) await boot(g, disks, g.rerun.expect, g.rerun.http);
      } finally {
        rmSync(disks, { recursive: true, force: true });
      }
    },
    TEST_TIMEOUT_MS,
  );
});

/** The network of the pinged run in progress: the NIC's switch and the host stack that pings. */
let pingNetwork: { network: Network; guestIp: Ip4 } | undefined;

registerNetBackend({
  scheme: 'catalog-test',
  usage: "catalog-test  (guests/cli.test.ts only) a switch and host stack the test pings the guest from",
  create: (arg, ctx) => {
    const guestIp = guestIpFromCmdline(ctx.args);
    if (arg !== undefined || guestIp === undefined || pingNetwork) throw new Error('one NIC with an ip= argument, no argument');
    pingNetwork = { network: new Network(), guestIp };
    return pingNetwork.network.attach(ctx.name, { ip: guestIp });
  },
});

/**
 * Sends `count` echo requests one after another, each with its own payload, and checks every
 * reply; fails at once if the run ends (`run` settles) while a request is unanswered.
 */
async function pingGuest(network: Network, guestIp: Ip4, count: number, run: Promise<number>): Promise<void> {
  const echoed: Uint8Array[] = [];
  network.stack.onEchoReply = (r) => void echoed.push(r.data);
  for (let i = 0; i < count; i++) {
    const data = Uint8Array.from({ length: 56 }, (_, k) => (i * 7 + k) & 0xff);
    const ended = run.then((status) => Promise.reject(new Error(`the run ended (status ${status}) before echo reply ${i + 1}`)));
    await Promise.race([network.stack.ping(guestIp, { data, timeoutMs: PING_GUARD_MS }), ended]);
    expect(echoed.at(-1), `echo reply ${i + 1}`).toEqual(data);
  }
  expect(echoed.length).toBe(count);
}

describe('pinged catalog guests under the CLI (in process)', () => {
  it.each(catalog.guests.filter((g) => g.pings).map((g) => [g.name, g] as const))(
    '%s',
    async (_name, g) => {
      const dev = g.devices.find((d) => d.type === 'net');
      if (dev?.type !== 'net' || g.devices.length !== 1) throw new Error(`${g.name}: pinged entries have exactly one net device`);
      const out = new Output();
      let interrupt: ((signo: number) => void) | undefined;
      const io: CliIo = {
        stdout: { write: (d) => (out.add(d), true), once: () => undefined },
        stderr: { write: (t) => out.add(t) },
        onSignal: (fn) => ((interrupt = fn), () => (interrupt = undefined)),
        onStdoutClosed: () => undefined,
      };
      const argv = ['run', `--mem=${g.memory}`, `--timeout=${GUARD_SECONDS}`, `--net:${dev.name}=catalog-test`, join(dir, g.image)];
      const run = main([...argv, '--', ...g.cmdline.split(' ').filter((w) => w !== '')], io).finally(() => out.end());
      try {
        await out.waitFor(new RegExp(g.expect.output[0], 'm'));
        if (!pingNetwork) throw new Error('the CLI did not attach the NIC');
        await pingGuest(pingNetwork.network, pingNetwork.guestIp, g.pings!, run);
        if (g.expect.exitStatus !== undefined) {
          const status = await run;
          expect(checkRun(out.text, status, g.expect), out.text).toEqual([]);
        } else {
          expect(checkRun(out.text, null, g.expect), out.text).toEqual([]);
          interrupt?.(SIGINT);
          const status = await run;
          expect([status, out.text]).toEqual([1, expect.stringMatching(/^ukplay: Exiting on signal 2$/m)]);
        }
      } finally {
        interrupt?.(SIGINT);
        await run;
        pingNetwork?.network.close();
        pingNetwork = undefined;
      }
    },
    TEST_TIMEOUT_MS,
  );
});
