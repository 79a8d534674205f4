// The virtual network under load in Chromium, on the production build under the /ukplay/
// sub-path: the http and kv guests (lwIP inside) answer page code by both routes a page has,
//
//   window.ukplay.fetch('http', '/hello')   page ── bridge port ──▶ network worker ── TCP ──▶ guest
//   fetch('vm/http/hello')                  page ──▶ service worker ── bridge port ──▶ (same)
//
// with 1,000 fetches and no failure, 32 connections at once, a 1 MiB body intact (its FNV-1a
// against the guest's documented pattern), a request body echoed intact, and a guest stopped
// mid-response rejecting the read instead of hanging; the kv guest stores and returns keys
// the same ways. The preview frame shows the guest's site through the service worker.
// Nothing is timed: the stop-to-rejection delay is printed (and kept as an annotation), and
// timeouts only guard against hangs.
import { expect, test, type Page } from '@playwright/test';
import type { NetStatus } from '../src/net/browser/net-host.ts';
import { consoleRows, machineState } from './ui-helpers.ts';

/** Byte i of the http guest's /big?bytes=n body is PATTERN[i % 64]. */
const PATTERN = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-\n';

/** FNV-1a of the first n bytes of /big's pattern, computed here, independently of the page. */
function bigChecksum(n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ PATTERN.charCodeAt(i & 63), 0x01000193) >>> 0;
  return h;
}

/**
 * Page-side helpers (window.netTest), installed once per page: the two routes as one
 * `get(route, machine, path, init)`, and FNV-1a over a response body.
 */
async function installHelpers(page: Page): Promise<void> {
  await page.evaluate(() => {
    type UkplayFetch = (machine: string, input: string, init?: RequestInit) => Promise<Response>;
    const w = window as unknown as { ukplay: { fetch: UkplayFetch }; netTest: unknown };
    w.netTest = {
      get(route: 'bridge' | 'sw', machine: string, path: string, init?: RequestInit): Promise<Response> {
        return route === 'bridge' ? w.ukplay.fetch(machine, path, init) : fetch(`vm/${machine}${path}`, init);
      },
      async checksum(r: Response): Promise<{ length: number; sum: number }> {
        const bytes = new Uint8Array(await r.arrayBuffer());
        let h = 0x811c9dc5;
        for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
        return { length: bytes.length, sum: h };
      },
    };
  });
}

/** The page-side helpers' type, for the bodies of page.evaluate. */
interface NetTest {
  get(route: Route, machine: string, path: string, init?: RequestInit): Promise<Response>;
  checksum(r: Response): Promise<{ length: number; sum: number }>;
}
type Route = 'bridge' | 'sw';
/** How a long read ended: bytes read, and the error with ms from the stop to it. */
interface ReadOutcome {
  bytes: number;
  error?: string;
  ms?: number;
}
type TestWindow = Window & {
  netTest: NetTest;
  ukplay: { network(): Promise<NetStatus> };
};

/** Boot `guest` with the Network tab open and wait until it serves and the service worker controls the page. */
async function bootServer(page: Page, guest: string, cmdline: string, serving: string): Promise<void> {
  await page.goto(`./?guest=${guest}&tab=network&cmdline=${encodeURIComponent(cmdline)}`);
  await expect(consoleRows(page)).toContainText(serving);
  // clients.claim() makes the service worker take this page over once it is active.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await installHelpers(page);
}

