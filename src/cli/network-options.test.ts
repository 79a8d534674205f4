// The CLI's network options, their refusals first; the runs against a guest are in
// network-guest.test.ts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { asmImage } from '../monitor/test-support/guest.ts';
import { DevType } from '../monitor/abi.ts';
import { main, CliIo } from './main.ts';
import { parseRunArgs } from './args.ts';

let dir: string;
let netImage: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ukplay-net-cli-'));
  netImage = join(dir, 'net.hvt');
  writeFileSync(netImage, asmImage('b .', { manifest: [{ name: 'service0', type: DevType.NetBasic }] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ status: number; err: string }> {
  let err = '';
  const io: CliIo = {
    stdout: { write: () => true, once: () => undefined },
    stderr: { write: (t) => (err += t) },
    onSignal: () => () => {},
    onStdoutClosed: () => {},
  };
  return { status: await main(argv, io), err };
}

describe('network options', () => {
  it('parse --forward (repeatable) and --pcap', () => {
    const cfg = parseRunArgs(['--net:service0=switch', '--forward=8080:80', '--forward=2222:22', '--pcap=x.pcap', 'img']);
    expect(cfg.extra.get('--forward')).toEqual([
      { hostPort: 8080, guestPort: 80 },
      { hostPort: 2222, guestPort: 22 },
    ]);
    expect(cfg.extra.get('--pcap')).toBe('x.pcap');
    expect(cfg.nets.get('service0')?.value).toBe('switch');
  });

  it.each([
    [['--forward=80'], "Malformed argument to --forward (expected HOSTPORT:GUESTPORT): '80'"],
    [['--forward=1:99999'], 'Malformed argument to --forward'],
    [['--pcap='], 'Malformed argument to --pcap (no file)'],
  ])('refuses %j', async (args, message) => {
    const r = await cli('run', ...args, netImage);
    expect(r.status).toBe(1);
    expect(r.err).toContain(message);
  });

  it('refuses --forward and --pcap without a NIC on the switch', async () => {
    let r = await cli('run', '--net:service0=none', '--forward=18081:80', '--max-insns=1000', netImage);
    expect(r.err).toContain('ukplay: --forward needs a network device on the virtual switch (--net:NAME=switch)');
    r = await cli('run', '--net:service0=none', `--pcap=${join(dir, 'a.pcap')}`, '--max-insns=1000', netImage);
    expect(r.err).toContain('ukplay: --pcap needs a network device on the virtual switch (--net:NAME=switch)');
  });

  it('refuses a bad guest address and an argument to switch', async () => {
    let r = await cli('run', '--net:service0=switch', '--max-insns=1000', netImage, 'ip=10.0.0.300');
    expect(r.err).toContain("--net:service0=switch: the guest's ip= argument is not an IPv4 address");
    r = await cli('run', '--net:service0=switch', '--max-insns=1000', netImage, 'ip=192.168.1.2');
    expect(r.err).toContain('not a usable guest address in 10.0.0.0/24');
    r = await cli('run', '--net:service0=switch:x', '--max-insns=1000', netImage);
    expect(r.err).toContain("'switch' takes no argument");
  });

  it('says why --pcap cannot write its file', async () => {
    const r = await cli('run', '--net:service0=switch', `--pcap=${join(dir, 'missing', 'a.pcap')}`, '--max-insns=1000', netImage);
    expect(r.err).toMatch(/--pcap: cannot write .*missing\/a\.pcap: ENOENT/);
  });

  it('a machine on the switch runs and stops, closing the network', async () => {
    const r = await cli('run', '--net:service0=switch', '--forward=0:80', `--pcap=${join(dir, 'b.pcap')}`, '--max-insns=100000', netImage);
    expect(r.err).toContain('instruction limit (100000) reached');
    // A second run gets a fresh network (the first one closed with its machine).
    const again = await cli('run', '--net:service0=switch', '--max-insns=1000', netImage);
    expect(again.err).toContain('instruction limit');
  });
});
