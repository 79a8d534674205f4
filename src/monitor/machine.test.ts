// The run loop: limits, faults, segment protection, idle waits, pause/stop, many machines.
import { describe, it, expect } from 'vitest';
import { asmImage, boot, createGuest, dataSegment } from './test-support/guest.ts';
import { RODATA } from './test-support/elf-builder.ts';
import { DevType } from './abi.ts';
import type { MachineState } from './machine.ts';

const spin = asmImage('b .');

describe('limits and runaway guests', () => {
  it('stops a busy loop at the instruction limit with a report', async () => {
    const { exit } = await boot(spin, { maxInstructions: 123_456 });
    expect(exit.reason).toBe('instruction-limit');
    expect(exit.status).toBe(1);
    expect(exit.message).toBe('instruction limit (123456) reached');
    expect(exit.instructions).toBe(123_456n);
    expect(exit.cpu.pc).toBe(0x10_0000n);
  });
  it('stops a busy loop at the wall-clock timeout', async () => {
    const { exit } = await boot(spin, { maxInstructions: undefined, timeoutMs: 30 });
    expect(exit.reason).toBe('timeout');
    expect(exit.message).toBe('wall-clock timeout (30 ms) reached');
    expect(exit.instructions).toBeGreaterThan(0n);
  });
  it('stops a guest whose vectors fault (no instruction ever retires)', async () => {
    // VBAR_EL1 = 0: the undefined instruction sends the CPU to 0x200 in the unmapped zero page.
    const { exit } = await boot(asmImage('udf #0'), { maxInstructions: undefined, timeoutMs: 60_000 });
    expect(exit.reason).toBe('fatal');
    expect(exit.message).toMatch(/^Guest is stuck taking an exception on every instruction: pc=0x200 ESR_EL1=0x86000007 /);
    expect(exit.instructions).toBe(1n); // the udf
  });
  it('stops an exception storm even under a small instruction limit', async () => {
    const { exit } = await boot(asmImage('udf #0'), { maxInstructions: 50 });
    expect(exit.message).toMatch(/^Guest is stuck taking an exception on every instruction/);
  });
  it('stops a guest whose vector takes an exception itself', async () => {
    const { exit } = await boot(
      asmImage(`
        adr x1, vectors
        msr vbar_el1, x1
        udf #1
        .balign 2048
      vectors:
        .rept 16
        udf #2
        .balign 128
        .endr`),
      { maxInstructions: undefined, timeoutMs: 60_000 },
    );
    expect(exit.reason).toBe('fatal');
    expect(exit.message).toMatch(/^Guest is stuck taking an exception on every instruction: pc=0x100a00 ESR_EL1=0x2000000 /);
  });
  it('refuses WFI with no timer armed', async () => {
    const { exit } = await boot(asmImage('nop\nwfi\nb .'));
    expect(exit.reason).toBe('fatal');
    expect(exit.message).toBe('Guest waits for an interrupt that cannot come (WFI with no timer armed): pc=0x100004');
  });
});

describe('segment permissions enforced by the host', () => {
  const writeTo = (addr: number) => `
    mov64 x1, ${addr}
    dc zva, x1
    b .`;
  it('stops a store to the text segment like KVM does', async () => {
    const { exit } = await boot(asmImage(writeTo(0x10_0000)));
    expect(exit.reason).toBe('fatal');
    expect(exit.status).toBe(1);
    expect(exit.message).toBe('KVM: host/guest translation fault: pc=0x100010');
    expect(exit.cpu.pc).toBe(0x10_0010n);
  });
  it('stops a store to a read-only data segment, allows one to a writable segment', async () => {
    const segments = [
      { vaddr: 0x10_1000, data: new Uint8Array(0x1000).fill(1), flags: RODATA },
      dataSegment(new Uint8Array(0x1000).fill(2), 0x10_2000),
    ];
    const ro = await boot(asmImage(writeTo(0x10_1040), { segments }));
    expect(ro.exit.message).toBe('KVM: host/guest translation fault: pc=0x100010');
    expect(ro.machine.cpu.readPhys(0x10_1040, 64)).toEqual(new Uint8Array(64).fill(1)); // the store did not happen
    const rw = await boot(asmImage(writeTo(0x10_2040), { segments }), { maxInstructions: 1000 });
    expect(rw.exit.reason).toBe('instruction-limit');
    expect(rw.machine.cpu.readPhys(0x10_2040, 64)).toEqual(new Uint8Array(64));
  });
  it('enforces the protection even when the guest maps its text writable itself', async () => {
    // Rewrite the L3 descriptor of the text page? The tables are outside the guest's mappings;
    // instead turn the MMU off: physical accesses still hit the host's protection.
    const { exit } = await boot(
      asmImage(`
        mov64 x2, 0x1004
        msr sctlr_el1, x2
        isb
        mov64 x1, 0x100000
        str x1, [x1]
        b .`),
    );
    expect(exit.message).toMatch(/^KVM: host\/guest translation fault: pc=0x10/);
  });
});

