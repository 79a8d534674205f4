// Finds lwIP 2.1.3's sources for the guests that need a TCP/IP stack: $LWIP_SRC when set,
// else a cache directory, filled on first use from Debian's `lwip` source package with the
// system's own apt -- through a private sources list, state and cache, so the system's apt
// configuration and lists stay untouched.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const LWIP_VERSION = '2.1.3';
const ORIG_TARBALL = 'lwip_2.1.3+dfsg1.orig.tar.xz';
/** The upstream tarball Debian ships for 2.1.3+dfsg1 (from the package's signed .dsc). */
const ORIG_SHA256 = '0a8276d09fc4e97bbba2f953d74af2388fc2195ea156be9d7589e297a68fde24';
const MARKER = join('src', 'core', 'tcp.c');

export class LwipSourceError extends Error {}

function cacheRoot(repoRoot: string): string {
  const nm = join(repoRoot, 'node_modules');
  return existsSync(nm) ? join(nm, '.cache', 'ukplay-lwip') : join(homedir(), '.cache', 'ukplay', 'lwip');
}

/** deb-src entries mirroring the system's deb entries (one-line and deb822 formats). */
export function sourceEntriesFrom(files: { name: string; text: string }[]): { list: string; sources: string } {
  const list: string[] = [];
  const sources: string[] = [];
  for (const f of files) {
    if (f.name.endsWith('.list')) {
      for (const line of f.text.split('\n')) {
        const t = line.trim();
        if (/^deb\s/.test(t)) list.push(t.replace(/^deb\s/, 'deb-src '));
      }
    } else if (f.name.endsWith('.sources')) {
      for (const block of f.text.split(/\n\s*\n/)) {
        const fields = block.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
        const types = fields.find((l) => /^Types:/i.test(l));
        if (!types || !types.slice(6).trim().split(/\s+/).includes('deb')) continue;
        if (fields.some((l) => /^Enabled:\s*no/i.test(l))) continue;
        sources.push(fields.map((l) => (/^Types:/i.test(l) ? 'Types: deb-src' : l)).join('\n'));
      }
    }
  }
  return { list: list.join('\n') + '\n', sources: sources.join('\n\n') + '\n' };
}

function systemAptSources(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  if (existsSync('/etc/apt/sources.list')) out.push({ name: 'sources.list', text: readFileSync('/etc/apt/sources.list', 'utf8') });
  const dir = '/etc/apt/sources.list.d';
  if (existsSync(dir))
    for (const n of readdirSync(dir).sort())
      if (n.endsWith('.list') || n.endsWith('.sources')) out.push({ name: n, text: readFileSync(join(dir, n), 'utf8') });
  return out;
}

function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.error) throw new LwipSourceError(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0)
    throw new LwipSourceError(`${cmd} ${args.slice(-2).join(' ')} failed (status ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`);
}

function fetchWithApt(cache: string): string {
  const apt = join(cache, 'apt');
  rmSync(apt, { recursive: true, force: true });
  for (const d of ['parts', 'lists/partial', 'cache/archives/partial', 'download']) mkdirSync(join(apt, d), { recursive: true });
  const { list, sources } = sourceEntriesFrom(systemAptSources());
  if (list.trim() === '' && sources.trim() === '') throw new LwipSourceError('no Debian apt sources configured on this system');
  writeFileSync(join(apt, 'parts', 'system-src.list'), list);
  writeFileSync(join(apt, 'parts', 'system-src.sources'), sources);
  writeFileSync(join(apt, 'none.list'), '');
  const opts = [
    '-q', '-o', `Dir::Etc::SourceList=${join(apt, 'none.list')}`, '-o', `Dir::Etc::SourceParts=${join(apt, 'parts')}`,
    '-o', `Dir::State::Lists=${join(apt, 'lists')}`, '-o', `Dir::Cache=${join(apt, 'cache')}`,
  ];
  console.log('guests: fetching lwIP sources with apt-get source (Debian package lwip)');
  run('apt-get', [...opts, 'update'], apt);
  run('apt-get', [...opts, 'source', '--download-only', 'lwip'], join(apt, 'download'));
  const tarball = join(apt, 'download', ORIG_TARBALL);
  if (!existsSync(tarball)) {
    const got = readdirSync(join(apt, 'download')).join(', ');
    throw new LwipSourceError(`Debian's lwip source is not ${LWIP_VERSION} (got: ${got}); set LWIP_SRC to an lwip-${LWIP_VERSION} tree`);
  }
  const sum = createHash('sha256').update(readFileSync(tarball)).digest('hex');
  if (sum !== ORIG_SHA256) throw new LwipSourceError(`${ORIG_TARBALL}: unexpected sha256 ${sum}`);
  run('tar', ['-xJf', tarball, '-C', cache], cache);
  rmSync(apt, { recursive: true, force: true });
  return join(cache, `lwip-${LWIP_VERSION}`);
}

/** The directory holding lwIP's `src/`, fetching it once if needed. */
export function lwipSource(repoRoot: string): string {
  const fromEnv = process.env.LWIP_SRC;
  if (fromEnv) {
    if (!existsSync(join(fromEnv, MARKER))) throw new LwipSourceError(`LWIP_SRC=${fromEnv}: no ${MARKER} there`);
    return fromEnv;
  }
  const cache = cacheRoot(repoRoot);
  const dir = join(cache, `lwip-${LWIP_VERSION}`);
  if (existsSync(join(dir, MARKER))) return dir;
  mkdirSync(cache, { recursive: true });
  const got = fetchWithApt(cache);
  if (!existsSync(join(got, MARKER))) throw new LwipSourceError(`${ORIG_TARBALL} did not unpack to ${dir}`);
  return got;
}
