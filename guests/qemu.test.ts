// Boots every catalog guest that needs no network under QEMU's AArch64 model with the
// reference tender (guests/sdk/qemu-tender/), and checks the catalog's expectations: the
// images and the SDK are right on a CPU that is not ours.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { validateCatalog, type CatalogEntry, type Expectation } from './catalog-schema.ts';
import { checkRun } from './expectations.ts';
import { runInQemu, scratchDir, type QemuBlock } from './sdk/tools/qemu-tender.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'public', 'guests');
const catalog = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
const offline = catalog.guests.filter((g) => g.devices.every((d) => d.type === 'block'));

/**
 * Architectural behaviour QEMU 7.2 does not model, so these entries cannot pass on it; each
 * instead shows QEMU's known divergence (if QEMU ever gains the feature, that test fails and
 * the entry moves back to the main list).
 */
const QEMU_LACKS: Record<string, { reason: string; output: RegExp }> = {
  'faults-misaligned-sp': {
    reason: 'QEMU does not implement SP alignment checking (SCTLR_EL1.SA)',
    output: /'misaligned-sp' did not fault/,
  },
};

async function runChecked(g: CatalogEntry, blocks: QemuBlock[], expectation: Expectation): Promise<void> {
  const r = await runInQemu(root, { image: join(dir, g.image), memoryMiB: g.memory, cmdline: g.cmdline, blocks, timeoutMs: 90_000 });
  expect(r.timedOut, `timed out; output so far:\n${r.output}`).toBe(false);
  expect(checkRun(r.output, r.status, expectation), r.output).toEqual([]);
}

describe('catalog guests under QEMU (reference tender)', () => {
  it.each(Object.entries(QEMU_LACKS))('%s shows QEMU\'s known gap', async (name, gap) => {
    const g = offline.find((e) => e.name === name)!;
    const r = await runInQemu(root, { image: join(dir, g.image), memoryMiB: g.memory, cmdline: g.cmdline, timeoutMs: 90_000 });
    expect(r.output, gap.reason).toMatch(gap.output);
  });

  it.each(offline.filter((g) => !(g.name in QEMU_LACKS)).map((g) => [g.name, g] as const))('%s', async (_name, g) => {
    const scratch = scratchDir();
    try {
      const blocks: QemuBlock[] = g.devices.map((d) => {
        if (d.type !== 'block') throw new Error('unreachable');
        const path = join(scratch.dir, `${d.name}.img`);
        if (d.image) copyFileSync(join(dir, d.image), path);
        else writeFileSync(path, Buffer.alloc(d.size ?? 0));
        return { name: d.name, path, sectorSize: d.sectorSize };
      });
      await runChecked(g, blocks, g.expect);
      if (g.rerun) await runChecked(g, blocks, g.rerun.expect);
    } finally {
      scratch.remove();
    }
  });
});
