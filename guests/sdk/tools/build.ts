// Builds every guest image and the catalog: `npm run guests` (scripts/build-guests.mjs).
//
//   guests/sdk/rt/*.{c,S}       the runtime, compiled once
//   lwIP 2.1.3 + guests/sdk/lwip  liblwip.a, for guests that list "lwip" in libs
//   guests/<name>/guest.json    devices (-> ELF notes), libs, catalog entries
//   guests/<name>/*.c           the guest itself
//        |
//        v  clang + ld.lld with guests/sdk/link.ld, picolibc, libgcc
//   public/guests/<name>.hvt + catalog.json
//
// Output is byte-for-byte reproducible: sources are named by paths relative to the tree they
// live in, every other path is mapped away with -ffile-prefix-map, work is ordered, and the
// link keeps the symbol table but no DWARF and no build id.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

import { validateCatalog, type Catalog, type CatalogEntry } from '../../catalog-schema.ts';
import { lwipSource } from './lwip-source.ts';
import { checkDevices, notesAssembly, type DeviceDecl } from './notes.ts';

const PICOLIBC = '/usr/lib/picolibc/aarch64-linux-gnu';
const LIBGCC = '/usr/lib/gcc-cross/aarch64-linux-gnu/12/libgcc.a';
const TOOLS: [string, string][] = [
  ['clang', 'clang'],
  ['ld.lld', 'lld'],
  ['llvm-ar', 'llvm'],
];

/** lwIP's files that a NO_SYS, IPv4-only, raw-API stack needs. */
const LWIP_FILES = [
  'src/core/def.c', 'src/core/inet_chksum.c', 'src/core/init.c', 'src/core/ip.c', 'src/core/mem.c',
  'src/core/memp.c', 'src/core/netif.c', 'src/core/pbuf.c', 'src/core/raw.c', 'src/core/stats.c',
  'src/core/tcp.c', 'src/core/tcp_in.c', 'src/core/tcp_out.c', 'src/core/timeouts.c', 'src/core/udp.c',
  'src/core/ipv4/etharp.c', 'src/core/ipv4/icmp.c', 'src/core/ipv4/ip4.c', 'src/core/ipv4/ip4_addr.c',
  'src/core/ipv4/ip4_frag.c', 'src/netif/ethernet.c',
];

export class BuildError extends Error {}

/** guests/<name>/guest.json */
interface GuestSpec {
  devices: DeviceDecl[];
  libs?: 'lwip'[];
  entries: (Omit<CatalogEntry, 'image' | 'source'> & { order: number })[];
}

interface Guest {
  dir: string; // guests/<name>, relative to the repository root
  name: string;
  spec: GuestSpec;
}

export interface BuildOptions {
  root: string;
  /** Build only these guest directories (names); no catalog is written then. */
  only?: string[];
  jobs?: number;
  log?: (line: string) => void;
}

export interface BuildResult {
  /** File name (relative to public/guests) -> contents. */
  files: Map<string, Buffer>;
  /** Absent for a partial (--only) build. */
  catalog?: Catalog;
}

function need(ok: boolean, msg: string): asserts ok {
  if (!ok) throw new BuildError(msg);
}

function checkToolchain(): void {
  const missing: string[] = [];
  for (const [tool, pkg] of TOOLS) {
    const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
    if (r.error || r.status !== 0) missing.push(pkg);
  }
  if (!existsSync(join(PICOLIBC, 'lib', 'libc.a'))) missing.push('picolibc-aarch64-linux-gnu');
  if (!existsSync(LIBGCC)) missing.push('libgcc-12-dev-arm64-cross');
  need(missing.length === 0, `missing Debian packages: ${missing.join(' ')} (sudo apt-get install ${missing.join(' ')})`);
}