// One page (its own browser context, network worker, service worker and guest) per route, so
// that each route's concurrency test starts with an empty keep-alive pool.
for (const route of ['bridge', 'sw'] as const) {
  test.describe(`the http guest under load, ${route === 'sw' ? 'through the service worker' : 'through window.ukplay.fetch'}`, () => {
    test.describe.configure({ mode: 'serial' });
    let page: Page;

    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage();
      await bootServer(page, 'http', 'ip=10.0.0.2 gw=10.0.0.1 quiet', 'http: serving http://10.0.0.2:80/');
    });
    test.afterAll(async () => {
      await page.close();
    });

    // First: the pool holds at most the preview frame's connection.
    test('32 concurrent connections, each body intact', async () => {
      const opened = () => page.evaluate(async () => (await (window as unknown as TestWindow).ukplay.network()).http.connectionsOpened);
      const before = await opened();
      const results = await page.evaluate(async (route) => {
        const { netTest } = window as unknown as TestWindow;
        const responses = await Promise.all(Array.from({ length: 32 }, (_, i) => netTest.get(route, 'http', `/big?bytes=${100_000 + i}`)));
        return Promise.all(responses.map(async (r, i) => ({ i, status: r.status, ...(await netTest.checksum(r)) })));
      }, route);
      for (const r of results) expect(r).toEqual({ i: r.i, status: 200, length: 100_000 + r.i, sum: bigChecksum(100_000 + r.i) });
      // At least 31 new connections: one may have been idle in the keep-alive pool.
      expect((await opened()) - before).toBeGreaterThanOrEqual(31);
    });

    test('1,000 fetches, 0 failures', async () => {
      const result = await page.evaluate(async (route) => {
        const { netTest } = window as unknown as TestWindow;
        let ok = 0;
        const failures: string[] = [];
        for (let i = 0; i < 1000; i++) {
          try {
            const r = await netTest.get(route, 'http', `/hello?i=${i}`);
            const text = await r.text();
            if (r.status === 200 && text === 'Hello from a unikernel!\n') ok++;
            else failures.push(`${i}: ${r.status} ${text.slice(0, 80)}`);
          } catch (e) {
            failures.push(`${i}: ${String(e)}`);
          }
        }
        return { ok, failures: failures.slice(0, 5) };
      }, route);
      expect(result).toEqual({ ok: 1000, failures: [] });
    });

    test('a 1 MiB body arrives intact', async () => {
      const got = await page.evaluate(async (route) => {
        const { netTest } = window as unknown as TestWindow;
        const r = await netTest.get(route, 'http', '/big?bytes=1048576');
        return { status: r.status, contentLength: r.headers.get('content-length'), ...(await netTest.checksum(r)) };
      }, route);
      expect(got).toEqual({ status: 200, contentLength: '1048576', length: 1 << 20, sum: bigChecksum(1 << 20) });
    });

    test('a request body goes up intact', async () => {
      const got = await page.evaluate(async (route) => {
        const { netTest } = window as unknown as TestWindow;
        // Printable bytes: the guest echoes with printf("%.*s"), which stops at a NUL.
        const body = new Uint8Array(200_000).map((_, i) => 32 + ((i * 7 + (i >> 9)) % 95));
        const r = await netTest.get(route, 'http', '/echo', { method: 'POST', body });
        const back = new Uint8Array(await r.arrayBuffer());
        return { status: r.status, same: back.length === body.length && back.every((b, i) => b === body[i]) };
      }, route);
      expect(got).toEqual({ status: 200, same: true });
    });

    test('the stack counted no malformed frames, no internal errors, no failed fetch', async () => {
      const s = await page.evaluate(async () => (window as unknown as TestWindow).ukplay.network());
      expect(s.host.counters.internalErrors).toBe(0);
      expect(Object.keys(s.host.counters.dropped).filter((k) => !['eth:not-for-us', 'ipv4:not-for-us'].includes(k))).toEqual([]);
      expect(s.http.failures).toBe(0);
    });

    if (route === 'sw') {
      test('the live preview shows the guest website, under /ukplay/', async () => {
        const preview = page.getByRole('region', { name: 'Preview' });
        // Reload the frame now the guest serves (it may have loaded while the guest booted).
        await preview.getByRole('button', { name: 'Load' }).click();
        await expect(preview.locator('iframe[title="http website"]')).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:\d+\/ukplay\/vm\/http\/$/);
        const doc = page.frameLocator('iframe[title="http website"]');
        await expect(doc.getByRole('heading', { level: 1 })).toHaveText('Hello from a unikernel');
        await expect(doc.locator('body')).toContainText(/\d+ requests served on \d+ connections/);
        // The guest's relative links resolve under the frame's vm/http/ base, and are served too.
        await doc.getByRole('link', { name: '/hello' }).click();
        await expect(doc.locator('body')).toHaveText('Hello from a unikernel!');
        const url = page.frames().find((f) => f.url().includes('/vm/http/'))?.url();
        expect(url && new URL(url).pathname).toBe('/ukplay/vm/http/hello');
      });
    }

    // Last: it stops the guest.
    test('a guest stopped mid-response rejects the read, then new fetches', async () => {
      // A huge response in flight, read continuously; the stop is the click on Stop
      // (a capturing listener notes it before the app handles it).
      await page.evaluate(async (route) => {
        const w = window as unknown as TestWindow & { inflight: Promise<ReadOutcome>; stopAt: number };
        let underWay!: () => void;
        const started = new Promise<void>((resolve) => (underWay = resolve));
        w.inflight = (async (): Promise<ReadOutcome> => {
          let bytes = 0;
          try {
            const reader = (await w.netTest.get(route, 'http', '/big?bytes=1000000000')).body!.getReader();
            for (;;) {
              const { done, value } = await reader.read();
              if (done) return { bytes };
              bytes += value.length;
              underWay();
            }
          } catch (e) {
            underWay();
            return { bytes, error: String(e), ms: performance.now() - w.stopAt };
          }
        })();
        await started;
        document.addEventListener('click', () => (w.stopAt = performance.now()), { capture: true, once: true });
      }, route);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await expect(machineState(page)).toHaveText('stopped');
      const outcome = await page.evaluate(async () => {
        const w = window as unknown as { inflight: Promise<ReadOutcome> };
        // A hang guard only: the read ends long before this.
        const guard = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the read still hangs 30 s after the stop')), 30_000));
        return Promise.race([w.inflight, guard]);
      });
      if (route === 'bridge') {
        expect(outcome.error).toMatch(/^TypeError: fetch GET \/big\?bytes=1000000000 on http: machine 'http' stopped mid-response \(after \d+ of 1000000000 body bytes\)$/);
      } else {
        // The service worker's stream fails; the page sees the browser's network error.
        expect(outcome.error).toMatch(/^TypeError: /);
      }
      expect(outcome.bytes).toBeGreaterThan(0);
      expect(outcome.bytes).toBeLessThan(1_000_000_000);
      const delay = `${route}: ${Math.round(outcome.ms ?? NaN)} ms from the click on Stop to the rejected read`;
      test.info().annotations.push({ type: 'stop to rejected read', description: delay });
      console.log(delay);

      const after = await page.evaluate(async (route) => {
        const r = await (window as unknown as TestWindow).netTest.get(route, 'http', '/hello').then(
          async (r) => `${r.status} ${await r.text()}`,
          (e) => String(e),
        );
        return r;
      }, route);
      expect(after).toBe(
        route === 'bridge' ? "TypeError: fetch GET /hello on http: machine 'http' is not running" : "502 fetch GET /hello on http: machine 'http' is not running\n",
      );
    });
  });
}

