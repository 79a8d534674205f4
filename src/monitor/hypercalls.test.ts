// Hypercalls made by real guest code: the MMIO dispatch and its fatal errors, console, halt
// status, block and net devices end to end, poll waking on input, deterministic replay.
import { describe, it, expect } from 'vitest';
import { asmImage, boot, createGuest } from './test-support/guest.ts';
import { DevType } from './abi.ts';
import { MemoryBlockBackend } from './block-backend.ts';
import { TestNetPort } from './net-port.ts';

const hello = asmImage(`
    args
    puts msg, 6
    halt 0
  msg: .ascii "hello\\n"`);

describe('dispatch', () => {
  it('prints and halts', async () => {
    const r = await boot(hello);
    expect(r.console).toBe('hello\n');
    expect([r.exit.reason, r.exit.status, r.exit.message]).toEqual(['halt', 0, undefined]);
    expect(r.machine.hypercallCounters().filter((c) => c.calls)).toEqual([
      { nr: 2, name: 'puts', module: 'console', calls: 1, bytes: 6 },
      { nr: 8, name: 'halt', module: 'halt', calls: 1, bytes: 0 },
    ]);
  });
  it.each([0, 1, 7, 255, -1, 0x7fff_ffff])('passes exit status %i through', async (status) => {
    const r = await boot(asmImage(`args\nhalt ${status}`));
    expect([r.exit.reason, r.exit.status]).toEqual(['halt', status]);
  });
  it('keeps the halt cookie', async () => {
    const r = await boot(
      asmImage(`
        args
        adr x1, cookie
        str x1, [x20]
        mov x1, #255
        str w1, [x20, #8]
        hypercall 8, w20
        .balign 8
      cookie: .fill 512, 1, 0xc5`),
    );
    expect(r.exit.status).toBe(255);
    expect(r.exit.cookie).toEqual(new Uint8Array(512).fill(0xc5));
  });
  const mmio = (insn: string, addr = '0x100000008') => asmImage(`mov64 x1, ${addr}\nmov x2, #16\n${insn}\nb .`);
  it.each([
    ['a load', mmio('ldr w3, [x1]'), 'Invalid guest mmio access: mmio=0x100000008 len=4'],
    ['an 8-byte store', mmio('str x2, [x1]'), 'Invalid guest mmio access: mmio=0x100000008 len=8'],
    ['a 1-byte store', mmio('strb w2, [x1]'), 'Invalid guest mmio access: mmio=0x100000008 len=1'],
    ['a 2-byte store', mmio('strh w2, [x1]'), 'Invalid guest mmio access: mmio=0x100000008 len=2'],
    ['a pair of words', mmio('stp w2, w2, [x1]'), 'Invalid guest mmio access: mmio=0x100000008 len=8'],
    ['a store past the hypercalls', mmio('str w2, [x1]', '0x100000048'), 'Invalid guest mmio access: mmio=0x100000048'],
    ['a store far into the window', mmio('str w2, [x1]', '0x120000000'), 'Invalid guest mmio access: mmio=0x120000000'],
    ['hypercall 0', mmio('str w2, [x1]', '0x100000000'), 'Invalid guest hypercall: num=0'],
    ['block write without a block device', mmio('str w2, [x1]', '0x100000020'), 'Invalid guest hypercall: num=4'],
    ['net read without a NIC', mmio('str w2, [x1]', '0x100000038'), 'Invalid guest hypercall: num=7'],
    ['a struct outside RAM', mmio('mov w2, #0xffffffff\nstr w2, [x1]', '0x100000010'), 'Invalid guest access: gpa=0xffffffff, sz=16'],
  ])('stops the guest for %s', async (_w, image, message) => {
    const r = await boot(image);
    expect([r.exit.reason, r.exit.status, r.exit.message]).toEqual(['fatal', 1, message]);
  });
  it('stops the guest for a puts buffer outside RAM, and reports the registers', async () => {
    const r = await boot(asmImage(`args\nmov64 x5, 0xfffffffffffffff0\nputs_at x5, 32`));
    expect(r.exit.message).toBe('Invalid guest access: gpa=0xfffffffffffffff0, sz=32');
    expect(r.exit.cpu.x[5]).toBe(0xffff_ffff_ffff_fff0n);
  });
  it('traces hypercalls when asked', async () => {
    const seen: string[] = [];
    await boot(hello, { onHypercall: (ev) => seen.push(`${ev.name}: ${ev.detail}`) });
    expect(seen).toEqual([expect.stringMatching(/^puts: data=0x10[0-9a-f]+ len=6$/), 'halt: cookie=0x0 exit_status=0']);
  });
});

describe('block device, end to end', () => {
  it('writes a sector, reads it back, flushes on exit', async () => {
    const image = asmImage(
      `
      args
      // write: handle 1, offset 1024, data = pattern, len 512
      mov x1, #1
      str x1, [x20]
      mov x1, #1024
      str x1, [x20, #8]
      adr x1, pattern
      str x1, [x20, #16]
      mov x1, #512
      str x1, [x20, #24]
      hypercall 4, w20
      ldr w9, [x20, #32]
      // read it back into x20+512
      add x1, x20, #512
      str x1, [x20, #16]
      hypercall 5, w20
      ldr w10, [x20, #32]
      add x5, x20, #512
      puts_at x5, 4
      // a read past the end: EINVAL
      mov x1, #8192
      str x1, [x20, #8]
      hypercall 5, w20
      ldr w11, [x20, #32]
      halt 0
    pattern: .fill 512, 1, 0x61`,
      { manifest: [{ name: 'storage', type: DevType.BlockBasic }] },
    );
    const disk = new MemoryBlockBackend(8192);
    let flushes = 0;
    disk.flush = () => void flushes++;
    const r = await boot(image, { blocks: { storage: { backend: disk } } });
    expect(r.exit.reason).toBe('halt');
    expect(r.console).toBe('aaaa');
    expect([r.exit.cpu.x[9], r.exit.cpu.x[10], r.exit.cpu.x[11]]).toEqual([0n, 0n, 2n]);
    expect(disk.bytes.subarray(1024, 1536)).toEqual(new Uint8Array(512).fill(0x61));
    expect(flushes).toBe(1);
  });
});

