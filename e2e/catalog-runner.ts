// Booting catalog entries in the real built site and checking them as `ukplay test` does:
// the page boots `?guest=NAME` on its own; the console (exact bytes) and the machine's state
// come from window.ukplay.console/machine, pings and HTTP checks go through the page's
// network (window.ukplay.ping/fetch: the fetch bridge to the network worker), a rerun is the
// Reset button (a fresh machine on the same OPFS disks). The verdict is the shared one
// (src/regress: checkOutput, runHttpChecksVia, goldenProblems), so a catalog means the same
// in Chromium and in Node.
//
// Every entry boots in deterministic mode (the page's `det=1`), and its console is compared
// byte for byte with the golden files `ukplay test --golden` checks: the same boot gives the
// same bytes in Chromium and in Node. (The ui-*.spec tests boot guests in real time.)

import type { Page, TestInfo } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry, Expectation, HttpCheck } from '../guests/catalog-schema.ts';
import { readCatalogFile, type CatalogFile } from '../src/regress/catalog-file.ts';
import { checkOutput, formatProblems } from '../src/regress/check-output.ts';
import { ConsoleLog, countInOrder } from '../src/regress/console-log.ts';
import { goldenFileName, goldenProblems, goldenView } from '../src/regress/golden.ts';
import { runHttpChecksVia } from '../src/regress/http-checks.ts';
import { entryFailureMessage, entryProblemLines } from '../src/regress/report.ts';

const ROOT = join(import.meta.dirname, '..');
export const SHIPPED_CATALOG = join(ROOT, 'public', 'guests', 'catalog.json');
export const SHIPPED_GOLDEN = join(ROOT, 'tests', 'golden');

/** Host time a boot may take before the runner gives up on it (a hang guard). */
const GUARD_SECONDS = 120;
/** A server still missing output after this long without printing, idle in poll, has settled. */
const QUIET_SECONDS = 10;
const POLL_MS = 200;

type Phase = 'boot' | 'rerun';

export interface BrowserBoot {
  phase: Phase;
  log: ConsoleLog;
  status: number | null;
  problems: string[];
}

export interface BrowserEntryResult {
  name: string;
  boots: BrowserBoot[];
  /** Problem lines of all boots (empty: the entry passed). */
  problems: string[];
}

/** What the page's window.ukplay offers (src/ui/page-api.ts, src/ui/net/browser-network.ts). */
interface PageUkplay {
  console(name: string): Uint8Array | undefined;
  machine(name: string): PageMachine | undefined;
  loadError(): string | undefined;
  ping(name: string): Promise<number>;
  fetch(name: string, input: string, init?: RequestInit): Promise<Response>;
}
interface PageMachine {
  id: number;
  state: string;
  exit?: { reason: string; status: number; message?: string };
  crashed?: string;
}
interface Snapshot {
  console: string;
  machine?: PageMachine;
  loadError?: string;
}

/**
 * The catalog the suite runs: UKPLAY_CATALOG (a catalog.json with its images next to it)
 * or the site's own. Golden files: UKPLAY_GOLDEN, or tests/golden for the site's catalog.
 */
export function suiteCatalog(): { file: CatalogFile; shipped: boolean; golden?: string } {
  const path = process.env.UKPLAY_CATALOG;
  const shipped = !path;
  return { file: readCatalogFile(path ?? SHIPPED_CATALOG), shipped, golden: process.env.UKPLAY_GOLDEN ?? (shipped ? SHIPPED_GOLDEN : undefined) };
}

/**
 * Serve `file`'s catalog and images to the page in place of the site's guests/ directory
 * (the built site is unchanged; Playwright answers those requests).
 */
export async function routeCatalog(page: Page, file: CatalogFile): Promise<void> {
  const json = JSON.stringify(file.catalog);
  await page.route(/\/guests\/[^/?#]+$/, async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*\//, ''));
    if (name === 'catalog.json') return route.fulfill({ status: 200, contentType: 'application/json', body: json });
    const path = join(file.dir, name);
    if (!/^[A-Za-z0-9._-]+$/.test(name) || !existsSync(path)) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: readFileSync(path) });
  });
}

export async function runCatalogEntry(page: Page, entry: CatalogEntry, golden?: string): Promise<BrowserEntryResult> {
  await page.goto(`./?guest=${encodeURIComponent(entry.name)}&det=1`);
  const boots: BrowserBoot[] = [];
  const first = await boot(page, entry, 'boot', entry.expect, entry.http ?? [], entry.pings ?? 0, golden, undefined);
  boots.push(first.result);
  if (entry.rerun && first.result.problems.length === 0) {
    // Reset: a fresh machine with the same configuration, on the same disks.
    await page.getByRole('button', { name: 'Reset' }).click();
    boots.push((await boot(page, entry, 'rerun', entry.rerun.expect, entry.rerun.http ?? [], 0, golden, first.id)).result);
  }
  return { name: entry.name, boots, problems: entryProblemLines(boots) };
}

