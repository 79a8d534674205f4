// The VM host worker's machine API, run under Node with the real core and catalog guests:
// console through a MessagePort, pause at entry, step, breakpoints on symbols, step over a
// call, memory map, MMU views, refused images, and machines ending alone.
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCoreModuleSync } from '../core/load-node.ts';
import type { MachineSpec, MachineStatus } from './api.ts';
import { VmHost } from './vm-host.ts';
import { isCall } from './hosted-machine.ts';

const guests = join(__dirname, '..', '..', 'public', 'guests');
const image = (name: string) => new Uint8Array(readFileSync(join(guests, name)));

function spec(over: Partial<MachineSpec> = {}): MachineSpec {
  return {
    name: 'hello',
    guest: 'hello',
    imageName: 'hello.hvt',
    image: image('hello.hvt'),
    memMiB: 16,
    cmdline: 'from the test',
    deterministic: true,
    blocks: [],
    nets: [],
    ...over,
  };
}

let host: VmHost;
const ports: MessagePort[] = [];
afterEach(async () => {
  for (const s of host?.statuses() ?? []) await host.remove(s.id);
  for (const p of ports.splice(0)) p.close();
});

async function newHost(): Promise<VmHost> {
  host = new VmHost();
  await host.init(loadCoreModuleSync());
  return host;
}

/** A console port pair: the text received so far and a promise for the end of output. */
function consolePort(): { port: MessagePort; text: () => string; ended: Promise<void> } {
  const ch = new MessageChannel();
  ports.push(ch.port1);
  let text = '';
  const decoder = new TextDecoder();
  const ended = new Promise<void>((resolve) => {
    ch.port1.onmessage = (e: MessageEvent) => {
      if (e.data === null) resolve();
      else text += decoder.decode(e.data as Uint8Array, { stream: true });
    };
  });
  return { port: ch.port2, text: () => text, ended };
}

