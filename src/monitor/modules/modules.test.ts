// Every hypercall handler, including its error paths, against a real core's RAM.
import { describe, it, expect, beforeEach } from 'vitest';
import { fakeVm, putStruct, FakeVm, FAKE_RAM } from '../test-support/context.ts';
import { consoleModule } from './console.ts';
import { clockModule } from './clock.ts';
import { pollModule } from './poll.ts';
import { blockModule } from './block.ts';
import { netModule } from './net.ts';
import { haltModule } from './halt.ts';
import { MODULES, hypercallTable, modulesFor } from './index.ts';
import type { HvtModule } from './module.ts';
import { Hc, Result, DevType } from '../abi.ts';
import { GuestFatal } from '../errors.ts';
import { BlockBackend, MemoryBlockBackend } from '../block-backend.ts';
import { TestNetPort } from '../net-port.ts';
import { parseManifest } from '../manifest.ts';
import { manifestBytes } from '../test-support/elf-builder.ts';

const ARG = 0x1000;
const BUF = 0x8000;
const U64_MAX = (1n << 64n) - 1n;

function handler(m: HvtModule, nr: Hc) {
  const h = m.hypercalls.find(([n]) => n === nr);
  if (!h) throw new Error(`module ${m.name} has no hypercall ${nr}`);
  return (vm: FakeVm, arg: number | bigint) => h[1](vm.ctx, BigInt(arg));
}
const puts = handler(consoleModule, Hc.Puts);
const walltime = handler(clockModule, Hc.Walltime);
const poll = handler(pollModule, Hc.Poll);
const blockWrite = handler(blockModule, Hc.BlockWrite);
const blockRead = handler(blockModule, Hc.BlockRead);
const netWrite = handler(netModule, Hc.NetWrite);
const netRead = handler(netModule, Hc.NetRead);
const halt = handler(haltModule, Hc.Halt);

function fatal(fn: () => unknown): string {
  try {
    const r = fn();
    if (r instanceof Promise) throw new Error('use fatalAsync');
  } catch (e) {
    if (e instanceof GuestFatal) return e.message;
    throw e;
  }
  throw new Error('expected a GuestFatal');
}
async function fatalAsync(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof GuestFatal) return e.message;
    throw e;
  }
  throw new Error('expected a GuestFatal');
}
/** Large byte arrays: vitest's deep equality is far too slow for megabytes. */
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) out.set(p, (o += p.length) - p.length);
  return out;
};

let vm: FakeVm;
beforeEach(async () => {
  vm = await fakeVm();
});

describe('console: puts', () => {
  it('writes the guest bytes to the console', () => {
    vm.cpu.writePhys(BUF, new TextEncoder().encode('hello\n'));
    putStruct(vm.cpu, ARG, [BUF, 6]);
    puts(vm, ARG);
    expect(new TextDecoder().decode(concat(vm.consoleOut))).toBe('hello\n');
    expect(vm.bytes).toBe(6);
    expect(vm.traces).toEqual(['data=0x8000 len=6']);
  });
  it('copies a large buffer across RAM chunks in bounded pieces', () => {
    const len = (2 << 20) + 5;
    const data = new Uint8Array(len).map((_, i) => i * 7);
    vm.cpu.writePhys(0x10_0000, data);
    putStruct(vm.cpu, ARG, [0x10_0000, len]);
    puts(vm, ARG);
    expect(vm.consoleOut.length).toBe(3);
    expect(Math.max(...vm.consoleOut.map((p) => p.length))).toBe(1 << 20);
    expect(same(concat(vm.consoleOut), data)).toBe(true);
  });
  it('accepts an empty write and a buffer ending exactly at the end of RAM', () => {
    putStruct(vm.cpu, ARG, [BUF, 0]);
    puts(vm, ARG);
    putStruct(vm.cpu, ARG, [FAKE_RAM - 4, 4]);
    puts(vm, ARG);
    expect(concat(vm.consoleOut)).toEqual(new Uint8Array(4));
  });
  it.each([
    ['the struct outside RAM', FAKE_RAM, [0, 0], `Invalid guest access: gpa=0x400000, sz=16`],
    ['the struct straddling the end of RAM', FAKE_RAM - 8, [0, 0], `Invalid guest access: gpa=0x3ffff8, sz=16`],
    ['the buffer outside RAM', ARG, [FAKE_RAM, 1], `Invalid guest access: gpa=0x400000, sz=1`],
    ['the buffer one byte too long', ARG, [FAKE_RAM - 4, 5], `Invalid guest access: gpa=0x3ffffc, sz=5`],
    ['an address that wraps', ARG, [U64_MAX, 2n], `Invalid guest access: gpa=0xffffffffffffffff, sz=2`],
    ['a length that wraps', ARG, [BUF, U64_MAX], `Invalid guest access: gpa=0x8000, sz=18446744073709551615`],
  ])('stops the guest for %s', (_w, at, fields, msg) => {
    if (at < FAKE_RAM - 8) putStruct(vm.cpu, at, fields as bigint[]);
    expect(fatal(() => puts(vm, at))).toBe(msg);
    expect(vm.consoleOut).toEqual([]);
  });
});

