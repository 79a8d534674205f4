// The ukplay command line: options, messages, exit statuses (in process, plus one real spawn).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { main, CliIo } from './main.ts';
import { parseRunArgs, runOptions } from './args.ts';
import { asmImage } from '../monitor/test-support/guest.ts';
import { DevType } from '../monitor/abi.ts';

let dir: string;
const file = (name: string, data: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
let spin: string;
let devices: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ukplay-cli-'));
  spin = file('spin.hvt', asmImage('b .'));
  devices = file(
    'devices.hvt',
    asmImage('b .', { manifest: [{ name: 'storage', type: DevType.BlockBasic }, { name: 'service', type: DevType.NetBasic }] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (d) => ((out += typeof d === 'string' ? d : new TextDecoder().decode(d)), true), once: () => undefined },
    stderr: { write: (t) => (err += t) },
    onSignal: () => () => {},
    onStdoutClosed: () => {},
  };
  const status = await main(argv, io);
  return { status, out, err };
}

describe('help and usage errors', () => {
  it('documents every option', async () => {
    const r = await cli('--help');
    expect(r.status).toBe(0);
    for (const o of runOptions()) expect(r.out).toContain(o.syntax);
    expect(r.out).toContain('ukplay info IMAGE [--json]');
    expect(r.out).toContain('pcap:FILE');
    expect((await cli('run', '--help')).out).toBe(r.out);
  });
  it('prints usage and fails without a command', async () => {
    const r = await cli();
    expect(r.status).toBe(1);
    expect(r.err).toContain('usage: ukplay run');
  });
  it.each([
    [['frobnicate'], "Unknown command: 'frobnicate'"],
    [['run', '--frob', spin], "Invalid option: '--frob'"],
    [['run'], 'Missing IMAGE operand'],
    [['run', '--mem=0', spin], 'Malformed argument to --mem'],
    [['run', '--mem=12x', spin], 'Malformed argument to --mem'],
    [['run', '--mem=-4', spin], 'Malformed argument to --mem'],
    [['run', '--block:st-orage=x', spin], "Malformed option: '--block:st-orage=x' (expected --block:NAME=FILE)"],
    [['run', '--block:storage', spin], "Malformed option: '--block:storage' (expected --block:NAME=FILE)"],
    [['run', '--block-sector-size:storage=4k', spin], 'Malformed argument to --block-sector-size:storage'],
    [['run', '--net:service=carrier-pigeon', spin], "Unknown network attachment for 'service': 'carrier-pigeon'"],
    [['run', '--net-mac:service=02:00:00:00:00', spin], 'Malformed argument to --net-mac:service'],
    [['run', '--trace=everything', spin], "Unknown trace 'everything' (only: hypercalls)"],
    [['run', '--max-insns=lots', spin], 'Malformed argument to --max-insns'],
    [['run', '--timeout=0', spin], 'Malformed argument to --timeout'],
    [['info', '--xml', spin], "Invalid option: '--xml'"],
  ])('refuses %j with one line and a hint', async (argv, msg) => {
    const r = await cli(...argv);
    expect(r.status).toBe(1);
    expect(r.err).toBe(`ukplay: ${msg}\nukplay: Try 'ukplay --help'.\n`);
  });
});

describe('argument order', () => {
  it('takes the image first or after --, and the rest as guest arguments', () => {
    const a = parseRunArgs(['img.hvt', '--mem=16', '--', '--solo5:quiet', 'x']);
    const b = parseRunArgs(['--mem=16', '--', 'img.hvt', '--solo5:quiet', 'x']);
    const c = parseRunArgs(['--mem=16', 'img.hvt', 'a', '--deterministic', '--', '-b']);
    expect([a.image, a.memMiB, a.guestArgs]).toEqual(['img.hvt', 16, ['--solo5:quiet', 'x']]);
    expect([b.image, b.memMiB, b.guestArgs]).toEqual(['img.hvt', 16, ['--solo5:quiet', 'x']]);
    expect([c.image, c.guestArgs, c.deterministic]).toEqual(['img.hvt', ['a', '-b'], true]);
  });
  it('collects device options by name', () => {
    const cfg = parseRunArgs(['--block:disk=a.img', '--block-sector-size:disk=4096', '--net:lan=none', '--net-mac:lan=02:01:02:03:04:05', 'i.hvt']);
    expect(cfg.blocks.get('disk')).toEqual({ file: 'a.img', sectorSize: 4096 });
    expect(cfg.nets.get('lan')).toEqual({ value: 'none', mac: Uint8Array.from([2, 1, 2, 3, 4, 5]) });
  });
});

describe('options added by other parts', () => {
  it('parse, show in --help, and start and stop around the run', async () => {
    const { registerRunOption } = await import('./args.ts');
    const events: string[] = [];
    registerRunOption({
      syntax: '--test-forward=PORT',
      help: 'an option registered by a test',
      parse: (arg) => (arg.startsWith('--test-forward=') ? (cfg) => void cfg.extra.set('--test-forward', arg.slice(15)) : undefined),
      start: (cfg, machine) => {
        if (!cfg.extra.has('--test-forward')) return;
        events.push(`start ${cfg.extra.get('--test-forward')} ${machine.state}`);
        return () => events.push(`stop ${machine.state}`);
      },
    });
    expect((await cli('--help')).out).toMatch(/--test-forward=PORT\s+an option registered by a test/);
    const r = await cli('run', '--mem=2', '--max-insns=10', '--test-forward=8080', spin);
    expect(r.status).toBe(1);
    expect(events).toEqual(['start 8080 created', 'stop exited']);
    await cli('run', '--mem=2', '--max-insns=10', spin);
    expect(events).toHaveLength(2);
  });
});

describe('refused images and devices', () => {
  it('names a file it cannot open', async () => {
    const r = await cli('run', join(dir, 'nope.hvt'));
    expect([r.status, r.err]).toEqual([1, `ukplay: ${join(dir, 'nope.hvt')}: Could not open: No such file or directory\n`]);
  });
  it('refuses a file that is not an hvt image', async () => {
    const bad = file('bad.hvt', 'not an ELF at all, certainly not an aarch64 one, no no no no no no no no no');
    const r = await cli('run', bad);
    expect([r.status, r.err]).toEqual([1, `ukplay: ${bad}: Invalid or unsupported executable (no ELF magic)\n`]);
    expect((await cli('info', bad)).err).toBe(r.err);
  });
  it('refuses devices the manifest does not declare', async () => {
    const img = file('d.img', new Uint8Array(4096));
    expect((await cli('run', `--block:other=${img}`, spin)).err).toBe("ukplay: Resource not declared in manifest: 'other'\n");
    expect((await cli('run', '--net:storage=none', devices)).err).toBe("ukplay: Resource not declared in manifest: 'storage'\n");
  });
  it('refuses to start with a declared device unattached', async () => {
    const img = file('e.img', new Uint8Array(4096));
    const r = await cli('run', `--block:storage=${img}`, devices);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      "ukplay: Device 'service' of type NET_BASIC declared but not attached.\n" +
        'ukplay: All declared devices must be attached. See --help for syntax.\n',
    );
  });
  it('checks the backing storage against the sector size', async () => {
    const odd = file('odd.img', new Uint8Array(1000));
    const r = await cli('run', `--block:storage=${odd}`, '--net:service=none', devices);
    expect(r.err).toBe('ukplay: storage: Backing storage size must be block aligned\n');
    const four = file('four.img', new Uint8Array(6144));
    const r2 = await cli('run', `--block:storage=${four}`, '--block-sector-size:storage=4096', '--net:service=none', devices);
    expect(r2.err).toBe('ukplay: storage: Backing storage size must be block aligned\n');
    const r3 = await cli('run', `--block:storage=${four}`, '--block-sector-size:storage=1000', '--net:service=none', devices);
    expect(r3.err).toBe("ukplay: Block size of 'storage' must be a power of two from 512 to 32768: 1000\n");
    expect((await cli('run', `--block:storage=${join(dir, 'missing.img')}`, '--net:service=none', devices)).err).toBe(
      `ukplay: ${join(dir, 'missing.img')}: Could not open: No such file or directory\n`,
    );
  });
  it('adjusts and limits the RAM size like the reference tender', async () => {
    const r = await cli('run', '--mem=5', '--max-insns=10', spin);
    expect(r.err).toBe('ukplay: adjusting memory to 4194304 bytes\nukplay: instruction limit (10) reached\n');
    const big = await cli('run', '--mem=4098', spin);
    expect(big.err).toBe('ukplay: guest memory size 4297064448 bytes exceeds the max size 4294967296 bytes\n');
  });
  it('refuses a command line longer than 8191 characters', async () => {
    const r = await cli('run', spin, 'x'.repeat(8192));
    expect(r.err).toBe('ukplay: Guest command line too long (max=8191 characters)\n');
  });
  it('names an unusable net attachment', async () => {
    const img = file('f.img', new Uint8Array(512));
    const r = await cli('run', `--block:storage=${img}`, '--net:service=pcap', devices);
    expect(r.err).toBe("ukplay: --net:service=pcap: 'pcap' needs a file name: pcap:FILE\n");
  });
});