async function boot(
  page: Page,
  entry: CatalogEntry,
  phase: Phase,
  expect: Expectation,
  http: readonly HttpCheck[],
  pings: number,
  golden: string | undefined,
  previousId: number | undefined,
): Promise<{ result: BrowserBoot; id?: number }> {
  const name = entry.name;
  const extra: string[] = [];
  const end = await waitForBoot(page, name, expect, pings, previousId, extra);
  const log = new ConsoleLog();
  log.push(end.bytes);
  for (const line of end.monitorLines) log.monitorLine(line);
  log.close();
  if (end.ready && http.length) {
    extra.push(
      ...(await runHttpChecksVia(
        (path, init) =>
          page.evaluate(
            async ({ name, path, init }) => {
              const u = (window as unknown as { ukplay: PageUkplay }).ukplay;
              const r = await u.fetch(name, path, init);
              return { status: r.status, text: await r.text() };
            },
            { name, path, init },
          ),
        http,
      )),
    );
  }
  const problems = [...formatProblems(checkOutput(log.text, end.status, expect)), ...extra];
  if (golden !== undefined && problems.length === 0) problems.push(...compareGolden(golden, name, phase, log, expect));
  return { result: { phase, log, status: end.status, problems }, id: end.id };
}

interface BootEnd {
  id?: number;
  bytes: Uint8Array;
  /** The exit status; null for a server still running (or a boot that never ended). */
  status: number | null;
  /** What the monitor said, as `ukplay run` prints it: a refused image, a guest it stopped. */
  monitorLines: string[];
  /** A server: every output pattern appeared. */
  ready: boolean;
}

/**
 * Polls the page until the boot has ended (exited, refused), or a server is ready (all its
 * patterns) or has settled without them, or the guard runs out. Pings go out once the first
 * pattern is there.
 */
async function waitForBoot(page: Page, name: string, expect: Expectation, pings: number, previousId: number | undefined, extra: string[]): Promise<BootEnd> {
  const deadline = Date.now() + GUARD_SECONDS * 1000;
  let pinged = pings === 0;
  let lastSize = -1;
  let lastChange = Date.now();
  for (;;) {
    const s = await snapshot(page, name);
    const m = s.machine && s.machine.id !== previousId ? s.machine : undefined;
    const bytes = fromBase64(s.console);
    if (!m && s.loadError) return { bytes: new Uint8Array(0), status: 1, monitorLines: [s.loadError], ready: false };
    if (m?.crashed) return { id: m.id, bytes, status: 1, monitorLines: [s.loadError ?? m.crashed], ready: false };
    if (m?.state === 'exited' && m.exit) {
      const halted = m.exit.reason === 'halt';
      return { id: m.id, bytes, status: halted ? m.exit.status & 0xff : 1, monitorLines: halted ? [] : [m.exit.message ?? m.exit.reason], ready: false };
    }
    if (m) {
      const text = new TextDecoder().decode(bytes);
      if (!pinged && countInOrder(text, expect.output.slice(0, 1)) === 1) {
        pinged = true;
        extra.push(...(await ping(page, name, pings)));
      }
      if (pinged && expect.exitStatus === undefined && countInOrder(text, expect.output) === expect.output.length) {
        return { id: m.id, bytes, status: null, monitorLines: [], ready: true };
      }
      if (bytes.length !== lastSize) {
        lastSize = bytes.length;
        lastChange = Date.now();
      } else if (expect.exitStatus === undefined && m.state === 'waiting' && Date.now() - lastChange > QUIET_SECONDS * 1000) {
        return { id: m.id, bytes, status: null, monitorLines: [], ready: false };
      }
    }
    if (Date.now() > deadline) {
      extra.push(`no end after ${GUARD_SECONDS} s (machine ${m ? m.state : 'never started'})`);
      return { id: m?.id, bytes, status: null, monitorLines: [], ready: false };
    }
    await page.waitForTimeout(POLL_MS);
  }
}

async function snapshot(page: Page, name: string): Promise<Snapshot> {
  return page.evaluate((name) => {
    const u = (window as unknown as { ukplay?: Partial<PageUkplay> }).ukplay;
    const bytes = u?.console?.(name);
    let binary = '';
    // btoa takes a "binary string"; build it in pieces (spread arguments have a limit).
    for (let i = 0; bytes && i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { console: btoa(binary), machine: u?.machine?.(name), loadError: u?.loadError?.() };
  }, name);
}

function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

async function ping(page: Page, name: string, count: number): Promise<string[]> {
  for (let i = 1; i <= count; i++) {
    const problem = await page.evaluate(async (name) => {
      try {
        await (window as unknown as { ukplay: PageUkplay }).ukplay.ping(name);
        return undefined;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    }, name);
    if (problem !== undefined) return [`ping ${i} of ${count}: ${problem}`];
  }
  return [];
}

function compareGolden(dir: string, name: string, phase: Phase, log: ConsoleLog, expect: Expectation): string[] {
  const path = join(dir, goldenFileName(name, phase));
  if (!existsSync(path)) return [`no golden file ${path} (write it with ukplay test --golden ${dir} --update-golden)`];
  return goldenProblems(path, new Uint8Array(readFileSync(path)), goldenView(log.bytes(), log.text, expect));
}

/** The failure message: the entry's name, then what differs. */
export function failureMessage(r: BrowserEntryResult): string {
  return entryFailureMessage(r.name, r.problems);
}

/** On failure: each boot's console and a screenshot of the page go into the report. */
export async function attachFailure(testInfo: TestInfo, page: Page, r: BrowserEntryResult): Promise<void> {
  for (const b of r.boots) {
    await testInfo.attach(`${r.name}-${b.phase}-console.txt`, { body: b.log.text, contentType: 'text/plain' });
  }
  await testInfo.attach(`${r.name}-screenshot.png`, { body: await page.screenshot(), contentType: 'image/png' });
}
