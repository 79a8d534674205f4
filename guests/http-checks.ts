// Runs a catalog entry's HTTP checks against a guest reachable at base (e.g.
// http://127.0.0.1:8080) with the global fetch. The checks themselves are the regression
// runner's (src/regress/http-checks.ts), so every runner agrees on what "correct" means.
import type { HttpCheck } from './catalog-schema.ts';
import { runHttpChecksVia } from '../src/regress/http-checks.ts';

/** Problems found, one line each; empty when every check passed. */
export function runHttpChecks(base: string, checks: HttpCheck[]): Promise<string[]> {
  return runHttpChecksVia(async (path, init) => {
    const r = await fetch(base + path, init);
    return { status: r.status, text: await r.text() };
  }, checks);
}