describe('running', () => {
  it('stops at the instruction limit with status 1 and can print the report', async () => {
    const r = await cli('run', '--mem=2', '--max-insns=1000', '--report', spin);
    expect(r.status).toBe(1);
    expect(r.err).toContain('exit: instruction-limit, status 1: instruction limit (1000) reached');
    expect(r.err).toMatch(/pc 0x0000000000100000/);
    expect(r.err.trimEnd().split('\n').pop()).toBe('ukplay: instruction limit (1000) reached');
  });
  it('reports a guest stopped by the monitor', async () => {
    const img = file('wtext.hvt', asmImage('mov64 x1, 0x100000\ndc zva, x1'));
    const r = await cli('run', '--mem=2', img);
    expect([r.status, r.err]).toEqual([1, 'ukplay: KVM: host/guest translation fault: pc=0x100010\n']);
  });
  it('attaches files and pcap sinks', async () => {
    const img = file('g.img', new Uint8Array(8192));
    const pcap = join(dir, 'g.pcap');
    const r = await cli('run', '--max-insns=10', `--block:storage=${img}`, `--net:service=pcap:${pcap}`, '--deterministic', devices);
    expect(r.err).toBe('ukplay: instruction limit (10) reached\n');
    expect(readFileSync(pcap).subarray(0, 4)).toEqual(Buffer.from([0xd4, 0xc3, 0xb2, 0xa1]));
  });
  it('prints boot statistics', async () => {
    const r = await cli('run', '--mem=2', '--max-insns=5000', '--stats', spin);
    expect(r.err).toMatch(/^ukplay: stats: first console output: none$/m);
    expect(r.err).toMatch(/^ukplay: stats: exit \(instruction-limit\): 5000 instructions, [0-9.]+ ms, [0-9.]+ MIPS$/m);
  });
});

