// `ukplay test CATALOG.json`: boots every entry of a guest catalog headless and checks it
// (console patterns, exit status, pings, HTTP checks, a rerun on the same disks), optionally
// against golden files of its deterministic console. One line per entry on stdout, the
// problems of a failed one indented below it. Exit status: 0 all passed, 1 any failed,
// 2 nothing could be run (a bad option or catalog file: one line on stderr).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CatalogFileError, readCatalogFile, type CatalogFile } from '../regress/catalog-file.ts';
import { goldenFileName, goldenProblems, goldenView } from '../regress/golden.ts';
import { junitXml, type JunitCase } from '../regress/junit.ts';
import { entryProblemLines, phaseLines } from '../regress/report.ts';
import { DEFAULT_GUARD_SECONDS, runEntry, type BootResult, type EntryResult } from '../regress/node-runner.ts';
import type { CliIo } from './main.ts';
import { HINT } from './usage.ts';

export const TEST_EXIT_FAILED = 1;
export const TEST_EXIT_USAGE = 2;

export interface TestConfig {
  catalog: string;
  golden?: string;
  updateGolden: boolean;
  deterministic: boolean;
  junit?: string;
  only?: string[];
  guardSeconds: number;
}

export const TEST_USAGE = [
  '',
  'test options:',
  '  --golden DIR      compare each boot\'s console byte for byte with DIR/NAME.txt (DIR/NAME.rerun.txt',
  '                    for a rerun); implies --deterministic',
  '  --update-golden   write the golden files of the entries that pass instead of comparing',
  '  --deterministic   virtual time from instructions retired: replayable runs',
  '  --junit FILE      also write the results as JUnit XML to FILE',
  '  --only NAMES      run only these entries (comma-separated names)',
  `  --timeout SECONDS stop a boot after SECONDS of host time (default ${DEFAULT_GUARD_SECONDS})`,
  'Exit status: 0 every entry passed, 1 some failed, 2 bad options or catalog file.',
];

class TestUsageError extends Error {}

/** Options take their value as `--opt=V` or `--opt V`. */
export function parseTestArgs(argv: readonly string[]): TestConfig {
  const cfg: Partial<TestConfig> & { updateGolden: boolean; deterministic: boolean; guardSeconds: number } = {
    updateGolden: false,
    deterministic: false,
    guardSeconds: DEFAULT_GUARD_SECONDS,
  };
  const valued = new Set(['--golden', '--junit', '--only', '--timeout']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      if (cfg.catalog !== undefined) throw new TestUsageError(`test takes one CATALOG file (got '${cfg.catalog}' and '${arg}')`);
      cfg.catalog = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    let value: string | undefined;
    if (valued.has(name)) {
      value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new TestUsageError(`${name} needs a value`);
    } else if (eq >= 0) throw new TestUsageError(`Invalid option: '${arg}'`);
    switch (name) {
      case '--golden':
        cfg.golden = value;
        break;
      case '--junit':
        cfg.junit = value;
        break;
      case '--only':
        cfg.only = value!.split(',').filter((n) => n !== '');
        break;
      case '--timeout': {
        const s = /^[0-9]+(\.[0-9]+)?$/.test(value!) ? Number(value) : NaN;
        if (!(s > 0)) throw new TestUsageError(`Malformed argument to --timeout: '${value}'`);
        cfg.guardSeconds = s;
        break;
      }
      case '--update-golden':
        cfg.updateGolden = true;
        break;
      case '--deterministic':
        cfg.deterministic = true;
        break;
      default:
        throw new TestUsageError(`Invalid option: '${arg}'`);
    }
  }
  if (cfg.catalog === undefined) throw new TestUsageError('Missing CATALOG operand');
  if (cfg.updateGolden && cfg.golden === undefined) throw new TestUsageError('--update-golden needs --golden DIR');
  if (cfg.golden !== undefined) cfg.deterministic = true;
  return cfg as TestConfig;
}

