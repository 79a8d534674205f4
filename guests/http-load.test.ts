// The http guest under load -- on our own core behind `ukplay run --forward` (the CLI's relay
// and host TCP stack), and on QEMU with the reference tender: 1,000 sequential requests on
// one keep-alive connection, then 8 connections at once, each doing a series of requests
// including a large body. Every response is checked byte for byte; nothing here is timed.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { validateCatalog } from './catalog-schema.ts';
import { freePort } from './free-port.ts';
import { startQemu, type QemuGuest } from './sdk/tools/qemu-tender.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'public', 'guests');
const entry = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'))).guests.find((g) => g.name === 'http')!;
/**
 * Hang guards, not speed limits: a scenario takes seconds here, and `--timeout` ends a CLI
 * the test could not kill.
 */
const TEST_TIMEOUT_MS = 300_000;
const GUARD_SECONDS = 900;
const PATTERN = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-\n';

function bigBody(n: number): string {
  return PATTERN.repeat(Math.ceil(n / 64)).slice(0, n);
}

function get(agent: Agent, port: number, path: string): Promise<{ status: number; body: string; socket: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('latin1'), socket: req.socket }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The two load scenarios against a guest whose port 80 is at 127.0.0.1:port(). */
function loadTests(port: () => number): void {
  it('answers 1,000 sequential requests on one keep-alive connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    for (let i = 0; i < 1000; i++) {
      const path = i % 10 === 9 ? `/big?bytes=${1000 + i}` : '/hello';
      const r = await get(agent, port(), path);
      expect(r.status).toBe(200);
      expect(r.body).toBe(i % 10 === 9 ? bigBody(1000 + i) : 'Hello from a unikernel!\n');
      sockets.add(r.socket);
    }
    agent.destroy();
    expect(sockets.size).toBe(1);
  }, TEST_TIMEOUT_MS);

  it('serves 8 connections at once, each with many requests and a 1 MiB body', async () => {
    const agents = Array.from({ length: 8 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
    const before = JSON.parse((await get(new Agent(), port(), '/api/stats')).body);
    await Promise.all(
      agents.map(async (agent, k) => {
        for (let i = 0; i < 25; i++) {
          const r = await get(agent, port(), i === 12 ? '/big?bytes=1048576' : `/big?bytes=${k * 100 + i}`);
          expect(r.status).toBe(200);
          expect(r.body).toBe(bigBody(i === 12 ? 1048576 : k * 100 + i));
        }
      }),
    );
    const stats = JSON.parse((await get(new Agent(), port(), '/api/stats')).body);
    for (const a of agents) a.destroy();
    expect(stats.requests - before.requests).toBe(8 * 25 + 1);
    expect(stats.connections.total - before.connections.total).toBeGreaterThanOrEqual(8 + 1);
  }, TEST_TIMEOUT_MS);
}

describe('http guest under load: ukplay run --forward', () => {
  let cli: ChildProcess;
  let exited: Promise<void>;
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    cli = spawn(process.execPath, [
      join(root, 'bin', 'ukplay.mjs'), 'run', `--mem=${entry.memory}`, `--timeout=${GUARD_SECONDS}`,
      '--net:service0=switch', `--forward=${port}:80`, join(dir, entry.image), '--', ...entry.cmdline.split(' '), 'quiet',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise((resolve) => cli.on('close', () => resolve()));
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/^http: serving/m.test(out)) resolve();
      };
      cli.stdout!.on('data', onData);
      cli.stderr!.on('data', onData);
      void exited.then(() => reject(new Error(`ukplay exited before serving:\n${out}`)));
    });
  });

  afterAll(async () => {
    cli?.kill('SIGKILL');
    await exited;
  });

  loadTests(() => port);
});

describe('http guest under load: QEMU reference tender', () => {
  let guest: QemuGuest;
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    guest = startQemu(root, {
      image: join(dir, entry.image), memoryMiB: entry.memory, cmdline: `${entry.cmdline} quiet`,
      net: { name: 'service0', guestIp: '10.0.0.2', guestPort: 80, hostPort: port }, timeoutMs: 600_000,
    });
    await guest.waitForOutput(/^http: serving/m);
  });

  afterAll(async () => {
    await guest?.stop();
  });

  loadTests(() => port);
});
