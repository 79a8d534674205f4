// End-to-end checks of the harness itself: both sides see the same case and report the same
// outcome, and a wrong result is caught (the harness can fail).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enc } from '../asm.ts';
import { compareOutcomes } from './compare.ts';
import { DATA, DATA_SIZE, ENTRY, NO_SIGNAL, SIGALRM, SIGBUS, SIGSEGV, SIGTRAP } from './layout.ts';
import { OurMachine } from './ours.ts';
import type { TestCase } from './protocol.ts';
import { runQemu } from './qemu.ts';
import { loadRegressions, recordRegression } from './regressions.ts';
import { runDiff } from './run.ts';
import { formatMismatch } from './report.ts';

function baseCase(insn: string, regs: Record<number, bigint> = {}): TestCase {
  const x = Array.from({ length: 31 }, (_, r) => BigInt(r) * 0x0101_0101_0101n);
  for (const [r, v] of Object.entries(regs)) x[Number(r)] = v;
  return {
    insns: [enc(insn)],
    dataSeed: 7,
    state: { x, sp: BigInt(DATA + 0x1000), nzcv: 0x4000_0000, fpcr: 0, fpsr: 0, tpidr: 0x1234n, v: new Uint8Array(512).fill(0x5a) },
  };
}

let ours: OurMachine;
const tmp = mkdtempSync(join(tmpdir(), 'ukplay-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('diff harness end to end', () => {
  it('both sides run an ADD and report it landing on the next slot', async () => {
    ours = await OurMachine.create();
    const c = baseCase('add x0, x1, #1');
    const [q] = await runQemu([c], 'v8.0');
    const o = ours.run(c);
    for (const r of [q, o]) {
      expect(r.signo).toBe(SIGTRAP);
      expect(r.pc).toBe(BigInt(ENTRY + 4));
      expect(r.state.x[0]).toBe(c.state.x[1] + 1n);
      expect(r.state.tpidr).toBe(0x1234n);
      expect(r.mem.size).toBe(0);
    }
    expect(compareOutcomes(q, o)).toEqual([]);
  });

  it('catches a wrong result: a corrupted register, and a different instruction on our side', async () => {
    const c = baseCase('add x0, x1, #1');
    const [q] = await runQemu([c], 'v8.0');
    const corrupted = { ...q, state: { ...q.state, x: q.state.x.map((v, r) => (r === 0 ? v ^ 1n : v)) } };
    const d = compareOutcomes(corrupted, ours.run(c));
    expect(d.map((x) => x.what)).toEqual(['x0']);
    const wrong = ours.run({ ...c, insns: [enc('add x0, x1, #2')] });
    expect(compareOutcomes(q, wrong).map((x) => x.what)).toEqual(['x0']);
    const flags = ours.run({ ...c, insns: [enc('adds x0, x1, #1')] });
    expect(compareOutcomes(q, flags).map((x) => x.what)).toEqual(['nzcv']);
    const text = formatMismatch({ key: 'ADD_imm', model: 'v8.0', c, qemu: q, ours: wrong, diffs: compareOutcomes(q, wrong), source: 'random' });
    expect(text).toMatch(/^MISMATCH ADD_imm/);
    expect(text).toMatch(/insn\[0\] = 0x91000420  add x0, x1, #(0x)?1 .*llvm: add x0, x1, #1/);
    expect(text).toMatch(/\n    x0 +qemu 0x0000010101010102 +ours 0x0000010101010103\n?/);
    const full = formatMismatch({ key: 'ADD_imm', model: 'v8.0', c, qemu: q, ours: wrong, diffs: compareOutcomes(q, wrong), source: 'random' }, true);
    expect(full).toMatch(/qemu final state:\n    signal = SIGTRAP .*\n    x0 = 0x0000010101010102\n/);
    expect(full).toMatch(/our final state:\n    signal = SIGTRAP .*\n    x0 = 0x0000010101010103\n/);
  });

  it('reports exactly the data words a store changed, and compares them', async () => {
    const c = baseCase('stp x2, x3, [x1, #8]', { 1: BigInt(DATA + 0x100), 2: 0x1111n, 3: 0x2222n });
    const [q] = await runQemu([c], 'v8.0');
    expect(q.mem).toEqual(new Map([[0x108, 0x1111n], [0x110, 0x2222n]]));
    const lost = compareOutcomes(q, { ...q, mem: new Map([[0x108, 0x1111n]]) });
    expect(lost.map((d) => d.what)).toEqual([`mem[0x${(DATA + 0x110).toString(16).padStart(16, '0')}]`]);
  });

  it('does not compare the AArch32-only FPCR/FPSR bits QEMU keeps, and compares the rest', async () => {
    const c = baseCase('msr fpsr, x3', { 3: 0xf800_0011n });
    const [q] = await runQemu([c], 'v8.0');
    expect(q.state.fpsr).toBe(0xf800_0011); // QEMU's A57 keeps N, Z, C, V
    const o = ours.run(c);
    expect(o.state.fpsr).toBe(0x0800_0011);
    expect(compareOutcomes(q, o)).toEqual([]);
    const qc = { ...q, state: { ...q.state, fpsr: 0xf000_0011 } };
    expect(compareOutcomes(qc, o).map((d) => d.what)).toEqual(['fpsr']);
  });

  it('does not compare what a store faulting part-way left below the fault address, and compares the rest', async () => {
    const c = baseCase('stp x2, x3, [x1]', { 1: BigInt(DATA + DATA_SIZE - 8), 2: 0x1111n, 3: 0x2222n });
    const [q] = await runQemu([c], 'v8.0');
    const o = ours.run(c);
    expect([q.signo, o.signo]).toEqual([SIGSEGV, SIGSEGV]);
    expect(q.siAddr).toBe(BigInt(DATA + DATA_SIZE));
    expect(compareOutcomes(q, o)).toEqual([]);
    const elsewhere = { ...o, mem: new Map([...o.mem, [0, 0x5555n]]) };
    expect(compareOutcomes(q, elsewhere).map((d) => d.what)).toEqual([`mem[0x${DATA.toString(16).padStart(16, '0')}]`]);
  });

  it('does not compare the destination registers of a load faulting part-way, and compares the others', async () => {
    const c = baseCase('ldp q1, q2, [x1]', { 1: BigInt(DATA + DATA_SIZE - 16) });
    const [q] = await runQemu([c], 'v8.0');
    const o = ours.run(c);
    expect([q.signo, o.signo, q.siAddr]).toEqual([SIGSEGV, SIGSEGV, BigInt(DATA + DATA_SIZE)]);
    expect(compareOutcomes(q, o, c)).toEqual([]);
    const v5 = { ...o, state: { ...o.state, v: o.state.v.map((b, i) => (i === 5 * 16 ? b ^ 1 : b)) } };
    expect(compareOutcomes(q, v5, c).map((d) => d.what)).toEqual(['v5']);
  });

  it('reports faults the same way: instruction abort in a guard page, PC alignment', async () => {
    const guard = baseCase('br x3', { 3: BigInt(DATA - 0x1000 + 8) });
    const misaligned = baseCase('br x3', { 3: BigInt(ENTRY + 0x42) });
    const qs = await runQemu([guard, misaligned], 'v8.0');
    const os = [ours.run(guard), ours.run(misaligned)];
    expect(qs.map((q) => q.signo)).toEqual([SIGSEGV, SIGBUS]);
    expect(qs[0].siAddr).toBe(BigInt(DATA - 0x1000 + 8));
    expect(qs.map((q, i) => compareOutcomes(q, os[i]))).toEqual([[], []]);
  });

  it('reports a case our machine ends without an EL0 exception as the outcome of that case (WFI exits to the host)', async () => {
    const c = baseCase('wfi');
    const [q] = await runQemu([c], 'v8.0');
    const o = ours.run(c);
    expect(o.signo).toBe(NO_SIGNAL);
    expect(o.note).toMatch(/exit wfi/);
    expect(compareOutcomes(q, o)[0]).toMatchObject({ what: 'signal', qemu: 'SIGTRAP', ours: 'no signal' });
    expect(ours.run(baseCase('add x0, x1, #1')).signo).toBe(SIGTRAP); // and the next case runs normally
  });

  it('turns an endless loop into a hang outcome on both sides', async () => {
    const c = baseCase('b .');
    const [q] = await runQemu([c], 'v8.0');
    expect(q.signo).toBe(SIGALRM);
    expect(ours.run(c).signo).toBe(SIGALRM);
  });

  it('replays stored regressions and notices when QEMU no longer agrees with one', async () => {
    const c = baseCase('sub x5, x6, #3');
    const [q] = await runQemu([c], 'v8.0');
    recordRegression('SUB_imm', 'v8.0', c, q, 'sub x5, x6, #3', 'harness self-test', tmp);
    const wrongExpectation = { ...q, state: { ...q.state, x: q.state.x.map((v, r) => (r === 5 ? 0n : v)) } };
    recordRegression('SUB_imm_doctored', 'v8.0', c, wrongExpectation, 'sub x5, x6, #3', 'doctored', tmp);
    expect(loadRegressions(tmp)).toHaveLength(2);
    const r = await runDiff({ cases: 0, seed: 's', regressionDir: tmp });
    expect(r.regressionsRun).toBe(2);
    expect(r.totalMismatches).toBe(1);
    expect(r.mismatches[0].stale).toBe(true);
    expect(r.mismatches[0].diffs.map((d) => d.what)).toEqual(['x5']);
  });
});
