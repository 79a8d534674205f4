// `npm run bench`: figures, never pass/fail. Sections (all by default, or --only=a,b):
//   cpu      the bench guest's integer and FP/SIMD workloads: MIPS in our core, cold and steady,
//            and side by side with qemu-system-aarch64 when installed (ratio = our time / QEMU's)
//   boot     the hello guest: instructions and ms from `run` to the first console byte and exit
//   net      requests/s through the CLI's port forward (wrk), in-process fetch, and page code's
//            fetch in headless Chromium (window.ukplay.fetch and the service worker)
//   browser  headless Chromium on the production build: navigation to first console byte, and
//            the tab's memory with 64 idle http machines
// Results are printed and written to test-results/bench.json.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchWorkload, qemuAvailable, DEFAULT_REPS, INTEGER, FP_SIMD, type WorkloadFigure } from './cpu.ts';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';
import { measureBoot } from '../../src/monitor/boot-stats.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const quick = process.argv.includes('--quick');
const want = (s: string) => !only || only.includes(s);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

function table(rows: string[][]): string {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((x, c) => (c === 0 ? x.padEnd(w[c]) : x.padStart(w[c]))).join('  ')).join('\n');
}
const f1 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(1));
const f2 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(2));

function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

async function cpu(): Promise<void> {
  const withQemu = qemuAvailable();
  if (!withQemu) console.log('cpu: qemu-system-aarch64 not installed: our figures only');
  const groups: Array<[string, string[]]> = [['integer', INTEGER], ['fp/simd', FP_SIMD]];
  const out: Record<string, WorkloadFigure[]> = {};
  for (const [group, names] of groups) {
    const figs: WorkloadFigure[] = [];
    for (const w of names) {
      const reps = quick ? Math.max(1, Math.round(DEFAULT_REPS[w] / 5)) : DEFAULT_REPS[w];
      process.stdout.write(`cpu: ${w} x${reps}...\r`);
      figs.push(await benchWorkload(w, reps, withQemu));
    }
    out[group] = figs;
    const rows = [['workload', 'Minsns', 'ours ms', 'MIPS', 'cold MIPS', 'QEMU ms', 'QEMU MIPS', 'ours/QEMU']];
    for (const f of figs) {
      rows.push([f.workload, f1(f.instructions / 1e6), f1(f.oursMs), f1(f.oursMips), f1(f.coldMips), f1(f.qemuMs), f1(f.qemuMips), f2(f.ratio)]);
    }
    const total = figs.reduce((s, f) => s + f.instructions, 0);
    const oursMs = figs.reduce((s, f) => s + f.oursMs, 0);
    const ratios = figs.flatMap((f) => (f.ratio ? [f.ratio] : []));
    rows.push(['all', f1(total / 1e6), f1(oursMs), f1(total / oursMs / 1000), '', '', '', ratios.length ? f2(geomean(ratios)) : '-']);
    console.log(`\n${group} workloads (bench guest; time measured by the guest; MIPS = our instructions retired / that time)`);
    console.log(table(rows));
  }
  results.cpu = out;
}

async function boot(): Promise<void> {
  const core = loadCoreModuleSync();
  const bytes = readFileSync(join(ROOT, 'public', 'guests', 'hello.hvt'));
  const cold = await measureBoot(core, bytes, { name: 'hello.hvt' });
  const warm = await measureBoot(core, bytes, { name: 'hello.hvt' });
  const rows = [['hello boot', 'insns to 1st byte', 'ms to 1st byte', 'insns to exit', 'ms to exit']];
  for (const [label, m] of [['first in process', cold], ['warm', warm]] as const) {
    rows.push([label, String(m.firstOutput?.instructions ?? '-'), f2(m.firstOutput?.ms), String(m.exit.instructions), f2(m.exit.ms)]);
  }
  console.log('\nboot (deterministic; the first boot includes V8 compiling the core)');
  console.log(table(rows));
  results.boot = { cold, warm };
}

async function net(): Promise<void> {
  const { benchForward, benchFetch } = await import('../../src/net/node/bench.ts');
  const { benchPageFetch } = await import('../../src/net/node/bench-page.ts');
  const hasWrk = existsSync('/usr/bin/wrk');
  const fwd = hasWrk ? await benchForward({ seconds: quick ? 3 : 10 }) : [];
  const fetched = [...(await benchFetch({ requests: quick ? 300 : 2000 })), ...(await benchPageFetch({ requests: quick ? 200 : 1000 }))];
  console.log('\nnetwork (http guest)');
  if (!hasWrk) console.log('wrk not installed: no port-forward figures (apt-get install wrk)');
  const rows = [['load', 'connections', 'requests/s', 'transfer/s', 'latency avg', 'p99', 'errors']];
  for (const r of fwd) rows.push([`forward ${r.path}`, String(r.connections), f1(r.requestsPerSec), r.transferPerSec, r.latencyAvg, r.latencyP99, String(r.errors)]);
  for (const r of fetched) rows.push([`fetch ${r.label}`, '', f1(r.requestsPerSec), '', '', '', '']);
  console.log(table(rows));
  results.net = { forward: fwd, fetch: fetched };
}

async function browser(): Promise<void> {
  const mod = (await import(join(ROOT, 'scripts', 'bench-browser.mjs'))) as {
    benchBrowser: (o: { machines?: number; runs?: number; build?: boolean }) => Promise<Record<string, unknown>>;
  };
  const figures = await mod.benchBrowser({ machines: quick ? 16 : 64, runs: quick ? 2 : 5 });
  console.log('\nbrowser (headless Chromium, production build)');
  console.log(JSON.stringify(figures, null, 2));
  results.browser = figures;
}

for (const [name, fn] of [['cpu', cpu], ['boot', boot], ['net', net], ['browser', browser]] as const) {
  if (!want(name)) continue;
  try {
    await fn();
  } catch (e) {
    console.log(`\n${name}: failed: ${(e as Error).message}`);
    results[name] = { error: (e as Error).message };
  }
}
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results', 'bench.json'), JSON.stringify(results, (_k, v) => (typeof v === 'bigint' ? Number(v) : v), 2));
console.log('\nwritten test-results/bench.json');
process.exit(0);