// Echo one frame: poll (10 s), read from handle 1, write it back, halt 0 (1 if poll timed out).
const echo = asmImage(
  `
    args
    mov64 x1, 10000000000
    str x1, [x20]
    hypercall 3, w20
    ldr x2, [x20, #8]
    cbz x2, timeout
    add x3, x20, #32
    mov x1, #1
    str x1, [x3]
    add x1, x20, #512
    str x1, [x3, #8]
    mov x1, #2048
    str x1, [x3, #16]
    hypercall 7, w3
    ldr w4, [x3, #24]
    cbnz w4, fail
    hypercall 6, w3
    ldr w4, [x3, #24]
    cbnz w4, fail
    halt 0
  timeout:
    halt 1
  fail:
    halt 2`,
  { manifest: [{ name: 'service', type: DevType.NetBasic }] },
);

describe('net device and poll, end to end', () => {
  const frame = Uint8Array.from({ length: 60 }, (_, i) => i);
  it('sleeps in poll until a frame arrives, then echoes it', async () => {
    const port = new TestNetPort();
    const m = await createGuest(echo, { deterministic: false, nets: { service: { port } }, timeoutMs: 60_000 });
    const done = m.run();
    while (m.state !== 'waiting') await new Promise((r) => setTimeout(r, 1));
    const before = m.cpu.retired;
    await new Promise((r) => setTimeout(r, 20));
    expect(m.cpu.retired).toBe(before); // waiting costs no guest instructions
    expect(port.inject(frame)).toBe(true);
    const exit = await done;
    expect([exit.reason, exit.status]).toEqual(['halt', 0]);
    expect(port.sent).toEqual([frame]);
    expect(port.onFrame).toBeNull();
    expect(port.closed).toBe(true);
  });
  it('returns from poll at the timeout when nothing arrives (deterministic: at once)', async () => {
    const port = new TestNetPort();
    const r = await boot(echo, { nets: { service: { port } } });
    expect([r.exit.reason, r.exit.status]).toEqual(['halt', 1]);
    expect(r.machine.cpu.counter).toBeGreaterThanOrEqual(625_000_000n); // 10 s of virtual time
  });
  it('reads a frame queued before the guest asked', async () => {
    const port = new TestNetPort();
    const m = await createGuest(echo, { nets: { service: { port } } });
    port.inject(frame);
    const exit = await m.run();
    expect(exit.status).toBe(0);
    expect(port.sent).toEqual([frame]);
  });
});

describe('deterministic replay', () => {
  // Prints raw 8-byte values: walltime, the counter, the counter after a 1.5 s poll, the MAC.
  const image = asmImage(
    `
      args
      hypercall 1, w20
      puts_at x20, 8
      mrs x1, cntvct_el0
      str x1, [x20, #8]
      add x5, x20, #8
      puts_at x5, 8
      mov64 x1, 1500000000
      str x1, [x20]
      hypercall 3, w20
      mrs x1, cntvct_el0
      str x1, [x20, #8]
      puts_at x5, 8
      ldr x6, [x0, #32]          // boot info: manifest address
      add x6, x6, #(8 + 104 + 72) // entry 1: the MAC
      puts_at x6, 6
      halt 0`,
    { manifest: [{ name: 'service', type: DevType.NetBasic }] },
  );
  const run = async (deterministic: boolean) => {
    const out: number[] = [];
    const r = await boot(image, { deterministic, nets: { service: { port: new TestNetPort() } }, onConsole: (b) => out.push(...b) });
    expect(r.exit.status).toBe(0);
    return { bytes: Uint8Array.from(out), instructions: r.exit.instructions };
  };
  it('gives byte-identical output and instruction counts', async () => {
    const a = await run(true);
    await new Promise((r) => setTimeout(r, 15)); // host time passes between the runs
    const [b, c] = await Promise.all([run(true), run(true)]); // and they share the host
    expect(a.bytes.length).toBe(30);
    expect(b.bytes).toEqual(a.bytes);
    expect(c.bytes).toEqual(a.bytes);
    expect(b.instructions).toBe(a.instructions);
    const dv = new DataView(a.bytes.buffer);
    expect(dv.getBigUint64(0, true) / 1_000_000_000n).toBe(1_704_067_200n); // the fixed epoch
    expect(dv.getBigUint64(16, true) - dv.getBigUint64(8, true)).toBeGreaterThanOrEqual(93_750_000n); // 1.5 s at 62.5 MHz
    expect(Array.from(a.bytes.subarray(24))).toEqual([2, 0, 0, 0, 0, 1]);
  });
  it('differs in real-time mode (wall clock and MAC come from the host)', async () => {
    const a = await run(false);
    const wall = new DataView(a.bytes.buffer).getBigUint64(0, true);
    expect(wall / 1_000_000_000n).toBeGreaterThan(1_750_000_000n);
    expect(a.bytes[24] & 3).toBe(2);
  });
});
