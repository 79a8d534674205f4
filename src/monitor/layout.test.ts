// The memory layout and initial CPU state of hvt-abi.md §1–§3, byte for byte.
import { describe, it, expect } from 'vitest';
import { adjustMemSize, buildLowMemory, buildPageTables, encodeCmdline } from './layout.ts';
import { LoadError } from './errors.ts';
import { asmImage, createGuest, dataSegment } from './test-support/guest.ts';
import { DevType } from './abi.ts';
import { MemoryBlockBackend } from './block-backend.ts';
import { TestNetPort } from './net-port.ts';
import { RODATA } from './test-support/elf-builder.ts';

const MiB = 1 << 20;
const GiB = 1 << 30;

/** Every non-zero 64-bit word the tables must hold, written out independently of layout.ts. */
function expectedTables(mem: number): Map<number, bigint> {
  const m = new Map<number, bigint>();
  m.set(0x1000, 0x2003n);
  for (let g = 0; g * GiB < mem; g++) m.set(0x2000 + 8 * g, BigInt(0x3003 + g * 0x1000));
  m.set(0x2020, 0x1_0000_0000n | 0x0060_0000_0000_0705n);
  m.set(0x3000, 0x7003n);
  for (let i = 1; i * 2 * MiB < mem; i++) m.set(0x3000 + 8 * i, BigInt(i * 2 * MiB) | 0x0040_0000_0000_0711n);
  for (let p = 16; p < 256; p++) m.set(0x7000 + 8 * p, BigInt(p * 0x1000) | 0x0060_0000_0000_0793n);
  for (let p = 256; p < 512; p++) m.set(0x7000 + 8 * p, BigInt(p * 0x1000) | 0x0040_0000_0000_0713n);
  return m;
}

function compareTables(mem: number): void {
  const bytes = buildPageTables(mem);
  expect(bytes.length).toBe(0x8000);
  const dv = new DataView(bytes.buffer);
  const want = expectedTables(mem);
  for (let a = 0; a < 0x8000; a += 8) {
    const got = dv.getBigUint64(a, true);
    if (got !== (want.get(a) ?? 0n)) throw new Error(`mem ${mem}: word at 0x${a.toString(16)} is 0x${got.toString(16)}, want 0x${(want.get(a) ?? 0n).toString(16)}`);
  }
}

describe('RAM size', () => {
  it('keeps multiples of 2 MiB and rounds others down with the reference message', () => {
    expect(adjustMemSize(512 * MiB)).toEqual({ bytes: 512 * MiB });
    expect(adjustMemSize(5 * MiB)).toEqual({ bytes: 4 * MiB, warning: 'adjusting memory to 4194304 bytes' });
    expect(adjustMemSize(1 * MiB)).toEqual({ bytes: 2 * MiB, warning: 'adjusting memory to 2097152 bytes' });
    expect(adjustMemSize(4096 * MiB)).toEqual({ bytes: 4 * GiB });
    expect(adjustMemSize(4097 * MiB)).toEqual({ bytes: 4 * GiB, warning: 'adjusting memory to 4294967296 bytes' });
  });
  it('refuses more than 4 GiB', () => {
    expect(() => adjustMemSize(4098 * MiB)).toThrow(new LoadError('guest memory size 4297064448 bytes exceeds the max size 4294967296 bytes'));
  });
});

describe('page tables', () => {
  it.each([2 * MiB, 16 * MiB, 512 * MiB, GiB, GiB + 2 * MiB, 3 * GiB + 2 * MiB, 4 * GiB])('match the ABI byte for byte for %i bytes of RAM', (mem) => {
    compareTables(mem);
  });
  it('gives the MMU the permissions the ABI describes', async () => {
    const m = await createGuest(asmImage('b .'), { memBytes: 16 * MiB });
    const t = (va: number | bigint, kind: 'read' | 'write' | 'exec') => m.cpu.translate(BigInt(va), kind).ok;
    for (const va of [0, 0x1000, 0x7000, 0xf000]) expect(t(va, 'read')).toBe(false); // zero page, tables
    expect([t(0x1_0000, 'read'), t(0x1_0000, 'write'), t(0x1_0000, 'exec')]).toEqual([true, false, false]);
    expect([t(0xf_f000, 'read'), t(0xf_f000, 'write'), t(0xf_f000, 'exec')]).toEqual([true, false, false]);
    expect([t(0x10_0000, 'read'), t(0x10_0000, 'write'), t(0x10_0000, 'exec')]).toEqual([true, true, true]);
    expect([t(0x20_0000, 'write'), t(0x20_0000, 'exec'), t(16 * MiB - 1, 'write')]).toEqual([true, true, true]);
    expect(t(16 * MiB, 'read')).toBe(false);
    const dev = m.cpu.translate(0x1_0000_0000n, 'write');
    expect([dev.ok, dev.device, dev.pa]).toEqual([true, true, 0x1_0000_0000n]);
    expect(t(0x1_0000_0000, 'exec')).toBe(false);
    expect(m.cpu.translate(0x1_0000_0000n, 'read', 0).ok).toBe(false); // no EL0 access
  });
});

