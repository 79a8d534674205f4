// Runs a catalog entry's HTTP checks against a guest reachable at base (e.g.
// http://127.0.0.1:8080): used by every runner so they agree on what "correct" means.
import type { HttpCheck } from './catalog-schema.ts';

/** Problems found, one line each; empty when every check passed. */
export async function runHttpChecks(base: string, checks: HttpCheck[]): Promise<string[]> {
  const problems: string[] = [];
  for (const c of checks) {
    const what = `${c.method ?? 'GET'} ${c.path}`;
    try {
      const r = await fetch(base + c.path, { method: c.method ?? 'GET', body: c.body });
      const text = await r.text();
      if (r.status !== c.status) problems.push(`${what}: status ${r.status}, expected ${c.status}`);
      if (c.bodyPattern !== undefined && !new RegExp(c.bodyPattern, 'm').test(text))
        problems.push(`${what}: body ${JSON.stringify(text.slice(0, 200))} does not match /${c.bodyPattern}/`);
    } catch (e) {
      problems.push(`${what}: ${(e as Error).message}`);
    }
  }
  return problems;
}
