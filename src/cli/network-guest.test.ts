// `ukplay run --net:service0=switch --forward=... --pcap=...` with the http guest, in this
// process: curl-like clients through the forwarded port (keep-alive, a 1 MiB body, 20
// connections at once), then tshark reads the capture without errors and shows every TCP
// stream and every request.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUESTS_DIR } from '../net/test-support/guest.ts';
import { main, CliIo } from './main.ts';

const PATTERN = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-\n';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function get(port: number, path: string, agent: Agent): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('ukplay run with the network', () => {
  let dir: string;
  let pcap: string;
  let port: number;
  let out = '';
  let err = '';
  let stop: ((signo: number) => void) | undefined;
  let status: Promise<number>;
  let connections = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ukplay-net-run-'));
    pcap = join(dir, 'run.pcap');
    port = await freePort();
    const io: CliIo = {
      stdout: { write: (d) => ((out += typeof d === 'string' ? d : new TextDecoder().decode(d)), true), once: () => undefined },
      stderr: { write: (t) => (err += t) },
      onSignal: (fn) => ((stop = fn), () => (stop = undefined)),
      onStdoutClosed: () => {},
    };
    status = main(['run', '--net:service0=switch', `--forward=${port}:80`, `--pcap=${pcap}`, join(GUESTS_DIR, 'http.hvt'), '--', 'ip=10.0.0.2', 'gw=10.0.0.1'], io);
    while (!/^http: serving/m.test(out)) {
      if (err) throw new Error(err);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves through the forwarded port with keep-alive', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 20; i++) {
      const r = await get(port, `/hello?n=${i}`, agent);
      expect([r.status, r.body.toString()]).toEqual([200, 'Hello from a unikernel!\n']);
    }
    agent.destroy();
    connections += 1;
  });

  it('a 1 MiB body intact, and 20 connections at once', async () => {
    const agent = new Agent({ keepAlive: false });
    const big = await get(port, '/big?bytes=1048576', agent);
    expect(big.body.length).toBe(1 << 20);
    expect(big.body.toString('latin1') === PATTERN.repeat(1 << 14)).toBe(true);
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => get(port, `/big?bytes=${1000 + i}`, agent)));
    all.forEach((r, i) => expect(r.body.toString('latin1')).toBe(PATTERN.repeat(20).slice(0, 1000 + i)));
    connections += 21;
  });

  it('stops on a signal; tshark reads the capture and shows the TCP streams', async () => {
    stop?.(15);
    expect(await status).toBe(1);
    expect(err).toContain('ukplay: Exiting on signal 15');
    const run = (args: string[]) => execFileSync('tshark', ['-r', pcap, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const conv = run(['-q', '-z', 'conv,tcp']);
    const streams = conv.split('\n').filter((l) => /^10\.0\.0\.1:\d+\s+<->\s+10\.0\.0\.2:80\s/.test(l));
    expect(streams).toHaveLength(connections);
    const uris = run(['-Y', 'http.request', '-T', 'fields', '-e', 'http.request.uri']).trim().split('\n');
    expect(uris).toHaveLength(41);
    expect(uris).toContain('/big?bytes=1048576');
    const analysis = run(['-q', '-z', 'expert,error']);
    expect(analysis).not.toMatch(/Malformed|Error/);
  });
});
