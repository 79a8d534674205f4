// AdvSIMD structure loads and stores: layouts (interleaving, lanes, replication), post-index
// writeback, register-list wrap-around, alignment, and behaviour on a fault (no writeback;
// the partial loads and stores QEMU performs).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/core/cpu.ts';
import { simdMachine, setV, getV, lanes, unpack, run, tryRun, EC_DABORT_SAME } from './simd-machine.ts';

const EC_SP_ALIGN = 0x26;

let cpu: Cpu;

//   Translation for these tests (4 KiB granule, 32-bit VA, walk from level 1):
//   L1 @ 0x11000: entry 0 -> L2 @ 0x12000
//   L2: 2 MiB identity blocks for 0-16 MiB, except 0x400000-0x5fffff -> L3 @ 0x13000
//   L3: identity 4 KiB pages, except page 0x410000 (unmapped) and 0x411000 (read-only)
const L1 = 0x11000;
const L2 = 0x12000;
const L3 = 0x13000;
const BUF = 0x40f000; // a mapped page followed by the unmapped one
const HOLE = 0x410000;
const RDONLY = 0x411000;
const NORMAL = (1n << 10n) | (3n << 8n) | (1n << 2n); // AF, inner shareable, MAIR index 1

function mapWithHoles(c: Cpu): void {
  c.writeU64(L1, BigInt(L2) | 3n);
  for (let i = 0; i < 8; i++) c.writeU64(L2 + 8 * i, i === 2 ? BigInt(L3) | 3n : (BigInt(i) << 21n) | NORMAL | 1n);
  for (let p = 0; p < 512; p++) {
    const pa = 0x400000 + p * 0x1000;
    let d = BigInt(pa) | NORMAL | 3n;
    if (pa === HOLE) d = 0n;
    if (pa === RDONLY) d |= 2n << 6n; // AP = 10: read-only
    c.writeU64(L3 + 8 * p, d);
  }
  c.setSysreg('MAIR_EL1', 0xff00n);
  c.setSysreg('TCR_EL1', 32n | (32n << 16n) | (1n << 23n) | (2n << 32n));
  c.setSysreg('TTBR0_EL1', BigInt(L1));
  c.setSysreg('SCTLR_EL1', c.sysreg('SCTLR_EL1') | 1n);
}

beforeEach(async () => {
  cpu = await simdMachine();
  mapWithHoles(cpu);
});

/** Fill guest memory at `pa` with bytes start, start + 1, ... */
function ramp(pa: number, n: number, start = 0): void {
  cpu.writePhys(pa, Uint8Array.from({ length: n }, (_, i) => (start + i) & 0xff));
}
const seq = (n: number, start = 0, step = 1) => Array.from({ length: n }, (_, i) => (start + i * step) & 0xff);