describe('MMIO accesses that are not hypercalls', () => {
  it('refuses a store that is not 32 bits', async () => {
    const { exit } = await boot(asmImage('mov64 x1, 0x100000000\nstr x1, [x1]\nb .'));
    expect(exit.reason).toBe('fatal');
    expect(exit.message).toBe('Invalid guest mmio access: mmio=0x100000000 len=8');
  });
});

describe('idle waits', () => {
  // Arm the virtual timer `ticks` ahead, wait for it with interrupts masked, read the counter.
  const timerGuest = (ticks: number) =>
    asmImage(`
      mov64 x2, ${ticks}
      msr cntv_tval_el0, x2
      mrs x1, cntv_cval_el0
      mov x3, #1
      msr cntv_ctl_el0, x3
      wfi
      mrs x4, cntvct_el0
      b .`);
  it('skips ahead in virtual time in deterministic mode', async () => {
    const { machine, exit } = await boot(timerGuest(1_000_000_000), { maxInstructions: 100 });
    expect(exit.reason).toBe('instruction-limit');
    const x1 = machine.cpu.getX(1);
    const x4 = machine.cpu.getX(4);
    expect(x4).toBeGreaterThanOrEqual(x1);
    expect(x4 - x1).toBeLessThan(10n); // woke right at the deadline, 16 s of guest time later
  });
  it('sleeps on a host timer in real-time mode and wakes when the guest timer is due', async () => {
    const states: MachineState[] = [];
    const { machine, exit } = await boot(timerGuest(62_500 * 20), {
      deterministic: false,
      maxInstructions: 1000,
      onStateChange: (s) => states.push(s),
    });
    expect(exit.reason).toBe('instruction-limit');
    expect(states).toEqual(['running', 'waiting', 'running', 'exited']);
    expect(machine.cpu.getX(4)).toBeGreaterThanOrEqual(machine.cpu.getX(1));
  });
});

describe('an idle server in deterministic mode', () => {
  // Polls for input 1 s at a time, forever, as an idle network server does.
  const idleServer = asmImage(
    `
      args
    again:
      mov64 x1, 1000000000
      str x1, [x20]
      hypercall 3, w20
      b again`,
    { manifest: [{ name: 'service', type: DevType.NetBasic }] },
  );
  it('skips ahead at most a minute beyond host time, then sleeps until input', async () => {
    const { TestNetPort } = await import('./net-port.ts');
    const m = await createGuest(idleServer, { nets: { service: { port: new TestNetPort() } }, timeoutMs: 120_000 });
    const t0 = performance.now();
    const done = m.run();
    while (m.state !== 'waiting' && performance.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 5));
    expect(m.state).toBe('waiting');
    const retired = m.cpu.retired;
    await new Promise((r) => setTimeout(r, 200));
    const virtualS = Number(m.cpu.counter) / m.cpu.counterFrequency;
    const hostS = (performance.now() - t0) / 1000;
    expect(virtualS).toBeGreaterThanOrEqual(60); // the first minute was skipped at once
    expect(virtualS).toBeLessThan(60 + hostS + 2); // then no further than host time allows
    expect(m.cpu.retired - retired).toBeLessThan(100); // sleeping, not spinning
    m.stop();
    await done;
  });
});

describe('an answer to a frame in deterministic mode', () => {
  // Sends one frame, polls up to 10 s, halts 0 if input came (1 if not); x4 = the counter then.
  const asker = asmImage(
    `
      args
      add x3, x20, #32
      mov x1, #1
      str x1, [x3]
      add x1, x20, #512
      str x1, [x3, #8]
      mov x1, #60
      str x1, [x3, #16]
      hypercall 6, w3
      mov64 x1, 10000000000
      str x1, [x20]
      hypercall 3, w20
      mrs x4, cntvct_el0
      ldr x2, [x20, #8]
      cbz x2, none
      halt 0
    none:
      halt 1`,
    { manifest: [{ name: 'service', type: DevType.NetBasic }] },
  );
  async function askWithAnswerAfter(ms: number): Promise<[number, bigint]> {
    const { TestNetPort } = await import('./net-port.ts');
    const port = new TestNetPort();
    port.send = (frame) => void setTimeout(() => port.inject(frame), ms);
    const { exit } = await boot(asker, { nets: { service: { port } } });
    return [exit.status, exit.cpu.x[4]];
  }
  it('arrives at the same virtual time however long the host takes', async () => {
    const prompt = await askWithAnswerAfter(0);
    expect(prompt[0]).toBe(0); // answered, not timed out
    expect(await askWithAnswerAfter(300)).toEqual(prompt);
  });
});

