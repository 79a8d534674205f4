#!/usr/bin/env node
// `npm test`: everything, in order -- Debian tools, the core build, type checks, unit and
// differential tests (Vitest), guest image reproducibility, `ukplay test` over the guest
// catalog against its golden files, and the Playwright browser suite on the production build.
// `npm test -- --only=unit,diff` runs a subset (step names below).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePackages } from './debian-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

function sh(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}
const node = process.execPath;
const steps = [
  ['deps', () => (ensurePackages(), true)],
  ['core', () => sh(node, ['scripts/build-core.mjs'])],
  ['types', () => sh(node, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.node.json', '--noEmit']) && sh(node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'])],
  ['unit', () => sh(node, ['node_modules/vitest/vitest.mjs', 'run'])],
  ['guests', () => sh(node, ['scripts/build-guests.mjs', '--check'])],
  ['catalog', () => sh(node, ['bin/ukplay.mjs', 'test', 'public/guests/catalog.json', '--golden', 'tests/golden', '--junit', 'test-results/catalog.junit.xml'])],
  ['browser', () => sh(node, ['node_modules/vite/bin/vite.js', 'build']) && sh(node, ['node_modules/@playwright/test/cli.js', 'test'])],
];

let failed = [];
const t0 = Date.now();
for (const [name, fn] of steps) {
  if (only && !only.includes(name)) continue;
  const t = Date.now();
  console.log(`\n=== test step: ${name} ===`);
  const ok = fn();
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)} s) ===`);
  if (!ok) failed.push(name);
  if (!ok && name === 'deps') break;
}
console.log(`\n${failed.length ? 'FAILED: ' + failed.join(', ') : 'all test steps passed'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(failed.length ? 1 : 0);
