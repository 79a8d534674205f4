// `npm run diff -- [--pattern REGEX] [--cases N] [--seed S] [--record] [--no-regressions] [--show N] [--full]`
// Runs the differential test against qemu-aarch64 and prints mismatches and a summary; writes
// test-results/diff-coverage.txt. Exit status 1 on any mismatch.
// `npm run diff -- --holes N [--seed S]` instead samples N words our table does not decode and
// lists those QEMU executes (test-results/diff-holes.txt, see holes.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exploreHoles, holesText } from './holes.ts';
import { formatMismatch, writeCoverage } from './report.ts';
import { runDiff, type DiffOptions } from './run.ts';

const USAGE =
  'usage: npm run diff -- [--pattern REGEX] [--cases N] [--seed S] [--record] [--no-regressions] [--show N] [--full]\n' +
  '       npm run diff -- --holes N [--seed S]';

type CliOptions = DiffOptions & { show: number; holes?: number; full?: boolean };

function parse(argv: string[]): CliOptions {
  const o: CliOptions = { cases: 200, seed: String(Date.now() % 1_000_000), show: 10 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--pattern') o.pattern = new RegExp(value());
    else if (a === '--cases') {
      o.cases = Number(value());
      if (!Number.isInteger(o.cases) || o.cases < 0) throw new Error('--cases wants a non-negative integer');
    } else if (a === '--seed') o.seed = value();
    else if (a === '--record') o.record = true;
    else if (a === '--no-regressions') o.regressions = false;
    else if (a === '--show') o.show = Number(value());
    else if (a === '--full') o.full = true;
    else if (a === '--holes') {
      o.holes = Number(value());
      if (!Number.isInteger(o.holes) || o.holes < 1) throw new Error('--holes wants a positive integer');
    }
    else throw new Error(`unknown argument '${a}'`);
  }
  return o;
}

async function main(): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`diff: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts.holes) {
    const holes = await exploreHoles(opts.holes, opts.seed, (l) => console.error(l));
    const file = join(process.cwd(), 'test-results', 'diff-holes.txt');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, holesText(holes, opts.seed));
    console.log(holesText(holes, opts.seed).split('\n').slice(0, 40).join('\n'));
    console.log(`diff: holes report in ${file}`);
    return 0;
  }
  const report = await runDiff({ ...opts, log: (l) => console.error(l) });
  for (const m of report.mismatches.slice(0, opts.show)) console.log(formatMismatch(m, opts.full) + '\n');
  const file = join(process.cwd(), 'test-results', 'diff-coverage.txt');
  writeCoverage(report, file);
  const bad = report.targets.filter((t) => t.mismatches);
  console.log(
    `diff: seed ${report.seed}: ${report.totalCases} cases, ${report.totalMismatches} mismatches` +
      (bad.length ? ` in ${bad.map((t) => `${t.target.key} (${t.mismatches})`).join(', ')}` : '') +
      `; coverage in ${file}; ${report.seconds.toFixed(1)} s`,
  );
  for (const f of report.recorded) console.log(`diff: recorded ${f}`);
  return report.totalMismatches ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`diff: ${(e as Error).message}`);
    process.exit(2);
  },
);
