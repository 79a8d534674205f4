// A machine's exit as text: what the CLI prints with --report and what a log can keep.

import type { MachineExit } from './machine.ts';

const h64 = (v: bigint) => '0x' + v.toString(16).padStart(16, '0');

export function formatExitReport(exit: MachineExit): string {
  const c = exit.cpu;
  const lines = [
    `exit: ${exit.reason}, status ${exit.status}${exit.message ? `: ${exit.message}` : ''}`,
    `pc ${h64(c.pc)}  sp ${h64(c.sp)}  pstate 0x${c.pstate.toString(16)}`,
  ];
  for (let r = 0; r < 31; r += 4) {
    lines.push(
      c.x
        .slice(r, r + 4)
        .map((v, k) => `x${r + k}`.padEnd(4) + h64(v))
        .join('  '),
    );
  }
  const sys = Object.entries(c.sysregs).map(([n, v]) => `${n} ${h64(v)}`);
  for (let i = 0; i < sys.length; i += 3) lines.push(sys.slice(i, i + 3).join('  '));
  lines.push(`instructions ${exit.instructions}, ${exit.elapsedMs.toFixed(1)} ms`);
  if (exit.cookie) lines.push(`halt cookie: ${exit.cookie.length} bytes`);
  if (exit.consoleTail.length) {
    lines.push('last console lines:');
    for (const l of exit.consoleTail) lines.push(`  | ${l}`);
  }
  return lines.join('\n') + '\n';
}