describe('pause, resume, stop', () => {
  it('pauses a busy guest between slices and resumes it', async () => {
    const m = await createGuest(spin);
    const done = m.run();
    await new Promise((r) => setTimeout(r, 20));
    await m.pause();
    expect(m.state).toBe('paused');
    const at = m.cpu.retired;
    await new Promise((r) => setTimeout(r, 20));
    expect(m.cpu.retired).toBe(at);
    m.resume();
    await new Promise((r) => setTimeout(r, 20));
    expect(m.cpu.retired).toBeGreaterThan(at);
    const exit = await m.stop();
    expect(exit.reason).toBe('stopped');
    expect(await done).toBe(exit);
    expect(m.state).toBe('exited');
  });
  it('pauses at a breakpoint and steps over it on resume', async () => {
    const m = await createGuest(asmImage('mov x1, #1\nmov x2, #2\nmov x3, #3\nb .'));
    m.cpu.addBreakpoint(0x10_0004n);
    void m.run();
    while (m.state !== 'paused') await new Promise((r) => setTimeout(r, 1));
    expect([m.atBreakpoint, m.cpu.pc, m.cpu.getX(1), m.cpu.getX(2)]).toEqual([true, 0x10_0004n, 1n, 0n]);
    m.resume();
    while (m.cpu.getX(3) !== 3n) await new Promise((r) => setTimeout(r, 1));
    expect(m.atBreakpoint).toBe(false);
    expect(m.cpu.getX(2)).toBe(2n);
    expect((await m.stop()).reason).toBe('stopped');
  });
  it('stops a paused guest', async () => {
    const m = await createGuest(spin);
    void m.run();
    await m.pause();
    expect((await m.stop()).reason).toBe('stopped');
  });
  it('runs many machines at once, each with its own core', async () => {
    const ms = await Promise.all([1, 2, 3, 4].map(() => createGuest(asmImage('mov x7, #1\nadd x7, x7, #1\nb .'))));
    const exits = await Promise.all(ms.map((m, i) => (async () => {
      const run = m.run();
      await new Promise((r) => setTimeout(r, 10 * (i + 1)));
      return m.stop().then(() => run);
    })()));
    expect(new Set(ms.map((m) => m.cpu.x.memory)).size).toBe(4);
    for (const [i, e] of exits.entries()) {
      expect(e.reason).toBe('stopped');
      expect(ms[i].cpu.getX(7)).toBe(2n);
    }
  });
});

describe('isolation between machines', () => {
  it('a guest that faults or breaks the rules stops alone; the others run on', async () => {
    const good = await Promise.all([1, 2].map(() => createGuest(spin, { maxInstructions: 3_000_000 })));
    const bad = await Promise.all(
      ['udf #0', 'mov64 x1, 0x100000\ndc zva, x1', 'mov64 x1, 0x100000000\nldr x2, [x1]'].map((src) => createGuest(asmImage(src))),
    );
    const exits = await Promise.all([...good, ...bad].map((m) => m.run()));
    expect(exits.map((e) => e.reason)).toEqual(['instruction-limit', 'instruction-limit', 'fatal', 'fatal', 'fatal']);
    expect(exits[0].instructions).toBe(3_000_000n);
    expect(exits.slice(2).map((e) => e.message?.split(':')[0])).toEqual([
      'Guest is stuck taking an exception on every instruction',
      'KVM',
      'Invalid guest mmio access',
    ]);
  });
});

describe('boot measurement (npm run bench)', () => {
  it('reports instructions and time to the first output and to the exit', async () => {
    const { measureBoot } = await import('./boot-stats.ts');
    const { loadCoreModuleSync } = await import('../core/load-node.ts');
    const image = asmImage('args\nmov x9, #100\n1: sub x9, x9, #1\ncbnz x9, 1b\nputs m, 2\nhalt 3\nm: .ascii "ok"');
    const m = await measureBoot(loadCoreModuleSync(), image, { name: 'tiny.hvt' });
    expect([m.image, m.reason, m.status, m.consoleBytes]).toEqual(['tiny.hvt', 'halt', 3, 2]);
    expect(m.firstOutput!.instructions).toBeGreaterThan(200n);
    expect(m.exit.instructions).toBeGreaterThan(m.firstOutput!.instructions);
    expect(m.exit.ms).toBeGreaterThanOrEqual(m.firstOutput!.ms);
  });
});

describe('the specialized monitor', () => {
  it('contains only the modules the manifest needs', async () => {
    const plain = await createGuest(spin);
    expect(plain.modules).toEqual(['console', 'clock', 'poll', 'halt']);
    expect(plain.hypercalls.map((h) => `${h.nr}:${h.name}`)).toEqual(['1:walltime', '2:puts', '3:poll', '8:halt']);
    const { MemoryBlockBackend } = await import('./block-backend.ts');
    const { TestNetPort } = await import('./net-port.ts');
    const full = await createGuest(asmImage('b .', { manifest: [{ name: 'd', type: DevType.BlockBasic }, { name: 'n', type: DevType.NetBasic }] }), {
      blocks: { d: { backend: new MemoryBlockBackend(512) } },
      nets: { n: { port: new TestNetPort() } },
    });
    expect(full.modules).toEqual(['console', 'clock', 'poll', 'block', 'net', 'halt']);
    expect(full.hypercalls.map((h) => h.nr)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(full.hypercallCounters().every((c) => c.calls === 0)).toBe(true);
  });
});
