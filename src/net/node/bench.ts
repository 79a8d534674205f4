// Network benchmarks for `npm run bench` (figures, never pass/fail):
//  - forward: `ukplay run --net:service0=switch --forward=PORT:80` with the http guest in a
//    child process, loaded by `wrk` on 127.0.0.1 (requests/s, latency, MiB/s on a big body);
//  - fetch: Network.fetch in this process against the same guest (requests/s, sequential
//    and concurrent).
//
//   node --import tsx src/net/node/bench.ts [--seconds=10] [--connections=8]

import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Network } from '../network.ts';
import { startGuest } from '../test-support/guest.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface WrkResult {
  path: string;
  connections: number;
  seconds: number;
  requestsPerSec: number;
  transferPerSec: string;
  latencyAvg: string;
  latencyP99: string;
  requests: number;
  /** Socket errors and non-2xx responses wrk counted. */
  errors: number;
}

export interface FetchResult {
  label: string;
  requests: number;
  requestsPerSec: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function parseWrk(out: string, path: string, connections: number, seconds: number): WrkResult {
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  const text = (re: RegExp) => re.exec(out)?.[1] ?? '?';
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = (socketErrors ? socketErrors.slice(1).reduce((a, b) => a + Number(b), 0) : 0) + (num(/Non-2xx or 3xx responses: (\d+)/) || 0);
  return {
    path,
    connections,
    seconds,
    requestsPerSec: num(/Requests\/sec:\s+([\d.]+)/),
    transferPerSec: text(/Transfer\/sec:\s+(\S+)/),
    latencyAvg: text(/Latency\s+(\S+)/),
    latencyP99: text(/\s99%\s+(\S+)/),
    requests: num(/(\d+) requests in/),
    errors,
  };
}

/** Requests/s through the CLI's port forward, measured by wrk (which must be installed). */
export async function benchForward(
  opts: { seconds?: number; connections?: number; loads?: Array<{ path: string; connections: number }> } = {},
): Promise<WrkResult[]> {
  const seconds = opts.seconds ?? 10;
  const connections = opts.connections ?? 8;
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'ukplay.mjs'), 'run', '--net:service0=switch', `--forward=${port}:80`, join(ROOT, 'public', 'guests', 'http.hvt'), '--', 'ip=10.0.0.2', 'gw=10.0.0.1', 'quiet'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/^http: serving/m.test(out)) resolve();
      });
      child.on('exit', (code) => reject(new Error(`ukplay exited (${code}) before serving:\n${out}`)));
    });
    const results: WrkResult[] = [];
    // Small responses with `connections` clients; a 1 MiB body with one (throughput).
    const loads = opts.loads ?? [
      { path: '/hello', connections },
      { path: '/big?bytes=1048576', connections: 1 },
    ];
    for (const { path, connections: c } of loads) {
      const { stdout } = await run('wrk', ['-t1', `-c${c}`, `-d${seconds}s`, '--timeout', '30s', '--latency', `http://127.0.0.1:${port}${path}`]);
      results.push(parseWrk(stdout, path, c, seconds));
    }
    return results;
  } finally {
    child.kill('SIGTERM');
  }
}

/** Requests/s of Network.fetch in this process (no sockets): sequential, then `concurrency` at once. */
export async function benchFetch(opts: { requests?: number; concurrency?: number } = {}): Promise<FetchResult[]> {
  const requests = opts.requests ?? 2000;
  const concurrency = opts.concurrency ?? 8;
  const net = new Network();
  const guest = await startGuest(net, { image: 'http.hvt', name: 'http', ip: '10.0.0.2', args: ['quiet'] });
  try {
    await guest.waitFor(/^http: serving/m);
    const one = async () => {
      const r = await net.fetch('http', '/hello');
      await r.arrayBuffer();
    };
    const out: FetchResult[] = [];
    let t0 = performance.now();
    for (let i = 0; i < requests; i++) await one();
    out.push({ label: 'sequential, keep-alive', requests, requestsPerSec: (requests * 1000) / (performance.now() - t0) });
    t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) await one();
      }),
    );
    out.push({ label: `${concurrency} at once, keep-alive`, requests, requestsPerSec: (requests * 1000) / (performance.now() - t0) });
    return out;
  } finally {
    await guest.stop();
    net.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const seconds = Number(arg('seconds') ?? 10);
  const connections = Number(arg('connections') ?? 8);
  for (const f of await benchFetch()) console.log(`fetch (in process), ${f.label}: ${f.requestsPerSec.toFixed(0)} requests/s`);
  for (const w of await benchForward({ seconds, connections })) {
    console.log(
      `forward + wrk -c${w.connections} ${w.path}: ${w.requestsPerSec.toFixed(1)} requests/s, ${w.transferPerSec}/s, latency avg ${w.latencyAvg} p99 ${w.latencyP99}, ${w.errors} errors`,
    );
  }
}
