// The in-page fetch figure for `npm run bench` (a figure, never pass/fail): requests/s of page
// code talking to the http guest in headless Chromium, on the production build under
// /ukplay/ served by the plain static server (e2e/static-server.mjs), by both routes:
//
//   bridge  window.ukplay.fetch('http', '/hello')   page ── port ──▶ network worker ──▶ guest
//   sw      fetch('vm/http/hello')                  page ──▶ service worker ── port ──▶ (same)
//
// each sequentially (keep-alive) and `concurrency` at once.
//
//   node --import tsx src/net/node/bench-page.ts [--requests=1000] [--no-build]

import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { FetchResult } from './bench.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const BASE = '/ukplay/';
const CMDLINE = 'ip=10.0.0.2 gw=10.0.0.1 quiet';

/**
 * What runs in the page, as source text: tsx would wrap a function passed to page.evaluate
 * with helpers (esbuild's keepNames) that do not exist in the page.
 */
const PAGE_LOAD = `async ({ route, requests, concurrency }) => {
  const one = async () => {
    const r = route === 'bridge' ? await window.ukplay.fetch('http', '/hello') : await fetch('vm/http/hello');
    if (r.status !== 200) throw new Error('status ' + r.status);
    await r.arrayBuffer();
  };
  for (let i = 0; i < 20; i++) await one(); // warm up: connections, JIT
  let t0 = performance.now();
  for (let i = 0; i < requests; i++) await one();
  const sequential = (requests * 1000) / (performance.now() - t0);
  t0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < requests) await one();
  }));
  return { sequential, concurrent: (requests * 1000) / (performance.now() - t0) };
}`;

/** Serve dist/site on a free port; resolves with its URL and a way to stop it. */
async function startServer(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [join(ROOT, 'e2e', 'static-server.mjs'), '--port=0', `--base=${BASE}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`the static server exited (${code}): ${out}`)));
  });
  return { url, stop: () => void child.kill('SIGTERM') };
}

export async function benchPageFetch(opts: { requests?: number; concurrency?: number; build?: boolean } = {}): Promise<FetchResult[]> {
  const requests = opts.requests ?? 1000;
  const concurrency = opts.concurrency ?? 8;
  if (opts.build !== false) {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}?guest=http&cmdline=${encodeURIComponent(CMDLINE)}`);
    await page.locator('[data-testid=console] .xterm-rows').filter({ hasText: 'http: serving' }).waitFor({ timeout: 120_000 });
    await page.waitForFunction('navigator.serviceWorker.controller !== null', null, { timeout: 60_000 });
    const out: FetchResult[] = [];
    for (const route of ['bridge', 'sw'] as const) {
      const label = route === 'bridge' ? 'window.ukplay.fetch' : 'service worker vm/http/';
      const rates = (await page.evaluate(`(${PAGE_LOAD})(${JSON.stringify({ route, requests, concurrency })})`)) as { sequential: number; concurrent: number };
      out.push({ label: `Chromium ${label}, sequential`, requests, requestsPerSec: rates.sequential });
      out.push({ label: `Chromium ${label}, ${concurrency} at once`, requests, requestsPerSec: rates.concurrent });
    }
    return out;
  } finally {
    await browser.close();
    server.stop();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const requests = Number(process.argv.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 1000);
  for (const f of await benchPageFetch({ requests, build: !process.argv.includes('--no-build') })) {
    console.log(`fetch (${f.label}): ${f.requestsPerSec.toFixed(0)} requests/s`);
  }
}
