// The regression store: emu-core/test/diff/regressions/*.json, one failing case per file with
// the outcome QEMU gave when it was recorded. Every run replays them all against our core and
// re-runs them under QEMU to make sure the stored expectation still holds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFromJson, caseToJson, outcomeFromJson, outcomeToJson, type CaseJson, type OutcomeJson } from './outcome-json.ts';
import type { Outcome, TestCase } from './protocol.ts';
import { QEMU_CPUS, type CpuModel } from './qemu.ts';

export const REGRESSION_DIR = join(dirname(fileURLToPath(import.meta.url)), 'regressions');

interface RegressionFile {
  /** Pattern name (or UNALLOC@section:line) the case was generated for. */
  key: string;
  model: CpuModel;
  disasm: string;
  note: string;
  case: CaseJson;
  qemu: OutcomeJson;
}

export interface Regression {
  file: string;
  key: string;
  model: CpuModel;
  c: TestCase;
  expected: Outcome;
}

export function loadRegressions(dir = REGRESSION_DIR): Regression[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      let j: RegressionFile;
      try {
        j = JSON.parse(readFileSync(file, 'utf8')) as RegressionFile;
        if (!(j.model in QEMU_CPUS)) throw new Error(`unknown model '${j.model}'`);
        const c = caseFromJson(j.case);
        return { file, key: j.key, model: j.model, c, expected: outcomeFromJson(j.qemu, c) };
      } catch (e) {
        throw new Error(`regression ${file}: ${(e as Error).message}`);
      }
    });
}

/** Store a case with QEMU's outcome; returns the file (unchanged if it was already there). */
export function recordRegression(key: string, model: CpuModel, c: TestCase, qemu: Outcome, disasm: string, note: string, dir = REGRESSION_DIR): string {
  const cj = caseToJson(c);
  const hash = createHash('sha256').update(model + JSON.stringify(cj)).digest('hex').slice(0, 10);
  const file = join(dir, `${key.replace(/[^A-Za-z0-9_.-]/g, '_')}-${hash}.json`);
  if (existsSync(file)) return file;
  const body: RegressionFile = { key, model, disasm, note, case: cj, qemu: outcomeToJson(qemu) };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}
