// Checks one run of a catalog guest against the catalog's expectation: used by every runner
// (the QEMU reference tender, the CLI, the browser) so they agree on what "correct" means.
import type { Expectation } from './catalog-schema.ts';

/** Problems found, one line each; empty when the run is correct. */
export function checkRun(output: string, status: number | null, expect: Expectation): string[] {
  const problems: string[] = [];
  if (expect.exitStatus !== undefined && status !== expect.exitStatus)
    problems.push(`exit status ${status}, expected ${expect.exitStatus}`);
  let from = 0;
  for (const p of expect.output) {
    const re = new RegExp(p, 'mg');
    re.lastIndex = from;
    const m = re.exec(output);
    if (!m) {
      problems.push(`output lacks /${p}/${from > 0 ? ' after the previous pattern' : ''}`);
      continue;
    }
    from = m.index + m[0].length;
  }
  for (const p of expect.notOutput ?? []) if (new RegExp(p, 'm').test(output)) problems.push(`output matches forbidden /${p}/`);
  return problems;
}