async function until(id: number, ok: (s: MachineStatus) => boolean): Promise<MachineStatus> {
  for (;;) {
    const s = host.statuses().find((x) => x.id === id)!;
    if (ok(s)) return s;
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('VmHost', () => {
  it('boots a guest: console bytes through the port, exit status, boot figures', async () => {
    await newHost();
    const c = consolePort();
    await host.create(1, spec({ console: c.port }));
    await c.ended;
    const s = await until(1, (x) => x.state === 'exited');
    expect(c.text()).toContain('Command line: "from the test"');
    expect(s.exit).toMatchObject({ reason: 'halt', status: 0 });
    expect(s.firstOutputMs).toBeGreaterThanOrEqual(0);
    expect(s.consoleBytes).toBe(new TextEncoder().encode(c.text()).length);
    expect(s.lastLine).toBe('Solo5: exit status 0');
  });

  it('pauses at the entry point, steps one instruction, and shows changed registers', async () => {
    await newHost();
    await host.create(1, spec({ pauseAtEntry: true }));
    const s = await until(1, (x) => x.state === 'paused');
    const entry = host.monitor(1).entry;
    expect([s.pauseCause, s.pc, s.instructions]).toEqual(['entry', entry, 0]);
    const before = host.registers(1);
    await host.step(1);
    const after = await until(1, (x) => x.state === 'paused' && x.instructions === 1);
    expect(after.pauseCause).toBe('step');
    const regs = host.registers(1);
    expect(regs.instructions).toBe(1n);
    expect(regs.pc).not.toBe(before.pc);
    const text = host.disassemble(1, entry, 0, 1)[0];
    expect(text.word).toBeDefined();
  });

  it('stops at a breakpoint on a symbol and steps over a call', async () => {
    await newHost();
    await host.create(1, spec({ pauseAtEntry: true }));
    await until(1, (x) => x.state === 'paused');
    const main = host.symbols(1).find((x) => x.name === 'solo5_app_main');
    expect(main?.kind).toBe('func');
    expect(host.setBreakpoints(1, [main!.address])).toEqual([main!.address]);
    host.resume(1);
    const atMain = await until(1, (x) => x.state === 'paused' && x.pauseCause === 'breakpoint');
    expect(atMain.pc).toBe(main!.address);
    const line = host.disassemble(1, atMain.pc, 0, 1)[0];
    expect([line.label, line.breakpoint]).toEqual(['solo5_app_main', true]);

    // Step to the first call in main, then over it: back at the next instruction, same stack.
    let regs = host.registers(1);
    for (let i = 0; i < 200 && !isCall(host.disassemble(1, regs.pc, 0, 1)[0].word ?? 0); i++) {
      await host.step(1);
      regs = host.registers(1);
    }
    expect(isCall(host.disassemble(1, regs.pc, 0, 1)[0].word ?? 0)).toBe(true);
    const count = regs.instructions;
    await host.stepOver(1);
    const back = await until(1, (x) => x.state === 'paused');
    expect([back.pc, back.pauseCause]).toEqual([regs.pc + 4n, 'step']);
    expect(host.registers(1).sp).toBe(regs.sp);
    expect(BigInt(back.instructions)).toBeGreaterThan(count + 1n);
  });

  it('draws the memory map from the image and the monitor layout', async () => {
    await newHost();
    await host.create(1, spec({ pauseAtEntry: true }));
    await until(1, (x) => x.state === 'paused');
    const map = host.memoryMap(1);
    const kinds = map.regions.map((r) => r.kind);
    for (const k of ['zero', 'pagetables', 'bootinfo', 'manifest', 'cmdline', 'segment', 'heap', 'stack']) expect(kinds).toContain(k);
    const text = map.regions.find((r) => r.kind === 'segment' && r.perms === 'r-x');
    expect(text).toMatchObject({ start: 0x10_0000, label: '.text' });
    for (let i = 1; i < map.regions.length; i++) expect(map.regions[i].start).toBe(map.regions[i - 1].end);
    expect(map.regions.at(-1)!.end).toBe(16 << 20);
    expect(map.mmio.start).toBe(0x1_0000_0000);
  });

  it('walks the page tables for an address and decodes the MMU registers', async () => {
    await newHost();
    await host.create(1, spec({ pauseAtEntry: true }));
    await until(1, (x) => x.state === 'paused');
    const t = host.translate(1, 0x10_0123n);
    expect(t.ok).toBe(true);
    expect(t.pa).toBe(0x10_0123n);
    expect(t.steps.map((s) => [s.level, s.kind])).toEqual([[0, 'table'], [1, 'table'], [2, 'table'], [3, 'page']]);
    expect(t.steps[3].index).toBe(0x100);
    expect(t.access).toEqual({ el0: { r: false, w: false, x: false }, el1: { r: true, w: true, x: true } });
    expect(host.translate(1, 0n)).toMatchObject({ ok: false, fault: 'read at EL1: translation fault, level 3' });
    const mmu = host.mmu(1);
    expect(mmu.enabled).toBe(true);
    expect(mmu.root[0]).toMatchObject({ ttbr: 'TTBR0_EL1', addr: 0x1000n, startLevel: 0, vaBits: 40 });
    const root = host.pageTable(1, 0x1000n, 0, 0n);
    expect(root.entries.map((e) => [e.index, e.kind, e.target])).toEqual([[0, 'table', 0x2000n]]);
    const pud = host.pageTable(1, 0x2000n, 1, 0n);
    expect(pud.entries.find((e) => e.index === 4)).toMatchObject({ kind: 'block', va: 0x1_0000_0000n });
  });

  it('reads memory physically and through the guest tables', async () => {
    await newHost();
    await host.create(1, spec({ pauseAtEntry: true }));
    await until(1, (x) => x.state === 'paused');
    const virt = host.readMemory(1, 0xfff0n, 0x20, 'virtual');
    expect(virt.valid.map((v) => [v.start, v.end, v.ok, v.why])).toEqual([
      [0xfff0n, 0x10000n, false, 'translation fault, level 3'],
      [0x10000n, 0x10010n, true, undefined],
    ]);
    expect(new DataView(virt.bytes.buffer).getBigUint64(16, true)).toBe(16n << 20n); // boot info: mem_size
    const elf = host.readMemory(1, 0x10_0000n, 4, 'physical');
    expect(elf.valid[0].ok).toBe(true);
    const outside = host.readMemory(1, BigInt((16 << 20) - 2), 4, 'physical');
    expect(outside.valid.map((v) => v.ok)).toEqual([true, false]);
  });

  it('refuses a bad image with the monitor\'s one-line message', async () => {
    await newHost();
    const bad = new TextEncoder().encode('#!/bin/sh\n' + 'echo this is a shell script, not an ELF image\n'.repeat(3));
    await expect(host.create(1, spec({ image: bad, imageName: 'bad.hvt' }))).rejects.toThrow('bad.hvt: Invalid or unsupported executable (no ELF magic)');
    expect(host.statuses()).toEqual([]);
  });

  it('lists the specialized monitor: modules, hypercalls present and absent', async () => {
    await newHost();
    await host.create(1, spec({ pauseAtEntry: true }));
    const info = host.monitor(1);
    expect(info.modules).not.toContain('net');
    expect(info.hypercalls.map((h) => h.name)).toContain('puts');
    expect(info.absent.map((h) => h.name)).toEqual(expect.arrayContaining(['net-write', 'net-read', 'block-read', 'block-write']));
  });

  it('a stopped machine ends alone while another runs on', async () => {
    await newHost();
    await host.create(1, spec({ image: image('bench.hvt'), imageName: 'bench.hvt', cmdline: '', memMiB: 32 }));
    await host.create(2, spec({ image: image('bench.hvt'), imageName: 'bench.hvt', cmdline: '', memMiB: 32 }));
    await until(2, (x) => x.instructions > 0);
    await host.stop(1);
    const one = await until(1, (x) => x.state === 'exited');
    expect(one.exit?.reason).toBe('stopped');
    const n = host.statuses().find((x) => x.id === 2)!.instructions;
    const two = await until(2, (x) => x.instructions > n || x.state === 'exited');
    expect(two.exit?.reason ?? 'running').not.toBe('stopped');
  });
});