describe('info', () => {
  it('describes ABI, manifest and segments', async () => {
    const r = await cli('info', devices);
    expect(r.status).toBe(0);
    expect(r.out).toContain('abi:        hvt, version 2');
    expect(r.out).toMatch(/\[1\] storage\s+BLOCK_BASIC/);
    expect(r.out).toMatch(/\[2\] service\s+NET_BASIC/);
    expect(r.out).toContain('phdr[2] r-x  vaddr 0x100000');
    expect(r.out).toContain('hypercalls: 1:walltime 2:puts 3:poll 4:block-write 5:block-read 6:net-write 7:net-read 8:halt');
    const j = JSON.parse((await cli('info', '--json', devices)).out);
    expect(j.abi).toEqual({ target: 'hvt', version: 2 });
    expect(j.manifest.devices).toEqual([
      { handle: 1, name: 'storage', type: 'BLOCK_BASIC' },
      { handle: 2, name: 'service', type: 'NET_BASIC' },
    ]);
    expect(j.segments[0]).toMatchObject({ phdr: 2, vaddr: '0x100000', perms: 'r-x', loaded: true });
  });
});

describe('the installed command', () => {
  it('runs through bin/ukplay.mjs with the exit status and messages', () => {
    const r = spawnSync(process.execPath, ['bin/ukplay.mjs', 'run', '--mem=2', '--max-insns=100', spin], { encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', 'ukplay: instruction limit (100) reached\n']);
    expect(execFileSync(process.execPath, ['bin/ukplay.mjs', '--help'], { encoding: 'utf8' })).toContain('usage: ukplay run');
  });
});