describe('multiple structures', () => {
  it('LD1 of 1-4 registers; Q = 0 clears the upper halves', () => {
    ramp(BUF, 64);
    setV(cpu, 5, -1n);
    cpu.setX(0, BigInt(BUF));
    run(cpu, 'ld1 {v1.16b, v2.16b, v3.16b, v4.16b}, [x0]\nld1 {v5.8b}, [x0]');
    for (let r = 0; r < 4; r++) expect(getV(cpu, 1 + r)).toBe(lanes(8, seq(16, 16 * r)));
    expect(getV(cpu, 5)).toBe(lanes(8, seq(8)));
  });

  it('LD2/LD3/LD4 de-interleave and ST2/ST3/ST4 interleave', () => {
    ramp(BUF, 64);
    cpu.setX(0, BigInt(BUF));
    run(cpu, 'ld3 {v1.16b, v2.16b, v3.16b}, [x0]\nld4 {v4.4h, v5.4h, v6.4h, v7.4h}, [x0]\nld2 {v8.2d, v9.2d}, [x0]');
    expect(getV(cpu, 1)).toBe(lanes(8, seq(16, 0, 3)));
    expect(getV(cpu, 2)).toBe(lanes(8, seq(16, 1, 3)));
    expect(getV(cpu, 3)).toBe(lanes(8, seq(16, 2, 3)));
    expect(unpack(16, getV(cpu, 5)).slice(0, 4)).toEqual([0x0302n, 0x0b0an, 0x1312n, 0x1b1an]);
    expect(unpack(64, getV(cpu, 8))).toEqual([0x0706_0504_0302_0100n, 0x1716_1514_1312_1110n]);
    expect(unpack(64, getV(cpu, 9))).toEqual([0x0f0e_0d0c_0b0a_0908n, 0x1f1e_1d1c_1b1a_1918n]);
    cpu.setX(1, BigInt(BUF + 0x100));
    run(cpu, 'st3 {v1.16b, v2.16b, v3.16b}, [x1]\nst4 {v4.4h, v5.4h, v6.4h, v7.4h}, [x1]');
    expect([...cpu.readPhys(BUF + 0x100, 48)]).toEqual(seq(48)); // ST4 rewrote the first 32 bytes identically
  });

  it('post-index by the transfer size (Rm = 31) and by a register; the list wraps from V31 to V0', () => {
    ramp(BUF, 64);
    cpu.setX(0, BigInt(BUF));
    cpu.setX(2, -8n);
    run(cpu, 'ld1 {v31.16b, v0.16b}, [x0], #32\nld1 {v1.8b}, [x0], x2');
    expect(getV(cpu, 31)).toBe(lanes(8, seq(16)));
    expect(getV(cpu, 0)).toBe(lanes(8, seq(16, 16)));
    expect(getV(cpu, 1)).toBe(lanes(8, seq(8, 32)));
    expect(cpu.getX(0)).toBe(BigInt(BUF + 32 - 8));
  });

  it('SP as the base register, with the SP alignment check of SCTLR_EL1.SA', () => {
    ramp(BUF, 32);
    cpu.sp = BigInt(BUF);
    run(cpu, 'ld1 {v1.2d}, [sp], #16');
    expect(getV(cpu, 1)).toBe(lanes(8, seq(16)));
    expect(cpu.sp).toBe(BigInt(BUF + 16));
    cpu.sp = BigInt(BUF + 8);
    expect(tryRun(cpu, 'ld1 {v1.2d}, [sp]')).toBeUndefined(); // SA = 0: no check
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 8n);
    expect(tryRun(cpu, 'st1 {v1.b}[0], [sp], #1')).toBe(EC_SP_ALIGN);
    expect(cpu.sp).toBe(BigInt(BUF + 8)); // EL1h: SP_EL1, not written back
  });
});

describe('single structure', () => {
  it('LD1/LD3 to one lane keep the other lanes (Q = 0 included); ST2 stores one lane', () => {
    ramp(BUF, 16, 0xa0);
    setV(cpu, 1, lanes(8, seq(16, 0x10)));
    setV(cpu, 2, lanes(8, seq(16, 0x20)));
    setV(cpu, 3, lanes(8, seq(16, 0x30)));
    setV(cpu, 4, lanes(8, seq(16, 0x40)));
    cpu.setX(0, BigInt(BUF));
    run(cpu, 'ld1 {v1.s}[3], [x0]\nld3 {v2.b, v3.b, v4.b}[1], [x0]');
    expect(getV(cpu, 1)).toBe((lanes(8, seq(16, 0x10)) & ((1n << 96n) - 1n)) | (0xa3a2_a1a0n << 96n));
    expect(unpack(8, getV(cpu, 2))[1]).toBe(0xa0n);
    expect(unpack(8, getV(cpu, 3))[1]).toBe(0xa1n);
    expect(unpack(8, getV(cpu, 4))[1]).toBe(0xa2n);
    expect(unpack(8, getV(cpu, 4))[15]).toBe(0x4fn);
    cpu.setX(1, BigInt(BUF + 0x200));
    cpu.writePhys(BUF + 0x200, new Uint8Array(8).fill(0xee));
    run(cpu, 'st2 {v1.h, v2.h}[6], [x1], #4');
    expect([...cpu.readPhys(BUF + 0x200, 6)]).toEqual([0xa0, 0xa1, 0x2c, 0x2d, 0xee, 0xee]);
    expect(cpu.getX(1)).toBe(BigInt(BUF + 0x204));
  });

  it('LD1R/LD4R replicate to all lanes; Q = 0 clears the upper half', () => {
    ramp(BUF, 16, 0x80);
    setV(cpu, 5, -1n);
    cpu.setX(0, BigInt(BUF));
    run(cpu, 'ld1r {v1.8h}, [x0]\nld4r {v4.2s, v5.2s, v6.2s, v7.2s}, [x0]');
    expect(getV(cpu, 1)).toBe(lanes(16, Array(8).fill(0x8180)));
    expect(getV(cpu, 4)).toBe(lanes(32, [0x8382_8180, 0x8382_8180, 0, 0]));
    expect(getV(cpu, 5)).toBe(lanes(32, [0x8786_8584, 0x8786_8584, 0, 0]));
    expect(getV(cpu, 7)).toBe(lanes(32, [0x8f8e_8d8c, 0x8f8e_8d8c, 0, 0]));
  });
});

