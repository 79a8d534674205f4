// The operand generators keep their promises: branches land in the code page or a guard page
// (never on themselves), memory bases point into the data buffer, SP is an aligned pointer
// into it, sysreg moves name the EL0 registers, and every word decodes to its pattern.
import { describe, expect, it } from 'vitest';
import { parseSection, type Pattern } from '../../isa/table.ts';
import { CLASSES, randomState } from './classes.ts';
import { CODE, CODE_SIZE, DATA, DATA_SIZE, ENTRY, REGION, REGION_SIZE } from './layout.ts';
import { Rng } from './rng.ts';
import { INT_EDGES, fpLane } from './values.ts';

const pat = (line: string): Pattern => parseSection('test', line)[0];
const sext = (v: number, bits: number) => (v << (32 - bits)) >> (32 - bits);

describe('operand generators', () => {
  it('branch displacements land in the code page or its guards, never on the branch itself', () => {
    const p = pat('CBZ  sf:1 011010 0 imm19:19 Rt:5 | cbz');
    const rng = new Rng('branch');
    let inCode = 0;
    for (let i = 0; i < 2000; i++) {
      const f = CLASSES.branch.fields!(p, rng);
      const target = ENTRY + 4 * sext(f.imm19, 19);
      expect(target).not.toBe(ENTRY);
      expect(target).toBeGreaterThanOrEqual(REGION);
      expect(target).toBeLessThan(REGION + 3 * 0x1000);
      if (target >= CODE && target < CODE + CODE_SIZE) inCode++;
    }
    expect(inCode).toBeGreaterThan(1800); // mostly landing slots
  });

  it('literal loads read a word of the code page or a guard page', () => {
    const p = pat('LDR_x_lit  01 011 0 00 imm19:19 Rt:5 | ldr');
    const rng = new Rng('literal');
    let inCode = 0;
    for (let i = 0; i < 2000; i++) {
      const f = CLASSES.literal.fields!(p, rng);
      const target = ENTRY + 4 * sext(f.imm19, 19);
      expect(target).toBeGreaterThanOrEqual(REGION);
      expect(target).toBeLessThan(REGION + 3 * 0x1000);
      if (target >= CODE && target < CODE + CODE_SIZE) inCode++;
    }
    expect(inCode).toBeGreaterThan(1800);
  });

  it('register branch targets are code-page slots (some misaligned or tagged) or data addresses', () => {
    const p = pat('BR  1101011 0000 11111 000000 Rn:5 00000 | br');
    const rng = new Rng('branchreg');
    for (let i = 0; i < 2000; i++) {
      const f = { Rn: rng.below(31) };
      const s = randomState(CLASSES.branchreg, p, f, rng);
      CLASSES.branchreg.state!(p, f, s, rng);
      const t = Number(s.x[f.Rn] & 0x00ff_ffff_ffff_ffffn);
      expect(t).not.toBe(ENTRY);
      expect(t >= REGION && t < REGION + REGION_SIZE).toBe(true);
      if (t % 4 !== 0) expect(t >= CODE && t < CODE + CODE_SIZE).toBe(true);
    }
  });

  it('memory classes point the base register and SP into the data buffer', () => {
    const p = pat('LDR  size:2 111 0 01 01 imm12:12 Rn:5 Rt:5 | ldr');
    const rng = new Rng('ldst');
    for (let i = 0; i < 2000; i++) {
      const f = CLASSES.ldst.fields!(p, rng);
      expect(f.imm12).toBeLessThan(64);
      const full = { size: 3, ...f };
      const s = randomState(CLASSES.ldst, p, full, rng);
      CLASSES.ldst.state!(p, full, s, rng);
      expect(Number(s.sp) % 16).toBe(0);
      expect(Number(s.sp)).toBeGreaterThanOrEqual(DATA);
      expect(Number(s.sp)).toBeLessThan(DATA + DATA_SIZE);
      if (f.Rn !== 31) {
        expect(f.Rt === f.Rn && f.Rt !== 31).toBe(false);
        const base = Number(s.x[f.Rn] & 0x00ff_ffff_ffff_ffffn);
        const nearEnd = Math.abs(base - DATA) <= 24 || Math.abs(base - (DATA + DATA_SIZE)) <= 24;
        if (nearEnd) continue; // the fault cases
        // base -+ the largest register offset (128 << 4) and immediate (63 * 16 + 16 bytes) stay inside
        expect(base - (128 << 4)).toBeGreaterThanOrEqual(DATA);
        expect(base + Math.max(128 << 4, 63 * 16) + 16).toBeLessThanOrEqual(DATA + DATA_SIZE);
      }
    }
  });

  it('every class leaves SP 16-byte aligned inside the data buffer', () => {
    const p = pat('ADD  sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5 | add');
    const rng = new Rng('sp');
    for (const [name, cls] of Object.entries(CLASSES)) {
      for (let i = 0; i < 200; i++) {
        const s = randomState(cls, p, {}, rng);
        expect(Number(s.sp) % 16, name).toBe(0);
        expect(Number(s.sp) >= DATA && Number(s.sp) < DATA + DATA_SIZE, name).toBe(true);
      }
    }
  });

  it('sysreg moves mostly name the deterministic EL0 registers, never ID, PMU or timer space', () => {
    const p = pat('MRS  1101010100 1 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5 | mrs');
    const rng = new Rng('sysreg');
    let nzcv = 0;
    for (let i = 0; i < 2000; i++) {
      const f = CLASSES.sysreg.fields!(p, rng);
      expect(f.op1 === 0 && f.CRn === 0).toBe(false);
      expect([9, 14]).not.toContain(f.CRn);
      if (f.o0 === 1 && f.op1 === 3 && f.CRn === 4 && f.CRm === 2 && f.op2 === 0) nzcv++;
    }
    expect(nzcv).toBeGreaterThan(100);
  });

  it('edge values include the integer limits and FP specials', () => {
    for (const v of [0n, 0xffff_ffff_ffff_ffffn, 0x7fff_ffffn, 0x8000_0000_0000_0000n, 0x1_0000_0000n]) expect(INT_EDGES).toContain(v);
    const rng = new Rng('fp');
    const seen = new Set<bigint>();
    for (let i = 0; i < 5000; i++) seen.add(fpLane(rng, 32) & 0x7fff_ffffn);
    for (const v of [0n, 0x7f80_0000n, 0x7fc0_0000n, 0x0000_0001n, 0x007f_ffffn, 0x7f7f_ffffn]) expect(seen).toContain(v);
    // small integers and halves in each precision (16.0 and 7.5 are not edge values)
    const lanes = (bits: 16 | 32 | 64) => new Set(Array.from({ length: 5000 }, () => fpLane(rng, bits) & ((1n << BigInt(bits - 1)) - 1n)));
    expect(lanes(16)).toContain(0x4c00n);
    expect(lanes(16)).toContain(0x4780n);
    expect(lanes(32)).toContain(0x4180_0000n);
    expect(lanes(64)).toContain(0x4030_0000_0000_0000n);
  });

  it('FP cases sometimes relate operands: cancelling sums, ties, addends meeting the product', () => {
    const fadd = pat('FADD  0 0 0 11110 0 ftype:1 1 Rm:5 0010 10 Rn:5 Rd:5 | fadd');
    const fmadd = pat('FMADD  0 0 0 11111 0 ftype:1 0 Rm:5 0 Ra:5 Rn:5 Rd:5 | fmadd');
    const rng = new Rng('fp-related');
    const d = (s: { v: Uint8Array }, r: number) => new DataView(s.v.buffer, r * 16, 8).getFloat64(0, true);
    let cancel = 0;
    let fused = 0;
    for (let i = 0; i < 2000; i++) {
      const f = { ftype: 1, Rn: 1, Rm: 2, Ra: 3, Rd: 0 };
      const s = randomState(CLASSES.fp, fadd, f, rng);
      CLASSES.fp.state!(fadd, f, s, rng);
      const [a, b] = [d(s, 1), d(s, 2)];
      if (a !== 0 && Number.isFinite(a) && Math.abs(a + b) < Math.abs(a) * 2 ** -40) cancel++;
      const t = randomState(CLASSES.fp, fmadd, f, rng);
      CLASSES.fp.state!(fmadd, f, t, rng);
      const [x, y, c] = [d(t, 1), d(t, 2), d(t, 3)];
      if (x * y !== 0 && Number.isFinite(x * y) && Math.abs(x * y + c) < Math.abs(c) * 2 ** -40) fused++;
    }
    // without the relation: about 8 and 0 of 2000; with it about 90 and 210
    expect(cancel).toBeGreaterThan(40);
    expect(fused).toBeGreaterThan(80);
  });
});