describe('clock: walltime', () => {
  it('writes nanoseconds since the epoch', () => {
    walltime(vm, ARG);
    expect(vm.cpu.readU64(ARG)).toBe(vm.walltime);
  });
  it('refuses a struct outside RAM', () => {
    expect(fatal(() => walltime(vm, FAKE_RAM - 4))).toBe('Invalid guest access: gpa=0x3ffffc, sz=8');
  });
});

function netDevice(handle: number, port = new TestNetPort()) {
  const dev = { handle, name: 'n' + handle, port, mac: new Uint8Array([2, 0, 0, 0, 0, handle]), mtu: 1500, rx: [] as Uint8Array[], rxDropped: 0 };
  vm.nets.set(handle, dev);
  return dev;
}

describe('poll', () => {
  it('returns at once for a zero timeout', () => {
    putStruct(vm.cpu, ARG, [0, 0xdead], 7);
    expect(poll(vm, ARG)).toBeUndefined();
    expect(vm.idles).toEqual([]);
    expect(vm.cpu.readU64(ARG + 8)).toBe(0n);
    expect(vm.cpu.readU32(ARG + 16)).toBe(0);
  });
  it('idles for the timeout when nothing is ready', () => {
    putStruct(vm.cpu, ARG, [1_000_000, 0], 0);
    poll(vm, ARG);
    expect(vm.idles).toEqual([1_000_000n]);
    expect(vm.cpu.readU64(ARG + 8)).toBe(0n);
  });
  it('reports ready handles without waiting', () => {
    netDevice(1);
    netDevice(3).rx.push(new Uint8Array(60));
    netDevice(5).rx.push(new Uint8Array(60));
    putStruct(vm.cpu, ARG, [U64_MAX, 0], 0);
    poll(vm, ARG);
    expect(vm.idles).toEqual([]);
    expect(vm.cpu.readU64(ARG + 8)).toBe(0b101000n);
    expect(vm.cpu.readU32(ARG + 16)).toBe(2);
  });
  it('reports input that arrived while it waited', async () => {
    const dev = netDevice(2);
    vm.onIdle = () => new Promise<void>((resolve) => setTimeout(() => (dev.rx.push(new Uint8Array(60)), resolve()), 1));
    putStruct(vm.cpu, ARG, [5_000_000_000n, 0], 0);
    const waiting = poll(vm, ARG);
    expect(waiting).toBeInstanceOf(Promise);
    expect(vm.cpu.readU32(ARG + 16)).toBe(0); // not answered yet
    await waiting;
    expect(vm.cpu.readU64(ARG + 8)).toBe(4n);
    expect(vm.cpu.readU32(ARG + 16)).toBe(1);
  });
  it('refuses a struct outside RAM', () => {
    expect(fatal(() => poll(vm, FAKE_RAM - 16))).toBe('Invalid guest access: gpa=0x3ffff0, sz=24');
  });
});

