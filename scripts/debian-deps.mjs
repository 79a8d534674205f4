#!/usr/bin/env node
// Makes sure the Debian packages the tests need are installed. As root on Debian it installs
// what is missing (after one `apt-get update`); elsewhere it names the missing packages and
// fails. Usage: node scripts/debian-deps.mjs [--group=test|guests|bench|all]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** package -> a file it installs that we can check without dpkg. */
export const PACKAGES = {
  clang: '/usr/bin/clang',
  lld: '/usr/bin/ld.lld',
  llvm: '/usr/bin/llvm-mc',
  'picolibc-aarch64-linux-gnu': '/usr/lib/picolibc/aarch64-linux-gnu/lib/libc.a',
  'libgcc-12-dev-arm64-cross': '/usr/lib/gcc-cross/aarch64-linux-gnu/12/libgcc.a',
  'qemu-user': '/usr/bin/qemu-aarch64',
  'qemu-system-arm': '/usr/bin/qemu-system-aarch64',
  chromium: '/usr/bin/chromium',
  tshark: '/usr/bin/tshark',
  'xz-utils': '/usr/bin/xz',
};

export function missingPackages(names = Object.keys(PACKAGES)) {
  return names.filter((p) => !existsSync(PACKAGES[p]));
}

function isDebian() {
  try {
    return /^ID=debian$/m.test(readFileSync('/etc/os-release', 'utf8')) || existsSync('/etc/debian_version');
  } catch {
    return false;
  }
}

export function ensurePackages(names = Object.keys(PACKAGES)) {
  const missing = missingPackages(names);
  if (missing.length === 0) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !isDebian()) {
    console.error(`missing Debian packages: ${missing.join(' ')}`);
    console.error(`install them with: sudo apt-get install ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const up = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  if (up.status !== 0) {
    console.error('apt-get update failed');
    process.exit(1);
  }
  const inst = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (inst.status !== 0 || missingPackages(names).length) {
    console.error(`could not install: ${missingPackages(names).join(' ')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePackages();
