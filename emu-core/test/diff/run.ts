// The differential run: plan cases for every checkable pattern, run them in batches under
// qemu-aarch64 (the next batch runs while this process checks the previous one on our core),
// compare, replay the regression store, and summarize.
import { allPatterns } from '../../isa/index.ts';
import { namedPatterns } from '../../isa/ids.ts';
import { compareOutcomes, type Difference } from './compare.ts';
import { OurMachine } from './ours.ts';
import { allTargets, planCases, planSequences, sequenceTarget, SEQUENCE_KEY, type Target } from './plan.ts';
import type { Outcome, TestCase } from './protocol.ts';
import { runQemu, type CpuModel } from './qemu.ts';
import { loadRegressions, recordRegression, REGRESSION_DIR } from './regressions.ts';
import { describeWord, ourDisasm } from './disasm.ts';
import { decodePattern } from '../../disasm/index.ts';
import { ENTRY } from './layout.ts';

export interface DiffOptions {
  /** Only targets whose key (pattern name) matches. */
  pattern?: RegExp;
  /** Cases per target. */
  cases: number;
  seed: string;
  /** Write mismatching random cases into the regression store. */
  record?: boolean;
  /** Replay the regression store (default true). */
  regressions?: boolean;
  regressionDir?: string;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface TargetResult {
  target: Target;
  cases: number;
  mismatches: number;
}

export interface Mismatch {
  key: string;
  model: CpuModel;
  c: TestCase;
  qemu: Outcome;
  ours: Outcome;
  diffs: Difference[];
  /** 'random', or the regression file it came from. */
  source: string;
  /** For regressions: QEMU itself no longer gives the stored outcome (the expectation is stale). */
  stale?: boolean;
}

export interface DiffReport {
  seed: string;
  casesPerTarget: number;
  targets: TargetResult[];
  /** The mismatches kept for reporting (at most MAX_KEPT per target). */
  mismatches: Mismatch[];
  totalCases: number;
  totalMismatches: number;
  regressionsRun: number;
  recorded: string[];
  seconds: number;
}

const MAX_KEPT = 5;
/** The sequence target gets this many times the per-pattern case count. */
const SEQUENCE_FACTOR = 10;
/** --record stores at most this many mismatching random cases per pattern. */
const MAX_RECORDED = 2;
const DEFAULT_BATCH = 4000;

/** Throws when the compiled core does not match the table this process reads. */
function checkCoreFresh(m: OurMachine): void {
  const want = namedPatterns(allPatterns()).length + 2;
  const have = m.cpu.x.handlerCount();
  if (have !== want) throw new Error(`emu-core.wasm has ${have} handlers but the table has ${want}: run \`npm run build:core\``);
}

let machine: OurMachine | undefined;
async function ourMachine(): Promise<OurMachine> {
  if (!machine) {
    machine = await OurMachine.create();
    checkCoreFresh(machine);
  }
  return machine;
}

interface Job {
  key: string;
  model: CpuModel;
  c: TestCase;
  /** Regression: the stored expectation. */
  expected?: Outcome;
  source: string;
}

export async function runDiff(opts: DiffOptions): Promise<DiffReport> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const m = await ourMachine();
  const decodeId = (w: number) => m.cpu.decodeId(w);
  const all = allTargets();
  const targets = [...all, sequenceTarget()].filter((t) => !opts.pattern || opts.pattern.test(t.key));
  const results = new Map<string, TargetResult>(targets.map((t) => [t.key, { target: t, cases: 0, mismatches: 0 }]));

  const jobs: Job[] = [];
  for (const t of targets) {
    const planned = t.key === SEQUENCE_KEY ? planSequences(all, opts.cases * SEQUENCE_FACTOR, opts.seed, decodeId) : planCases(t, opts.cases, opts.seed, decodeId);
    for (const pc of planned) jobs.push({ ...pc, source: 'random' });
  }
  const regressions = opts.regressions === false ? [] : loadRegressions(opts.regressionDir ?? REGRESSION_DIR);
  const selected = regressions.filter((r) => !opts.pattern || opts.pattern.test(r.key));
  for (const r of selected) jobs.push({ key: r.key, model: r.model, c: r.c, expected: r.expected, source: r.file });
  log(`diff: ${jobs.length} cases (${targets.filter((t) => !t.skip).length} targets, ${selected.length} regressions), seed ${opts.seed}`);

  // Batches per CPU model, pipelined: QEMU runs batch i+1 while we check batch i.
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const batches: Job[][] = [];
  for (const model of new Set(jobs.map((j) => j.model))) {
    const mine = jobs.filter((j) => j.model === model);
    for (let i = 0; i < mine.length; i += batchSize) batches.push(mine.slice(i, i + batchSize));
  }
  const mismatches: Mismatch[] = [];
  const kept = new Map<string, number>();
  const recorded: string[] = [];
  let totalMismatches = 0;
  let next = batches.length ? runQemu(batches[0].map((j) => j.c), batches[0][0].model) : undefined;
  for (let b = 0; b < batches.length; b++) {
    const batch = batches[b];
    const qemuOutcomes = await next!;
    next = b + 1 < batches.length ? runQemu(batches[b + 1].map((j) => j.c), batches[b + 1][0].model) : undefined;
    for (let i = 0; i < batch.length; i++) {
      const job = batch[i];
      const qemu = qemuOutcomes[i];
      const ours = m.run(job.c);
      const res = results.get(job.key);
      if (res && job.source === 'random') res.cases++;
      let diffs = compareOutcomes(job.expected ?? qemu, ours, job.c);
      let stale = false;
      if (job.expected) {
        const drift = compareOutcomes(job.expected, qemu, job.c);
        if (drift.length) {
          stale = true;
          diffs = drift;
        }
      }
      if (!diffs.length) continue;
      totalMismatches++;
      if (res) res.mismatches++;
      const n = kept.get(job.key) ?? 0;
      if (opts.record && job.source === 'random' && n < MAX_RECORDED) {
        recorded.push(recordRegression(job.key, job.model, job.c, qemu, job.c.insns.map((w, k) => ourDisasm(w, BigInt(ENTRY + 4 * k))).join('; '), `ours differed in: ${diffs.map((d) => d.what).join(', ')}`, opts.regressionDir));
      }
      if (n < MAX_KEPT || job.source !== 'random') {
        kept.set(job.key, n + 1);
        mismatches.push({ key: job.key, model: job.model, c: job.c, qemu: job.expected ?? qemu, ours, diffs, source: job.source, stale });
      }
    }
    log(`diff: batch ${b + 1}/${batches.length} (${batch[0].model}, ${batch.length} cases) checked`);
  }
  return {
    seed: opts.seed,
    casesPerTarget: opts.cases,
    targets: [...results.values()],
    mismatches,
    totalCases: jobs.length,
    totalMismatches,
    regressionsRun: selected.length,
    recorded,
    seconds: (Date.now() - t0) / 1000,
  };
}

/** Our, LLVM's and the table's view of the words of a case, for reports. */
export function disasmOf(c: TestCase): string[] {
  return c.insns.map((w, i) => describeWord(w, BigInt(ENTRY + 4 * i), decodePattern(w)));
}
