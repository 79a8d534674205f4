// A catalog entry's HTTP checks, over any way of reaching the guest: the Node runner's
// in-process Network, the browser suite's fetch bridge (window.ukplay.fetch), a forwarded port
// with the global fetch (guests/http-checks.ts). One implementation, so every runner agrees.

import type { HttpCheck } from '../../guests/catalog-schema.ts';

/** What a runner needs to do one request: the status and the whole body as text. */
export type CheckFetch = (path: string, init: { method: string; body?: string }) => Promise<{ status: number; text: string }>;

/** Longest body quoted in a problem. */
const BODY_QUOTE_MAX = 200;

export function checkTitle(c: HttpCheck): string {
  return `${c.method ?? 'GET'} ${c.path}`;
}

/** Problems with one response, one line each; empty when it is what the check asks for. */
export function httpResponseProblems(c: HttpCheck, status: number, text: string): string[] {
  const what = checkTitle(c);
  const problems: string[] = [];
  if (status !== c.status) problems.push(`${what}: status ${status}, expected ${c.status}`);
  if (c.bodyPattern !== undefined && !new RegExp(c.bodyPattern, 'm').test(text))
    problems.push(`${what}: body ${JSON.stringify(text.slice(0, BODY_QUOTE_MAX))} does not match /${c.bodyPattern}/`);
  return problems;
}

/** Runs the checks in order; problems found, one line each (a failed request is one). */
export async function runHttpChecksVia(fetchFn: CheckFetch, checks: readonly HttpCheck[]): Promise<string[]> {
  const problems: string[] = [];
  for (const c of checks) {
    try {
      const r = await fetchFn(c.path, { method: c.method ?? 'GET', body: c.body });
      problems.push(...httpResponseProblems(c, r.status, r.text));
    } catch (e) {
      problems.push(`${checkTitle(c)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return problems;
}