describe('block', () => {
  let disk: MemoryBlockBackend;
  beforeEach(() => {
    disk = new MemoryBlockBackend(new Uint8Array(8192).map((_, i) => i & 0xff));
    vm.blocks.set(1, { handle: 1, name: 'disk', backend: disk, capacity: 8192, blockSize: 512 });
  });
  const req = (handle: number | bigint, offset: number | bigint, data: number | bigint, len: number | bigint) =>
    putStruct(vm.cpu, ARG, [handle, offset, data, len], 0x7777);
  const ret = () => vm.cpu.readU32(ARG + 32) | 0;

  it('reads and writes sectors', async () => {
    req(1, 512, BUF, 1024);
    await blockRead(vm, ARG);
    expect(ret()).toBe(Result.Ok);
    expect(vm.cpu.readPhys(BUF, 1024)).toEqual(disk.bytes.slice(512, 1536));
    vm.cpu.writePhys(BUF, new Uint8Array(512).fill(0xee));
    req(1, 8192 - 512, BUF, 512);
    await blockWrite(vm, ARG);
    expect(ret()).toBe(Result.Ok);
    expect(disk.bytes.subarray(8192 - 512)).toEqual(new Uint8Array(512).fill(0xee));
    expect(vm.bytes).toBe(1536);
  });
  it('accepts an empty request inside the device', async () => {
    req(1, 0, BUF, 0);
    await blockWrite(vm, ARG);
    expect(ret()).toBe(Result.Ok);
  });
  it.each([
    ['an offset at the capacity', 1, 8192, 0],
    ['a request past the capacity', 1, 7680, 1024],
    ['a length that wraps', 1, 512, U64_MAX],
    ['an offset that wraps', 1, U64_MAX, 2],
    ['an unknown handle', 2, 0, 512],
    ['the reserved handle 0', 0, 0, 512],
    ['handle 2^64-1', U64_MAX, 0, 512],
  ])('answers EINVAL for %s', async (_w, handle, offset, len) => {
    for (const op of [blockRead, blockWrite]) {
      req(handle, offset, BUF, len);
      await op(vm, ARG);
      expect(ret()).toBe(Result.Einval);
    }
    expect(vm.bytes).toBe(0);
  });
  it('answers EINVAL for a NIC handle', async () => {
    netDevice(3);
    req(3, 0, BUF, 512);
    await blockRead(vm, ARG);
    expect(ret()).toBe(Result.Einval);
  });
  it('stops the guest for a buffer outside RAM', async () => {
    req(1, 0, FAKE_RAM - 256, 512);
    expect(await fatalAsync(() => blockRead(vm, ARG))).toBe('Invalid guest access: gpa=0x3fff00, sz=512');
    expect(await fatalAsync(() => blockWrite(vm, ARG))).toBe('Invalid guest access: gpa=0x3fff00, sz=512');
    expect(await fatalAsync(() => blockWrite(vm, FAKE_RAM - 39))).toBe('Invalid guest access: gpa=0x3fffd9, sz=40');
  });
  it('answers EUNSPEC when the backend fails', async () => {
    const broken: BlockBackend = {
      capacity: 4096,
      read: () => Promise.reject(new Error('EIO')),
      write: () => {
        throw new Error('EIO');
      },
      flush: () => {},
    };
    vm.blocks.set(2, { handle: 2, name: 'bad', backend: broken, capacity: 4096, blockSize: 512 });
    req(2, 0, BUF, 512);
    await blockRead(vm, ARG);
    expect(ret()).toBe(Result.Eunspec);
    req(2, 0, BUF, 512);
    await blockWrite(vm, ARG);
    expect(ret()).toBe(Result.Eunspec);
  });
  it('moves large requests in pieces of at most 1 MiB', async () => {
    const big = new MemoryBlockBackend(3 << 20);
    const sizes: number[] = [];
    const spy: BlockBackend = {
      capacity: big.capacity,
      read: (o, into) => (sizes.push(into.length), big.read(o, into)),
      write: (o, d) => (sizes.push(d.length), big.write(o, d)),
      flush: () => {},
    };
    vm.blocks.set(2, { handle: 2, name: 'big', backend: spy, capacity: big.capacity, blockSize: 512 });
    const data = new Uint8Array((2 << 20) + 512).map((_, i) => (i * 13) >> 3);
    vm.cpu.writePhys(0x10_0000, data);
    req(2, 512, 0x10_0000, data.length);
    await blockWrite(vm, ARG);
    expect(same(big.bytes.subarray(512, 512 + data.length), data)).toBe(true);
    vm.cpu.writePhys(0x10_0000, new Uint8Array(data.length));
    req(2, 512, 0x10_0000, data.length);
    await blockRead(vm, ARG);
    expect(same(vm.cpu.readPhys(0x10_0000, data.length), data)).toBe(true);
    expect(sizes).toEqual([1 << 20, 1 << 20, 512, 1 << 20, 1 << 20, 512]);
  });
});