export async function testCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr.write(`ukplay: ${line}\n`);
  let cfg: TestConfig;
  let file: CatalogFile;
  try {
    cfg = parseTestArgs(argv);
    file = readCatalogFile(cfg.catalog);
  } catch (e) {
    if (!(e instanceof TestUsageError) && !(e instanceof CatalogFileError)) throw e;
    say(e.message);
    if (e instanceof TestUsageError) say(HINT);
    return TEST_EXIT_USAGE;
  }
  const known = new Set(file.catalog.guests.map((g) => g.name));
  const unknown = cfg.only?.filter((n) => !known.has(n)) ?? [];
  if (unknown.length) {
    say(`--only: no entry named ${unknown.map((n) => `'${n}'`).join(', ')} in ${cfg.catalog}`);
    return TEST_EXIT_USAGE;
  }
  const entries = file.catalog.guests.filter((g) => !cfg.only || cfg.only.includes(g.name));
  const out = (line: string) => io.stdout.write(line + '\n');
  const mode = cfg.updateGolden ? `, writing golden files to ${cfg.golden}` : cfg.golden ? `, golden files in ${cfg.golden}` : '';
  out(`ukplay test: ${entries.length} entries of ${cfg.catalog}${cfg.deterministic ? ', deterministic' : ''}${mode}`);

  const t0 = performance.now();
  const cases: JunitCase[] = [];
  let failed = 0;
  for (const entry of entries) {
    const result = await runEntry(entry, { dir: file.dir, deterministic: cfg.deterministic, guardSeconds: cfg.guardSeconds });
    const problems = entryProblemLines(result.boots);
    let note = '';
    if (cfg.golden !== undefined && problems.length === 0) {
      if (cfg.updateGolden) note = writeGolden(cfg.golden, result);
      else problems.push(...compareGolden(cfg.golden, result));
    }
    const secs = result.ms / 1000;
    if (problems.length) failed++;
    out(`${problems.length ? 'FAIL' : 'ok  '} ${entry.name} (${secs.toFixed(1)} s)${note}`);
    for (const p of problems) out(`     ${p}`);
    cases.push({ name: entry.name, seconds: secs, problems, output: junitOutput(result) });
  }
  const total = (performance.now() - t0) / 1000;
  out(`${failed ? `FAILED: ${failed} of ${entries.length} entries` : `all ${entries.length} entries passed`} in ${total.toFixed(1)} s`);
  if (cfg.junit !== undefined) {
    try {
      mkdirSync(dirname(resolve(cfg.junit)), { recursive: true });
      writeFileSync(cfg.junit, junitXml(suiteName(cfg.catalog), cases));
    } catch (e) {
      say(`--junit ${cfg.junit}: cannot write: ${e instanceof Error ? e.message : String(e)}`);
      return TEST_EXIT_USAGE;
    }
  }
  return failed ? TEST_EXIT_FAILED : 0;
}

function goldenOf(b: BootResult): Uint8Array {
  return goldenView(b.log.bytes(), b.log.text, b.expect);
}

function compareGolden(dir: string, r: EntryResult): string[] {
  const problems: string[] = [];
  for (const b of r.boots) {
    const path = join(dir, goldenFileName(r.name, b.phase));
    let expected: Uint8Array;
    try {
      expected = new Uint8Array(readFileSync(path));
    } catch {
      problems.push(`${b.phase}: no golden file ${path} (write it with --update-golden)`);
      continue;
    }
    problems.push(...phaseLines(b.phase, goldenProblems(path, expected, goldenOf(b))));
  }
  return problems;
}

function writeGolden(dir: string, r: EntryResult): string {
  mkdirSync(dir, { recursive: true });
  for (const b of r.boots) writeFileSync(join(dir, goldenFileName(r.name, b.phase)), goldenOf(b));
  return ` (golden ${r.boots.map((b) => goldenFileName(r.name, b.phase)).join(', ')} written)`;
}

function junitOutput(r: EntryResult): string {
  return r.boots.map((b) => `--- ${b.phase} (exit status ${b.status ?? 'none: stopped by the runner'}) ---\n${b.log.text}`).join('\n');
}

function suiteName(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.json$/, '') || 'catalog';
}