function readGuests(root: string, only?: string[]): Guest[] {
  const guestsDir = join(root, 'guests');
  const names = readdirSync(guestsDir)
    .filter((n) => existsSync(join(guestsDir, n, 'guest.json')))
    .sort();
  if (only) for (const n of only) need(names.includes(n), `no guest named "${n}" (guests/${n}/guest.json)`);
  return names
    .filter((n) => !only || only.includes(n))
    .map((name) => {
      const file = join(guestsDir, name, 'guest.json');
      let spec: GuestSpec;
      try {
        spec = JSON.parse(readFileSync(file, 'utf8')) as GuestSpec;
      } catch (e) {
        throw new BuildError(`guests/${name}/guest.json: ${(e as Error).message}`);
      }
      try {
        checkDevices(spec.devices);
      } catch (e) {
        throw new BuildError(`guests/${name}/guest.json: ${(e as Error).message}`);
      }
      need(Array.isArray(spec.entries) && spec.entries.length > 0, `guests/${name}/guest.json: needs catalog "entries"`);
      return { dir: `guests/${name}`, name, spec };
    });
}

function sourcesOf(root: string, dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((n) => n.endsWith('.c') || n.endsWith('.S'))
    .sort()
    .map((n) => `${dir}/${n}`);
}

/** A compile or link step: a command and the directory it runs in. */
interface Step {
  cmd: string;
  args: string[];
  cwd: string;
  what: string;
}

function runStep(s: Step): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(s.cmd, s.args, { cwd: s.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', (e) => reject(new BuildError(`${s.what}: ${e.message}`)));
    p.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BuildError(`${s.what} failed:\n${out.trim()}`));
    });
  });
}

async function runAll(steps: Step[], jobs: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < steps.length) await runStep(steps[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(jobs, steps.length) }, worker));
}