describe('net', () => {
  const req = (handle: number | bigint, data: number | bigint, len: number | bigint) => putStruct(vm.cpu, ARG, [handle, data, len], 0x7777);
  const ret = () => vm.cpu.readU32(ARG + 24) | 0;
  const frame = (n: number, fill = 0x5a) => new Uint8Array(n).fill(fill);

  it('sends a frame to the port (a copy of guest memory)', () => {
    const port = new TestNetPort();
    netDevice(1, port);
    vm.cpu.writePhys(BUF, frame(1514));
    req(1, BUF, 1514);
    netWrite(vm, ARG);
    expect(ret()).toBe(Result.Ok);
    expect(port.sent).toEqual([frame(1514)]);
    vm.cpu.writePhys(BUF, frame(10, 0));
    expect(port.sent[0][0]).toBe(0x5a);
  });
  it('refuses frames longer than MTU + 14 and unknown handles', () => {
    const port = new TestNetPort();
    netDevice(1, port);
    req(1, BUF, 1515);
    netWrite(vm, ARG);
    expect(ret()).toBe(Result.Einval);
    req(2, BUF, 60);
    netWrite(vm, ARG);
    expect(ret()).toBe(Result.Einval);
    vm.blocks.set(2, { handle: 2, name: 'd', backend: new MemoryBlockBackend(512), capacity: 512, blockSize: 512 });
    netWrite(vm, ARG);
    expect(ret()).toBe(Result.Einval);
    expect(port.sent).toEqual([]);
  });
  it('reads queued frames in order, then answers AGAIN', () => {
    const dev = netDevice(1);
    dev.rx.push(frame(60, 1), frame(1514, 2));
    req(1, BUF, 2048);
    netRead(vm, ARG);
    expect([ret(), vm.cpu.readU64(ARG + 16)]).toEqual([Result.Ok, 60n]);
    expect(vm.cpu.readPhys(BUF, 60)).toEqual(frame(60, 1));
    req(1, BUF, 1514);
    netRead(vm, ARG);
    expect([ret(), vm.cpu.readU64(ARG + 16)]).toEqual([Result.Ok, 1514n]);
    req(1, BUF, 1514);
    netRead(vm, ARG);
    expect([ret(), vm.cpu.readU64(ARG + 16)]).toEqual([Result.Again, 1514n]);
    expect(vm.bytes).toBe(1574);
  });
  it('drops a frame larger than the read buffer with EINVAL', () => {
    const dev = netDevice(1);
    dev.rx.push(frame(100), frame(50));
    req(1, BUF, 99);
    netRead(vm, ARG);
    expect(ret()).toBe(Result.Einval);
    expect(dev.rxDropped).toBe(1);
    netRead(vm, ARG);
    expect([ret(), vm.cpu.readU64(ARG + 16)]).toEqual([Result.Ok, 50n]);
  });
  it('stops the guest for a buffer outside RAM, even with nothing queued', () => {
    netDevice(1);
    req(1, FAKE_RAM - 100, 1514);
    expect(fatal(() => netRead(vm, ARG))).toBe('Invalid guest access: gpa=0x3fff9c, sz=1514');
    expect(fatal(() => netWrite(vm, ARG))).toBe('Invalid guest access: gpa=0x3fff9c, sz=1514');
    expect(fatal(() => netRead(vm, FAKE_RAM - 31))).toBe('Invalid guest access: gpa=0x3fffe1, sz=32');
  });
});

describe('halt', () => {
  it('stops with the exit status', () => {
    putStruct(vm.cpu, ARG, [0], 42);
    halt(vm, ARG);
    expect(vm.halted).toEqual({ status: 42, cookie: undefined });
  });
  it('keeps a signed status', () => {
    putStruct(vm.cpu, ARG, [0], -1);
    halt(vm, ARG);
    expect(vm.halted?.status).toBe(-1);
  });
  it('keeps the 512 cookie bytes', () => {
    vm.cpu.writePhys(BUF, new Uint8Array(512).fill(9));
    putStruct(vm.cpu, ARG, [BUF], 255);
    halt(vm, ARG);
    expect(vm.halted?.status).toBe(255);
    expect(vm.halted?.cookie).toEqual(new Uint8Array(512).fill(9));
  });
  it('stops the guest for a cookie too close to the end of RAM', () => {
    putStruct(vm.cpu, ARG, [FAKE_RAM - 511], 0);
    expect(fatal(() => halt(vm, ARG))).toBe('Invalid guest access: gpa=0x3ffe01, sz=512');
    expect(vm.halted).toBeUndefined();
    expect(fatal(() => halt(vm, FAKE_RAM))).toBe('Invalid guest access: gpa=0x400000, sz=16');
  });
});

describe('the module table', () => {
  const mft = (...types: DevType[]) => parseManifest(manifestBytes(types.map((t, i) => ({ name: 'd' + i, type: t }))))!;
  it('lists the modules in a fixed order and gives each hypercall one handler', () => {
    expect(MODULES.map((m) => m.name)).toEqual(['console', 'clock', 'poll', 'block', 'net', 'halt']);
    const table = hypercallTable(MODULES);
    expect(table.map((s) => s?.module ?? null)).toEqual([null, 'clock', 'console', 'poll', 'block', 'block', 'net', 'net', 'halt']);
  });
  it('picks the modules a manifest needs', () => {
    expect(modulesFor(mft()).map((m) => m.name)).toEqual(['console', 'clock', 'poll', 'halt']);
    expect(modulesFor(mft(DevType.BlockBasic)).map((m) => m.name)).toEqual(['console', 'clock', 'poll', 'block', 'halt']);
    expect(modulesFor(mft(DevType.NetBasic, DevType.NetBasic)).map((m) => m.name)).toEqual(['console', 'clock', 'poll', 'net', 'halt']);
    const table = hypercallTable(modulesFor(mft()));
    expect(table.flatMap((s, nr) => (s ? [nr] : []))).toEqual([1, 2, 3, 8]);
  });
});
