// The Node runner's ends of a boot other than success: a server that never says it is ready
// settles, a guest that never ends meets the hang guard, a missing image is refused as
// `ukplay run` refuses it, and a rerun only follows a boot that passed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../guests/catalog-schema.ts';
import { readCatalogFile } from './catalog-file.ts';
import { runEntry } from './node-runner.ts';

const file = readCatalogFile(join(import.meta.dirname, '..', '..', 'public', 'guests', 'catalog.json'));
const entry = (name: string): CatalogEntry => structuredClone(file.catalog.guests.find((g) => g.name === name)!);
const opts = { dir: file.dir, deterministic: true };

describe('runEntry', () => {
  it('gives up on a server whose output never comes once it has been quiet, and says what is missing', async () => {
    const http = entry('http');
    http.expect.output.push('^http: ready for anything$');
    const r = await runEntry(http, opts);
    expect(r.boots).toHaveLength(1);
    expect(r.boots[0].status).toBeNull();
    expect(r.boots[0].problems[0]).toBe('output lacks /^http: ready for anything$/ (pattern 3 of 3) after /^http: serving http://10\\.0\\.0\\.2:80/$/ (line 10)');
    // Not ready: no HTTP checks were made.
    expect(r.boots[0].problems.some((p) => p.startsWith('GET '))).toBe(false);
  });

  it('stops a guest that never ends at the hang guard', async () => {
    const ping = { ...entry('ping'), expect: { output: ['^ping: listening'], exitStatus: 0 } };
    delete ping.pings;
    const r = await runEntry(ping, { ...opts, guardSeconds: 0.5 });
    expect(r.boots[0].status).toBe(1);
    expect(r.boots[0].log.text).toMatch(/\nukplay: wall-clock timeout \(500 ms\) reached\n$/);
    expect(r.boots[0].problems[0]).toBe('exit status 1, expected 0');
  });

  it('refuses a missing image as `ukplay run` does, and skips the rerun of a failed boot', async () => {
    const blk = { ...entry('blk'), image: 'gone.hvt' };
    const r = await runEntry(blk, opts);
    expect(r.boots).toHaveLength(1);
    expect(r.boots[0].log.text).toBe('ukplay: gone.hvt: Could not open: No such file or directory\n');
    expect(r.boots[0].status).toBe(1);
  });
});
