// Boots every catalog guest under QEMU's AArch64 model with the reference tender
// (guests/sdk/qemu-tender/) and checks the catalog's expectations: the images and the SDK are
// right on a CPU that is not ours. Net guests get QEMU's user network with the guest's port 80
// forwarded to 127.0.0.1, and their HTTP checks run through it; guests to be pinged get the
// tender's own pinger instead (QEMU's user network cannot send them echo requests).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { validateCatalog, type CatalogEntry, type Expectation, type HttpCheck } from './catalog-schema.ts';
import { checkRun } from './expectations.ts';
import { freePort } from './free-port.ts';
import { runHttpChecks } from './http-checks.ts';
import { startQemu, scratchDir, type QemuBlock, type QemuNet, type QemuPinger } from './sdk/tools/qemu-tender.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'public', 'guests');
const catalog = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));

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

/** One boot: checks its output (and, for servers, its HTTP answers), then stops it. */
async function boot(g: CatalogEntry, blocks: QemuBlock[], expectation: Expectation, http: HttpCheck[] = []): Promise<void> {
  const netDev = g.devices.find((d) => d.type === 'net');
  let net: QemuNet | undefined;
  let pinger: QemuPinger | undefined;
  if (netDev?.type === 'net' && g.pings) pinger = { name: netDev.name, guestIp: netDev.ip, count: g.pings };
  else if (netDev?.type === 'net') net = { name: netDev.name, guestIp: netDev.ip, guestPort: 80, hostPort: await freePort() };
  const pinged = pinger ? [`^tender: pinger: ${pinger.count} echo replies verified$`] : [];
  const guest = startQemu(root, { image: join(dir, g.image), memoryMiB: g.memory, cmdline: g.cmdline, blocks, net, pinger, timeoutMs: 90_000 });
  if (expectation.exitStatus !== undefined) {
    const r = await guest.exited;
    expect(r.timedOut, `timed out; output so far:\n${r.output}`).toBe(false);
    expect(checkRun(r.output, r.status, expectation), r.output).toEqual([]);
    expect(checkRun(r.output, r.status, { output: pinged }), r.output).toEqual([]);
    return;
  }
  try {
    const last = pinged[0] ?? expectation.output[expectation.output.length - 1];
    await guest.waitForOutput(new RegExp(last, 'm'));
    expect(checkRun(guest.output, null, expectation), guest.output).toEqual([]);
    if (http.length) expect(await runHttpChecks(`http://127.0.0.1:${net!.hostPort}`, http), guest.output).toEqual([]);
  } finally {
    await guest.stop();
  }
}

describe('catalog guests under QEMU (reference tender)', () => {
  it.each(Object.entries(QEMU_LACKS))('%s shows QEMU\'s known gap', async (name, gap) => {
    const g = catalog.guests.find((e) => e.name === name)!;
    const r = await startQemu(root, { image: join(dir, g.image), memoryMiB: g.memory, cmdline: g.cmdline, timeoutMs: 90_000 }).exited;
    expect(r.output, gap.reason).toMatch(gap.output);
  });

  it.each(catalog.guests.filter((g) => !(g.name in QEMU_LACKS)).map((g) => [g.name, g] as const))('%s', async (_name, g) => {
    const scratch = scratchDir();
    try {
      const blocks: QemuBlock[] = [];
      for (const d of g.devices) {
        if (d.type !== 'block') continue;
        const path = join(scratch.dir, `${d.name}.img`);
        if (d.image) copyFileSync(join(dir, d.image), path);
        else writeFileSync(path, Buffer.alloc(d.size ?? 0));
        blocks.push({ name: d.name, path, sectorSize: d.sectorSize });
      }
      await boot(g, blocks, g.expect, g.http);
      if (g.rerun) await boot(g, blocks, g.rerun.expect, g.rerun.http);
    } finally {
      scratch.remove();
    }
  });
});