describe('faults', () => {
  it('a faulting load keeps what it loaded before the fault (as QEMU) and does not write back', () => {
    ramp(BUF + 0xff0, 16);
    setV(cpu, 1, 0x1111n);
    setV(cpu, 2, 0x2222n);
    setV(cpu, 3, -1n);
    cpu.setX(0, BigInt(BUF + 0xff0));
    expect(tryRun(cpu, 'ld1 {v1.16b, v2.16b}, [x0], #32')).toBe(EC_DABORT_SAME);
    expect(cpu.sysreg('FAR_EL1')).toBe(BigInt(HOLE));
    expect(getV(cpu, 1)).toBe(lanes(8, seq(16)));
    expect(getV(cpu, 2)).toBe(0x2222n);
    expect(cpu.getX(0)).toBe(BigInt(BUF + 0xff0));
    // An 8-byte LD1 piece that crosses into the hole loads nothing; the Q = 0 clearing of the
    // upper half happens only when the instruction completes.
    cpu.setX(0, BigInt(BUF + 0xffc));
    expect(tryRun(cpu, 'ld1 {v3.8b}, [x0]')).toBe(EC_DABORT_SAME);
    expect(getV(cpu, 3)).toBe((1n << 128n) - 1n);
  });

  it('ST1 writes whole 8-byte pieces up to the one that crosses into the faulting page (as QEMU)', () => {
    cpu.writePhys(BUF + 0xfe0, new Uint8Array(32).fill(0xee));
    setV(cpu, 1, lanes(8, seq(16, 0x10)));
    setV(cpu, 2, lanes(8, seq(16, 0x20)));
    cpu.setX(0, BigInt(BUF + 0xfec));
    expect(tryRun(cpu, 'st1 {v1.16b, v2.16b}, [x0], #32')).toBe(EC_DABORT_SAME);
    expect(cpu.sysreg('FAR_EL1')).toBe(BigInt(HOLE));
    expect(Number(cpu.sysreg('ESR_EL1') >> 6n) & 1).toBe(1); // WnR
    // bytes 0xfec..0xffb (two 8-byte pieces) written; the piece at 0xffc crosses: not written
    expect([...cpu.readPhys(BUF + 0xfe8, 24)]).toEqual([0xee, 0xee, 0xee, 0xee, ...seq(16, 0x10), 0xee, 0xee, 0xee, 0xee]);
    expect(cpu.getX(0)).toBe(BigInt(BUF + 0xfec));
  });

  it('ST2 stores element by element up to the faulting element; read-only pages fault too', () => {
    cpu.writePhys(BUF + 0xff0, new Uint8Array(16).fill(0xee));
    setV(cpu, 1, lanes(16, seq(8, 0x10).map((x) => x * 0x101)));
    setV(cpu, 2, lanes(16, seq(8, 0x20).map((x) => x * 0x101)));
    cpu.setX(0, BigInt(BUF + 0xff3));
    expect(tryRun(cpu, 'st2 {v1.8h, v2.8h}, [x0]')).toBe(EC_DABORT_SAME);
    // elements at 0xff3, 0xff5, ... 0xffd fit; the one at 0xfff crosses
    expect([...cpu.readPhys(BUF + 0xff3, 13)]).toEqual([0x10, 0x10, 0x20, 0x20, 0x11, 0x11, 0x21, 0x21, 0x12, 0x12, 0x22, 0x22, 0xee]);
    cpu.setX(0, BigInt(RDONLY));
    expect(tryRun(cpu, 'st1 {v1.b}[0], [x0]')).toBe(EC_DABORT_SAME);
    expect(cpu.sysreg('FAR_EL1')).toBe(BigInt(RDONLY));
    expect(tryRun(cpu, 'ld1 {v1.b}[0], [x0]')).toBeUndefined();
  });

  it('alignment checking (SCTLR_EL1.A) applies per element, not per register', () => {
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 2n);
    cpu.setX(0, BigInt(BUF + 4));
    expect(tryRun(cpu, 'ld1 {v1.4s}, [x0]\nst1 {v1.4s, v2.4s}, [x0]')).toBeUndefined();
    cpu.setX(0, BigInt(BUF + 2));
    expect(tryRun(cpu, 'ld1 {v1.4s}, [x0]')).toBe(EC_DABORT_SAME);
    expect(Number(cpu.sysreg('ESR_EL1')) & 0x3f).toBe(0x21); // alignment fault
    expect(tryRun(cpu, 'ld1 {v1.8h}, [x0]')).toBeUndefined();
  });
});