test.describe('the kv guest under load', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await bootServer(page, 'kv', 'ip=10.0.0.2 gw=10.0.0.1 quiet', 'kv: serving http://10.0.0.2/kv/');
  });
  test.afterAll(async () => {
    await page.close();
  });

  for (const route of ['bridge', 'sw'] as const) {
    test(`500 keys stored and 500 read back: 1,000 fetches, 0 failures (${route})`, async () => {
      const result = await page.evaluate(async (route) => {
        const { netTest } = window as unknown as TestWindow;
        let ok = 0;
        const failures: string[] = [];
        const check = async (i: number, what: string, r: Promise<Response>, status: number, text: string | RegExp) => {
          try {
            const res = await r;
            const body = await res.text();
            if (res.status === status && (typeof text === 'string' ? body === text : text.test(body))) ok++;
            else failures.push(`${what} ${i}: ${res.status} ${body.slice(0, 80)}`);
          } catch (e) {
            failures.push(`${what} ${i}: ${String(e)}`);
          }
        };
        for (let i = 0; i < 500; i++) {
          const value = `${route} value ${i}`;
          await check(i, 'PUT', netTest.get(route, 'kv', `/kv/${route}-${i}`, { method: 'PUT', body: value }), 201, /^stored /);
        }
        for (let i = 0; i < 500; i++) await check(i, 'GET', netTest.get(route, 'kv', `/kv/${route}-${i}`), 200, `${route} value ${i}`);
        return { ok, failures: failures.slice(0, 5) };
      }, route);
      expect(result).toEqual({ ok: 1000, failures: [] });
    });

    test(`32 concurrent connections storing and reading 16 KiB values (${route})`, async () => {
      const results = await page.evaluate(async (route) => {
        const { netTest } = window as unknown as TestWindow;
        const value = (i: number) => new Uint8Array(16 * 1024).map((_, j) => (j * 31 + i * 17 + (j >> 8)) & 0xff);
        const sum = (bytes: Uint8Array) => {
          let h = 0x811c9dc5;
          for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
          return h;
        };
        const puts = await Promise.all(Array.from({ length: 32 }, (_, i) => netTest.get(route, 'kv', `/kv/big-${route}-${i}`, { method: 'PUT', body: value(i) })));
        const putStatus = await Promise.all(puts.map(async (r) => (await r.text(), r.status)));
        const gets = await Promise.all(Array.from({ length: 32 }, (_, i) => netTest.get(route, 'kv', `/kv/big-${route}-${i}`)));
        return Promise.all(gets.map(async (r, i) => ({ i, put: putStatus[i], status: r.status, same: sum(new Uint8Array(await r.arrayBuffer())) === sum(value(i)) })));
      }, route);
      for (const r of results) expect(r).toEqual({ i: r.i, put: 201, status: 200, same: true });
    });
  }

  test('the keys are listed and a deleted one is gone', async () => {
    const got = await page.evaluate(async () => {
      const { netTest } = window as unknown as TestWindow;
      const del = await netTest.get('sw', 'kv', '/kv/bridge-3', { method: 'DELETE' });
      const gone = await netTest.get('bridge', 'kv', '/kv/bridge-3');
      const list = (await (await netTest.get('sw', 'kv', '/kv')).json()) as { count: number };
      return { del: del.status, gone: gone.status, count: list.count };
    });
    // 500 small and 32 large keys per route, less the deleted one.
    expect(got).toEqual({ del: 200, gone: 404, count: 2 * (500 + 32) - 1 });
  });
});
