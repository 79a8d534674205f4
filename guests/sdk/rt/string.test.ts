// rt/string.S (memcpy, memmove, memset, memcmp, strlen) against byte-at-a-time references, as a static AArch64 Linux program under
// qemu-aarch64 (see test/string-check.c for the cases).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('memcpy, memmove, memset, memcmp and strlen agree with the references at every length and alignment', () => {
  const here = import.meta.dirname;
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-string-'));
  try {
    const flags = ['--target=aarch64-linux-gnu', '-O2', '-ffreestanding', '-fno-builtin', '-nostdlib', '-static', '-fno-stack-protector', '-fuse-ld=lld'];
    const exe = join(dir, 'string-check');
    const cc = spawnSync('clang', [...flags, '-o', exe, join(here, 'test', 'string-check.c'), join(here, 'string.S')], { encoding: 'utf8' });
    expect(cc.status, cc.stderr).toBe(0);
    const run = spawnSync('qemu-aarch64', [exe], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toMatch(/^ok \d+\n$/);
    expect(run.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