export async function buildGuests(opts: BuildOptions): Promise<BuildResult> {
  const { root } = opts;
  const jobs = opts.jobs ?? Math.max(1, availableParallelism());
  const log = opts.log ?? (() => {});
  checkToolchain();
  const guests = readGuests(root, opts.only);
  const work = mkdtempSync(join(tmpdir(), 'ukplay-guests-'));
  try {
    const resource = spawnSync('clang', ['-print-resource-dir'], { encoding: 'utf8' }).stdout.trim();
    const needsLwip = guests.some((g) => g.spec.libs?.includes('lwip'));
    const lwip = needsLwip ? lwipSource(root) : null;
    const prefixMaps = [`-ffile-prefix-map=${root}=.`, `-ffile-prefix-map=${work}=build`];
    if (lwip) prefixMaps.push(`-ffile-prefix-map=${lwip}=lwip`);
    const cflags = [
      '--target=aarch64-none-elf', '-march=armv8-a', '-mno-outline-atomics', '-O2',
      '-ffreestanding', '-nostdinc', '-isystem', join(PICOLIBC, 'include'), '-isystem', join(resource, 'include'),
      '-I', join(root, 'guests/sdk/include'),
      // picolibc's <time.h> declares clock_gettime and CLOCK_MONOTONIC only where these POSIX
      // options are; the runtime provides both (rt/libc.c).
      '-D_POSIX_TIMERS=1', '-D_POSIX_MONOTONIC_CLOCK=200112L',
      '-fno-pic', '-ffunction-sections', '-fdata-sections', '-fstack-protector-strong',
      '-ftls-model=local-exec', '-fno-asynchronous-unwind-tables', '-fno-unwind-tables',
      '-fno-ident', ...prefixMaps,
    ];
    const ourFlags = ['-std=gnu11', '-Wall', '-Wextra', '-Werror'];
    const lwipIncludes = lwip ? ['-I', join(root, 'guests/sdk/lwip/include'), '-I', join(lwip, 'src/include')] : [];

    const obj = (sub: string, src: string) => join(work, sub, src.replace(/[/.]/g, '_') + '.o');
    const compile = (sub: string, src: string, cwd: string, extra: string[]): Step => {
      mkdirSync(join(work, sub), { recursive: true });
      return { cmd: 'clang', args: [...cflags, ...extra, '-c', src, '-o', obj(sub, src)], cwd, what: `compile ${src}` };
    };

    // 1. Runtime, lwIP, and every guest's own files: all independent compiles.
    const steps: Step[] = [];
    const rtSources = sourcesOf(root, 'guests/sdk/rt');
    for (const s of rtSources) steps.push(compile('rt', s, root, ourFlags));
    const lwipGlue = lwip ? sourcesOf(root, 'guests/sdk/lwip') : [];
    if (lwip) {
      for (const s of LWIP_FILES) steps.push(compile('lwip', s, lwip, ['-std=gnu11', '-w', ...lwipIncludes]));
      for (const s of lwipGlue) steps.push(compile('lwip', s, root, [...ourFlags, ...lwipIncludes]));
    }
    for (const g of guests) {
      const gw = join(work, g.name);
      mkdirSync(gw, { recursive: true });
      writeFileSync(join(gw, 'notes.S'), notesAssembly(g.spec.devices));
      steps.push(compile(g.name, 'notes.S', gw, ourFlags));
      const inc = g.spec.libs?.includes('lwip') ? lwipIncludes : [];
      for (const s of sourcesOf(root, g.dir)) steps.push(compile(g.name, s, root, [...ourFlags, ...inc]));
    }
    log(`guests: compiling ${steps.length} files (${jobs} at a time)`);
    await runAll(steps, jobs);

    // 2. liblwip.a (llvm-ar writes deterministic archives: no dates, no owners).
    const lwipArchive = join(work, 'liblwip.a');
    if (lwip) {
      const members = [...LWIP_FILES, ...lwipGlue].map((s) => relative(work, obj('lwip', s)));
      await runStep({ cmd: 'llvm-ar', args: ['rcsD', 'liblwip.a', ...members], cwd: work, what: 'archive liblwip.a' });
    }

    // 3. Link each image.
    const files = new Map<string, Buffer>();
    const links: Step[] = [];
    for (const g of guests) {
      const objects = [obj(g.name, 'notes.S'), ...sourcesOf(root, g.dir).map((s) => obj(g.name, s)), ...rtSources.map((s) => obj('rt', s))];
      const libs = g.spec.libs?.includes('lwip') ? [lwipArchive] : [];
      links.push({
        cmd: 'ld.lld',
        args: [
          '-static', '-nostdlib', '-T', join(root, 'guests/sdk/link.ld'),
          '-z', 'max-page-size=4096', '-z', 'common-page-size=4096', '-z', 'noexecstack',
          '--gc-sections', '--build-id=none', '--strip-debug',
          '-o', join(work, `${g.name}.hvt`),
          ...objects.map((o) => relative(work, o)), ...libs.map((l) => relative(work, l)),
          '-L', join(PICOLIBC, 'lib'), '--start-group', '-lc', '-lm', LIBGCC, '--end-group',
        ],
        cwd: work,
        what: `link ${g.name}.hvt`,
      });
    }
    await runAll(links, jobs);
    for (const g of guests) files.set(`${g.name}.hvt`, readFileSync(join(work, `${g.name}.hvt`)));

    // 4. The catalog (of a complete build only: it must name exactly one default guest).
    if (opts.only) return { files };
    const entries = guests
      .flatMap((g) =>
        g.spec.entries.map(({ order, ...e }) => ({ order, entry: { ...e, image: `${g.name}.hvt`, source: g.dir } })),
      )
      .sort((a, b) => a.order - b.order || a.entry.name.localeCompare(b.entry.name))
      .map((x) => x.entry);
    let catalog: Catalog;
    try {
      catalog = validateCatalog({ version: 1, guests: entries });
    } catch (e) {
      throw new BuildError((e as Error).message);
    }
    files.set('catalog.json', Buffer.from(JSON.stringify(catalog, null, 2) + '\n'));
    return { files, catalog };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Files in dir that a build would own (images and the catalog). */
export function ownedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => (n.endsWith('.hvt') || n === 'catalog.json') && statSync(join(dir, n)).isFile())
    .sort();
}

/** Differences between a fresh build and the files in dir, one line each. */
export function compareWith(dir: string, files: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [name, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(dir, name);
    if (!existsSync(path)) problems.push(`${name}: missing from ${basename(dir)}/ (run npm run guests and commit)`);
    else if (!readFileSync(path).equals(data)) problems.push(`${name}: differs from a fresh build`);
  }
  for (const name of ownedFiles(dir)) if (!files.has(name)) problems.push(`${name}: not produced by any guest (stale?)`);
  return problems;
}

/** Writes the build into dir; a complete build also removes images no guest produces any more. */
export function writeInto(dir: string, files: Map<string, Buffer>, complete: boolean): void {
  mkdirSync(dir, { recursive: true });
  if (complete) for (const name of ownedFiles(dir)) if (!files.has(name)) rmSync(join(dir, name));
  for (const [name, data] of files) writeFileSync(join(dir, name), data);
}