describe('boot info, manifest copy and command line', () => {
  it('lays out the low-memory block', () => {
    const mft = new Uint8Array(8 + 104).fill(7);
    const cmd = encodeCmdline(['--solo5:quiet', 'hello', 'wörld']);
    const low = buildLowMemory({ memSize: 32 * MiB, kernelEnd: 0x10_5000, cpuCycleFreq: 62_500_000, manifest: mft, cmdline: cmd });
    const dv = new DataView(low.bytes.buffer);
    expect([0, 8, 16, 24, 32].map((o) => dv.getBigUint64(o, true))).toEqual([
      BigInt(32 * MiB), 0x10_5000n, 62_500_000n, BigInt(0x1_0028 + 112), 0x1_0028n,
    ]);
    expect(low.mftAddr).toBe(0x1_0028);
    expect(low.cmdlineAddr).toBe(0x1_0028 + 112);
    expect(low.bytes.subarray(40, 40 + 112)).toEqual(mft);
    const text = new TextDecoder().decode(low.bytes.subarray(152, 152 + cmd.length));
    expect(text).toBe('--solo5:quiet hello wörld');
    expect(low.bytes[152 + cmd.length]).toBe(0);
    expect(low.bytes.length).toBe(40 + 112 + 8192);
  });
  it('accepts 8191 characters of command line and refuses 8192', () => {
    expect(encodeCmdline(['a'.repeat(8191)]).length).toBe(8191);
    expect(encodeCmdline(['a'.repeat(4095), 'b'.repeat(4095)]).length).toBe(8191);
    expect(() => encodeCmdline(['a'.repeat(8192)])).toThrow(new LoadError('Guest command line too long (max=8191 characters)'));
    expect(() => encodeCmdline(['a'.repeat(4096), 'b'.repeat(4095)])).toThrow(LoadError);
  });
  it('places boot info, the attached manifest and the arguments in a new machine', async () => {
    const image = asmImage('b .', {
      manifest: [
        { name: 'disk', type: DevType.BlockBasic },
        { name: 'service', type: DevType.NetBasic },
      ],
      segments: [{ vaddr: 0x10_1000, data: new Uint8Array(0x1000), flags: RODATA }, dataSegment(new Uint8Array(0x1000), 0x10_2000)],
    });
    const m = await createGuest(image, {
      memBytes: 32 * MiB,
      args: ['one', 'two'],
      blocks: { disk: { backend: new MemoryBlockBackend(8192), blockSize: 4096 } },
      nets: { service: { port: new TestNetPort() } },
    });
    const c = m.cpu;
    expect(c.readU64(0x1_0000)).toBe(BigInt(32 * MiB));
    expect(c.readU64(0x1_0008)).toBe(0x10_3000n); // kernel_end
    expect(c.readU64(0x1_0010)).toBe(BigInt(c.counterFrequency));
    const mft = Number(c.readU64(0x1_0020));
    const cmdline = Number(c.readU64(0x1_0018));
    expect(mft).toBe(0x1_0028);
    expect(cmdline).toBe(0x1_0028 + 8 + 3 * 104);
    expect(new TextDecoder().decode(c.readPhys(cmdline, 8))).toBe('one two\0');
    // entry 1: the disk, attached with its capacity and sector size
    const e1 = mft + 8 + 104;
    expect(c.readU64(e1 + 72)).toBe(8192n);
    expect(c.readU32(e1 + 80) & 0xffff).toBe(4096);
    expect(c.readPhys(e1 + 96, 1)[0]).toBe(1);
    expect(c.readU64(e1 + 88)).toBe(0n);
    // entry 2: the NIC, a fixed locally administered unicast MAC (deterministic), MTU 1500
    const e2 = mft + 8 + 2 * 104;
    expect(Array.from(c.readPhys(e2 + 72, 6))).toEqual([2, 0, 0, 0, 0, 2]);
    expect(c.readU32(e2 + 76) >>> 16).toBe(1500);
    expect(c.readPhys(e2 + 96, 1)[0]).toBe(1);
    // entry 0 stays as it was
    expect(c.readPhys(mft + 8 + 96, 1)[0]).toBe(0);
    expect(c.readU32(mft + 8 + 68)).toBe(1 << 30);
  });
});

describe('initial CPU state', () => {
  it('matches the ABI register by register', async () => {
    const m = await createGuest(asmImage('nop\nb .'), { memBytes: 64 * MiB });
    const c = m.cpu;
    expect(c.pc).toBe(0x10_0000n);
    expect(c.pstate).toBe(0x3c5n);
    expect(c.sp).toBe(BigInt(64 * MiB - 16));
    expect(c.sysreg('SP_EL1')).toBe(BigInt(64 * MiB - 16));
    expect(c.getX(0)).toBe(0x1_0000n);
    for (let r = 1; r < 31; r++) expect(c.getX(r)).toBe(0n);
    expect(c.sysreg('SCTLR_EL1')).toBe(0x1005n);
    expect(c.sysreg('TCR_EL1')).toBe(0x32_b518_3518n);
    expect(c.sysreg('MAIR_EL1')).toBe(0x0000_bbff_440c_0400n);
    expect(c.sysreg('TTBR0_EL1')).toBe(0x1000n);
    expect((c.sysreg('CPACR_EL1') >> 20n) & 3n).toBe(3n);
    expect(c.sysreg('TPIDR_EL0')).toBe(0n);
    expect(c.sysreg('VBAR_EL1')).toBe(0n);
  });
  it('commits only the RAM it writes', async () => {
    const m = await createGuest(asmImage('b .'), { memBytes: 4096 * MiB });
    expect(m.cpu.committedBytes).toBe(2 * MiB); // tables, boot info and text share chunk 0
  });
});
