#!/usr/bin/env node
// Browser figures for `npm run bench` (scripts/bench.mjs calls benchBrowser()), measured on
// the production build served by a plain static server, in Debian's Chromium:
//
//   firstByte  time from navigation start to the default guest's first console byte, as the
//              page marks it (performance mark 'ukplay:first-console-byte'); median of runs
//   pause      a busy guest (bench) paused from the page: click to machine parked, round trip
//   memory     the tab with N idle `http` machines (the main one + a fleet of N-1, all
//              waiting in poll): the tab's renderer process's RSS/PSS from /proc (dedicated
//              workers live in the renderer), its growth over the same page with one machine,
//              and the machines' wasm linear memory as the page reports it. measureUserAgentSpecificMemory
//              needs cross-origin isolation, which the site deliberately does without.
//
// Standalone: node scripts/bench-browser.mjs [--machines=64] [--runs=5] [--no-build]

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serveStatic } from '../e2e/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const BASE = '/ukplay/';
const MIB = 1 << 20;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Resident and proportional set size of a process, in bytes (Linux /proc). */
function processMemory(pid) {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
  return { rss: kb('Rss'), pss: kb('Pss') };
}

/**
 * The tab's renderer process: Chromium keeps spare renderers around, and CDP does not say
 * which process hosts which page, so the tab is the renderer using the most memory (with
 * its machines it dwarfs an empty spare). Dedicated workers run inside it.
 */
async function tabMemory(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const info = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  const renderers = info.processInfo.filter((p) => p.type === 'renderer').map((p) => ({ pid: p.id, ...processMemory(p.id) }));
  const tab = renderers.reduce((a, b) => (b.rss > a.rss ? b : a));
  return { rss: tab.rss, pss: tab.pss, renderers: renderers.length };
}

async function firstByteOnce(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const ms = await page.waitForFunction(() => performance.getEntriesByName('ukplay:first-console-byte')[0]?.startTime, null, { timeout: 120_000, polling: 20 });
  const value = await ms.jsonValue();
  await context.close();
  return value;
}

/** Pause a busy guest (bench) from the page, n times: the page's round trip to a parked machine. */
async function pauseLatency(browser, base, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + '?guest=bench&cmdline=reps%3D100000'); // long enough to never end here
  const state = page.getByTestId('machine-state');
  const times = [];
  for (let i = 0; i < n; i++) {
    await state.filter({ hasText: /^running$/ }).waitFor({ timeout: 120_000 });
    // Let it run a few slices so the run loop is in its steady state.
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'Pause' }).click();
    const text = await page.getByLabel('pause latency').filter({ hasText: 'paused within' }).textContent({ timeout: 60_000 });
    times.push(Number(/([\d.]+) ms/.exec(text)[1]));
    await page.getByRole('button', { name: 'Resume' }).click();
  }
  await context.close();
  return times;
}

async function idleMachines(browser, base, machines) {
  // One machine first (the baseline), then the fleet, in fresh tabs of their own.
  const measure = async (query, ready) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + query);
    await ready(page);
    // Let the idle machines settle (timers, GC) before reading the process.
    await page.waitForTimeout(2000);
    const mem = await tabMemory(browser);
    const wasm = await page.getByTestId('fleet-memory').getAttribute('data-wasm-bytes');
    const committed = await page.getByTestId('fleet-memory').getAttribute('data-committed-bytes');
    const jsHeap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    await context.close();
    return { ...mem, wasmBytes: Number(wasm), committedBytes: Number(committed), pageJsHeap: jsHeap };
  };
  const waiting = (n) => async (page) => {
    await page.getByTestId('machine-state').filter({ hasText: 'waiting' }).waitFor({ timeout: 120_000 });
    if (n > 0) await page.getByTestId('fleet-summary').filter({ hasText: `${n} machines: ${n} waiting` }).waitFor({ timeout: 600_000 });
    await page.getByTestId('fleet-memory').filter({ hasText: `${n + 1} machines` }).waitFor({ timeout: 60_000 });
  };
  const one = await measure('?guest=http&tab=fleet', waiting(0));
  const many = await measure(`?guest=http&tab=fleet&fleet=${machines - 1}`, waiting(machines - 1));
  return { one, many };
}

/** Build (optionally), serve, measure; returns the figures. */
export async function benchBrowser({ machines = 64, runs = 5, build = true, log = () => {} } = {}) {
  if (build) {
    log('bench-browser: building the site');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  const server = await serveStatic({ root: join(root, 'dist/site'), base: BASE });
  const base = `http://127.0.0.1:${server.address().port}${BASE}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(await firstByteOnce(browser, base));
      log(`bench-browser: first console byte ${times[i].toFixed(0)} ms after navigation`);
    }
    const pauses = await pauseLatency(browser, base, runs);
    log(`bench-browser: pause of a busy guest: ${pauses.join(', ')} ms`);
    log(`bench-browser: ${machines} idle http machines`);
    const mem = await idleMachines(browser, base, machines);
    const perMachine = (mem.many.rss - mem.one.rss) / (machines - 1);
    return {
      browser: browser.version(),
      cores: (await (async () => {
        const c = await browser.newContext();
        const p = await c.newPage();
        await p.goto(base + '?guest=hello');
        const n = await p.evaluate(() => navigator.hardwareConcurrency);
        await c.close();
        return n;
      })()),
      firstByteMs: { median: +median(times).toFixed(1), runs: times.map((t) => +t.toFixed(1)) },
      pauseBusyGuestMs: { median: median(pauses), max: Math.max(...pauses), runs: pauses },
      idle: {
        machines,
        tabRssMiB: +(mem.many.rss / MIB).toFixed(1),
        tabPssMiB: +(mem.many.pss / MIB).toFixed(1),
        oneMachineTabRssMiB: +(mem.one.rss / MIB).toFixed(1),
        perExtraMachineRssMiB: +(perMachine / MIB).toFixed(2),
        wasmMiB: +(mem.many.wasmBytes / MIB).toFixed(1),
        guestRamCommittedMiB: +(mem.many.committedBytes / MIB).toFixed(1),
        pageJsHeapMiB: mem.many.pageJsHeap === null ? null : +(mem.many.pageJsHeap / MIB).toFixed(1),
        rendererProcesses: mem.many.renderers,
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const figures = await benchBrowser({
    machines: Number(arg('machines') ?? 64),
    runs: Number(arg('runs') ?? 5),
    build: !process.argv.includes('--no-build'),
    log: (l) => console.error(l),
  });
  console.log(JSON.stringify(figures, null, 2));
}
