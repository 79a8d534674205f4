// Human-readable output of a differential run: mismatch reports and the coverage table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatCase, formatDifferences, formatState, pcName, signalName } from './compare.ts';
import type { Outcome } from './protocol.ts';
import { QEMU_CPUS } from './qemu.ts';
import { DATA, SIGILL } from './layout.ts';
import { disasmOf, type DiffReport, type Mismatch } from './run.ts';

/**
 * One mismatch: the case (instructions with disassembly, the whole initial state), the outcome
 * of both sides and their differences; with `full`, both final states too, in the same
 * `name = value` lines as the initial state so that the three blocks can be diffed.
 */
export function formatMismatch(m: Mismatch, full = false): string {
  const head = m.stale
    ? `STALE REGRESSION ${m.key} (${m.source}): qemu-aarch64 no longer gives the stored outcome (left: stored, right: qemu now)`
    : `MISMATCH ${m.key} [${m.source === 'random' ? 'random case' : m.source}] on ${QEMU_CPUS[m.model]} (left: qemu, right: ours)`;
  const hint =
    m.qemu.signo === SIGILL && m.ours.signo !== SIGILL && !m.stale
      ? [`  hint: ${QEMU_CPUS[m.model]} does not know this encoding. An LSE pattern needs @class=atomic (README.md); otherwise our decoder accepts an unallocated word.`]
      : [];
  return [
    head,
    ...hint,
    formatCase(m.c, disasmOf(m.c)),
    `  outcome: qemu ${signalName(m.qemu.signo)} at ${pcName(m.qemu.pc)}; ours ${signalName(m.ours.signo)} at ${pcName(m.ours.pc)}`,
    ...(m.ours.note ? [`  ours: ${m.ours.note}`] : []),
    '  differences:',
    formatDifferences(m.diffs, '    '),
    ...(full ? ['  qemu final state:', formatOutcome(m.qemu, '    '), '  our final state:', formatOutcome(m.ours, '    ')] : []),
  ].join('\n');
}

function formatOutcome(o: Outcome, indent: string): string {
  const mem = [...o.mem.keys()].sort((a, b) => a - b).map((off) => `${indent}mem[0x${(DATA + off).toString(16)}] = 0x${o.mem.get(off)!.toString(16).padStart(16, '0')}`);
  return [`${indent}signal = ${signalName(o.signo)} si_addr = 0x${o.siAddr.toString(16)} pc = ${pcName(o.pc)}`, formatState(o.state, indent), ...mem].join('\n');
}

/** Every pattern of the table with its section, class, cases, mismatches, or why it is not checked. */
export function coverageText(r: DiffReport): string {
  const rows = r.targets.map((t) => ({
    section: t.target.pattern.section,
    key: t.target.key,
    cls: t.target.skip ? '-' : t.target.className,
    cpu: t.target.skip || !t.target.cls ? '-' : QEMU_CPUS[t.target.cls.cpu],
    cases: t.target.skip ? '-' : String(t.cases),
    mism: t.target.skip ? '-' : String(t.mismatches),
    status: (t.target.skip
      ? `not checked here: ${t.target.skip}`
      : t.cases === 0
        ? 'NO CASES: random field values never decode to this pattern'
        : t.mismatches
          ? 'MISMATCH'
          : t.cases < r.casesPerTarget
            ? `ok (only ${t.cases} of ${r.casesPerTarget} cases: few words decode here)`
            : 'ok') + (t.target.note ? `; ${t.target.note}` : ''),
  }));
  const w = (k: keyof (typeof rows)[0], title: string) => Math.max(title.length, ...rows.map((x) => x[k].length));
  const cols: [keyof (typeof rows)[0], string][] = [
    ['section', 'section'],
    ['key', 'pattern'],
    ['cls', 'class'],
    ['cpu', 'qemu -cpu'],
    ['cases', 'cases'],
    ['mism', 'mismatches'],
  ];
  const widths = cols.map(([k, t]) => w(k, t));
  const line = (vals: string[]) => vals.map((v, i) => (i >= 4 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  const checked = r.targets.filter((t) => !t.target.skip);
  const out = [
    `# Differential coverage against qemu-aarch64 (emu-core/test/diff), seed ${r.seed}, ${r.casesPerTarget} cases per pattern`,
    `# ${r.targets.length} patterns: ${checked.length} checked (${checked.filter((t) => t.mismatches).length} mismatching, ` +
      `${checked.filter((t) => t.cases === 0).length} without cases), ${r.targets.length - checked.length} not checked here; ` +
      `${r.totalCases} cases incl. ${r.regressionsRun} regressions, ${r.totalMismatches} mismatches, ${r.seconds.toFixed(1)} s`,
    line([...cols.map(([, t]) => t)]) + '  status',
    ...rows.map((x) => line([x.section, x.key, x.cls, x.cpu, x.cases, x.mism]) + '  ' + x.status),
  ];
  return out.join('\n') + '\n';
}

export function writeCoverage(r: DiffReport, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, coverageText(r));
}
