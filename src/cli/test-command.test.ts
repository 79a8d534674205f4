// `ukplay test` as a user runs it: a catalog with a deliberately broken entry fails, naming
// the entry and showing the differing lines; golden files are written, matched and
// diffed; JUnit XML is written; bad options and catalog files are one line and status 2.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../guests/catalog-schema.ts';
import { main, type CliIo } from './main.ts';

const root = join(import.meta.dirname, '..', '..');
const guests = join(root, 'public', 'guests');
const shipped = JSON.parse(readFileSync(join(guests, 'catalog.json'), 'utf8')) as Catalog;
const entry = (name: string): CatalogEntry => structuredClone(shipped.guests.find((g) => g.name === name)!);

let dir: string;
const ukplay = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'ukplay.mjs'), 'test', ...args], { cwd: dir, encoding: 'utf8', timeout: 300_000 });

/** `ukplay test ARGS` in this process (no guest runs in these cases). */
async function inProcess(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (d) => ((stdout += String(d)), true), once: () => undefined },
    stderr: { write: (d) => (stderr += d) },
    onSignal: () => () => {},
    onStdoutClosed: () => {},
  };
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return { status: await main(['test', ...args], io), stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

function writeCatalog(file: string, guestList: CatalogEntry[]): string {
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify({ version: 1, guests: guestList }, null, 2));
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ukplay-test-cmd-'));
  for (const f of ['hello.hvt', 'http.hvt']) copyFileSync(join(guests, f), join(dir, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ukplay test', () => {
  it('fails on a broken entry, naming it and showing the lines that differ', () => {
    const hello = { ...entry('hello'), default: true };
    const broken = { ...entry('hello'), name: 'hello-broken', default: false };
    broken.expect.output[3] = '^Goodbye, world\\.$';
    const http = entry('http');
    http.default = false;
    http.http = [{ path: '/hello', status: 200, bodyPattern: '^Hi from a unikernel' }];
    const catalog = writeCatalog('broken.json', [hello, broken, http]);
    const r = ukplay(catalog, '--junit', 'results.xml');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`ukplay test: 3 entries of ${catalog}`);
    expect(lines[1]).toMatch(/^ok {3}hello \(\d+\.\d s\)$/);
    const at = lines.findIndex((l) => l.startsWith('FAIL hello-broken '));
    expect(lines.slice(at + 1, at + 8)).toEqual([
      '     boot: output lacks /^Goodbye, world\\.$/ (pattern 4 of 4) after /mem_size\\s+16777216 bytes/ (line 12)',
      '             closest line is 20:',
      '               17 | Image: text 0x100000-0x105000, rodata -0x106000, data+bss -0x10d000',
      expect.stringMatching(/^ {15}18 \| Heap: /),
      expect.stringMatching(/^ {15}19 \| CPU: MIDR_EL1 /),
      '             > 20 | Goodbye.',
      '               21 | Solo5: exit status 0',
    ]);
    expect(r.stdout).toContain('FAIL http (');
    expect(r.stdout).toContain('     boot: GET /hello: body "Hello from a unikernel!\\n" does not match /^Hi from a unikernel/\n');
    expect(lines).toContain('FAILED: 2 of 3 entries in ' + lines.at(-2)!.split(' in ')[1]);

    const xml = readFileSync(join(dir, 'results.xml'), 'utf8');
    expect(xml).toContain('<testsuite name="broken" tests="3" failures="2"');
    expect(xml).toMatch(/<testcase classname="ukplay.broken" name="hello-broken" time="[\d.]+">\n {6}<failure message="boot: output lacks \/\^Goodbye, world\\.\$\//);
    expect(xml).toContain('Hello, world! This is a Solo5 unikernel on an emulated AArch64 CPU.');
  });

  it('writes golden files, passes against them, and shows a difference', () => {
    const hello = { ...entry('hello'), default: true };
    const http = { ...entry('http'), default: false };
    const catalog = writeCatalog('golden.json', [hello, http]);
    const golden = join(dir, 'golden');
    const write = ukplay(catalog, '--golden', golden, '--update-golden');
    expect([write.status, write.stderr]).toEqual([0, '']);
    expect(write.stdout).toMatch(/^ok {3}hello \(\d+\.\d s\) \(golden hello\.txt written\)$/m);
    const helloGolden = readFileSync(join(golden, 'hello.txt'), 'utf8');
    expect(helloGolden).toMatch(/^Hello, world!.*\nCommand line: "Hello from the ukplay playground"\n(.*\n)*Goodbye\.\nSolo5: exit status 0\n$/m);
    // A server's golden file ends where it said it was ready.
    expect(readFileSync(join(golden, 'http.txt'), 'utf8')).toMatch(/\nhttp: serving http:\/\/10\.0\.0\.2:80\/\n$/);

    expect(ukplay(catalog, `--golden=${golden}`).status).toBe(0);

    writeFileSync(join(golden, 'hello.txt'), helloGolden.replace('Goodbye.', 'Good night.'));
    const diff = ukplay(catalog, '--golden', golden);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain(`     boot: console differs from the golden file ${join(golden, 'hello.txt')} at line 20 (21 lines golden, 21 this run):\n`);
    expect(diff.stdout).toContain('\n               20 - Good night.\n               20 + Goodbye.\n');

    rmSync(join(golden, 'http.txt'));
    expect(ukplay(catalog, '--golden', golden, '--only', 'http').stdout).toContain(`     boot: no golden file ${join(golden, 'http.txt')} (write it with --update-golden)`);
  });

  it('refuses bad options and catalog files in one line, with exit status 2', async () => {
    const good = writeCatalog('one.json', [{ ...entry('hello'), default: true }]);
    const cases: Array<[string[], string]> = [
      [[good, '--bogus'], "ukplay: Invalid option: '--bogus'\nukplay: Try 'ukplay --help'.\n"],
      [[good, '--junit'], "ukplay: --junit needs a value\nukplay: Try 'ukplay --help'.\n"],
      [[good, '--timeout=soon'], "ukplay: Malformed argument to --timeout: 'soon'\nukplay: Try 'ukplay --help'.\n"],
      [[good, '--update-golden'], "ukplay: --update-golden needs --golden DIR\nukplay: Try 'ukplay --help'.\n"],
      [[], "ukplay: Missing CATALOG operand\nukplay: Try 'ukplay --help'.\n"],
      [[good, '--only', 'hello,nope'], `ukplay: --only: no entry named 'nope' in ${good}\n`],
      [['missing.json'], 'ukplay: missing.json: cannot read the catalog: no such file\n'],
    ];
    writeFileSync(join(dir, 'not-json.json'), '{ "version": 1, ');
    cases.push([['not-json.json'], expect.stringMatching(/^ukplay: not-json\.json: not JSON: .+\n$/) as unknown as string]);
    writeFileSync(join(dir, 'schema.json'), JSON.stringify({ version: 1, guests: [{ ...entry('hello'), default: true, memory: 1 }] }));
    cases.push([['schema.json'], 'ukplay: schema.json: catalog: guest "hello".memory: must be an integer in [2, 4096]\n']);
    for (const [args, stderr] of cases) {
      const r = await inProcess(args);
      expect([args, r.status, r.stderr, r.stdout]).toEqual([args, 2, stderr, '']);
    }
  });

  it('fails an entry whose image is missing, as `ukplay run` would', () => {
    const catalog = writeCatalog('noimage.json', [{ ...entry('hello'), image: 'gone.hvt', default: true }]);
    const r = ukplay(catalog);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('     boot: exit status 1, expected 0\n');
    expect(r.stdout).toContain('ukplay: gone.hvt: Could not open: No such file or directory');
  });
});
