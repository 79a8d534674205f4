// The differential test against qemu-aarch64: every checkable pattern of the decode table,
// plus the regression store. Environment:
//   DIFF_CASES    cases per pattern (default 200 with CI=true, else 40)
//   DIFF_PATTERN  a regular expression over pattern names (default: all)
//   DIFF_SEED     the generator seed (default: fixed, so a run is reproducible)
// Writes test-results/diff-coverage.txt. `npm run diff` is the same run from the command line.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMismatch, writeCoverage } from './report.ts';
import { runDiff } from './run.ts';

const CI = process.env.CI === 'true';
const CI_MIN_CASES = 200;
const cases = Number(process.env.DIFF_CASES ?? (CI ? CI_MIN_CASES : 40));
const pattern = process.env.DIFF_PATTERN ? new RegExp(process.env.DIFF_PATTERN) : undefined;
const seed = process.env.DIFF_SEED ?? 'ukplay';
/** Mismatches shown in full in a failure message, and listed by one line after them. */
const SHOWN_FULL = 3;
const LISTED = 30;

describe('differential test against qemu-aarch64 (EL0)', () => {
  it(`every checkable pattern matches (${cases} cases each, seed ${seed})`, { timeout: 900_000 }, async () => {
    const report = await runDiff({ cases, seed, pattern });
    writeCoverage(report, join(process.cwd(), 'test-results', 'diff-coverage.txt'));
    const shown = [
      ...report.mismatches.slice(0, SHOWN_FULL).map((m) => formatMismatch(m, true)),
      ...report.mismatches.slice(SHOWN_FULL, LISTED).map((m) => `${m.key}: ${m.diffs.map((d) => d.what).join(', ')} (insns ${m.c.insns.map((w) => '0x' + w.toString(16)).join(' ')})`),
    ].join('\n\n');
    expect(report.totalMismatches, `${report.totalMismatches} mismatches; the first ones:\n\n${shown}`).toBe(0);
    if (CI) {
      const thin = report.targets.filter((t) => !t.target.skip && t.cases < CI_MIN_CASES);
      expect(thin.map((t) => `${t.target.key}: ${t.cases} cases`), 'checkable patterns with too few cases').toEqual([]);
    }
  });
});
