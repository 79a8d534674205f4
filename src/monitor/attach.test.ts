// Attaching devices to manifest names: the reference tender's rules and messages.
import { describe, it, expect } from 'vitest';
import { attachDevices, defaultMac, formatMac, parseMac } from './attach.ts';
import { parseManifest } from './manifest.ts';
import { manifestBytes } from './test-support/elf-builder.ts';
import { DevType } from './abi.ts';
import { MemoryBlockBackend } from './block-backend.ts';
import { TestNetPort } from './net-port.ts';
import { LoadError } from './errors.ts';

const mft = parseManifest(
  manifestBytes([
    { name: 'storage', type: DevType.BlockBasic },
    { name: 'service', type: DevType.NetBasic },
  ]),
)!;
const disk = (n = 4096) => ({ backend: new MemoryBlockBackend(n) });
const nic = () => ({ port: new TestNetPort() });

function err(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof LoadError) return e.message;
    throw e;
  }
  throw new Error('expected a LoadError');
}

describe('attachDevices', () => {
  it('attaches every declared device by name', () => {
    const a = attachDevices(mft, { storage: { ...disk(), blockSize: 4096 } }, { service: { ...nic(), mac: parseMac('02:aa:bb:cc:dd:ee') } }, false);
    expect([...a.blocks.keys()]).toEqual([1]);
    expect([...a.nets.keys()]).toEqual([2]);
    expect(a.attachments.get(1)).toEqual({ kind: 'block', capacity: 4096, blockSize: 4096 });
    expect(a.attachments.get(2)).toEqual({ kind: 'net', mac: parseMac('02:aa:bb:cc:dd:ee'), mtu: 1500 });
  });
  it('refuses names the manifest does not declare, or declares with another type', () => {
    expect(err(() => attachDevices(mft, { disk: disk() }, { service: nic() }, true))).toBe("Resource not declared in manifest: 'disk'");
    expect(err(() => attachDevices(mft, { service: disk() }, { service: nic() }, true))).toBe("Resource not declared in manifest: 'service'");
    expect(err(() => attachDevices(mft, { storage: disk() }, { storage: nic() }, true))).toBe("Resource not declared in manifest: 'storage'");
  });
  it('names every declared device left unattached', () => {
    expect(err(() => attachDevices(mft, {}, {}, true))).toBe(
      [
        "Device 'storage' of type BLOCK_BASIC declared but not attached.",
        "Device 'service' of type NET_BASIC declared but not attached.",
        'All declared devices must be attached. See --help for syntax.',
      ].join('\n'),
    );
    const odd = parseManifest(manifestBytes([{ name: 'x', type: 7 }]))!;
    expect(err(() => attachDevices(odd, {}, {}, true))).toMatch(/^Device 'x' of type UNKNOWN declared but not attached\./);
  });
  it('checks sector sizes and that the capacity is a whole number of sectors', () => {
    for (const bs of [256, 768, 65536, 0, 512.5]) {
      expect(err(() => attachDevices(mft, { storage: { ...disk(), blockSize: bs } }, { service: nic() }, true))).toMatch(/^Block size of 'storage' must be a power of two/);
    }
    expect(err(() => attachDevices(mft, { storage: disk(1000) }, { service: nic() }, true))).toBe('storage: Backing storage size must be block aligned');
    expect(err(() => attachDevices(mft, { storage: { ...disk(8192), blockSize: 8192 * 2 } }, { service: nic() }, true))).toBe(
      'storage: Backing storage size must be block aligned',
    );
    expect(attachDevices(mft, { storage: disk(0) }, { service: nic() }, true).attachments.get(1)).toEqual({ kind: 'block', capacity: 0, blockSize: 512 });
  });
  it('refuses multicast MACs', () => {
    expect(err(() => attachDevices(mft, { storage: disk() }, { service: { ...nic(), mac: parseMac('01:00:5e:00:00:01') } }, true))).toBe(
      "MAC address of 'service' is multicast: 01:00:5e:00:00:01",
    );
  });
});

describe('MAC addresses', () => {
  it('parses and formats xx:xx:xx:xx:xx:xx', () => {
    expect(formatMac(parseMac('02:AB:cd:00:10:ff')!)).toBe('02:ab:cd:00:10:ff');
    for (const bad of ['02:ab:cd:00:10', '02:ab:cd:00:10:ff:00', '02-ab-cd-00-10-ff', '2:ab:cd:00:10:ff', 'zz:ab:cd:00:10:ff', '']) {
      expect(parseMac(bad)).toBeUndefined();
    }
  });
  it('makes locally administered unicast MACs, fixed in deterministic mode', () => {
    expect(formatMac(defaultMac(3, true))).toBe('02:00:00:00:00:03');
    for (let i = 0; i < 50; i++) expect(defaultMac(1, false)[0] & 3).toBe(2);
  });
});
