// Data aborts of loads and stores: the syndrome (EC, FSC, WnR) and FAR, no writeback and no
// register change after a fault, no partial store when the second page or the second element
// of a pair faults, alignment faults (SCTLR_EL1.A, Device memory) and MMIO exits.
import { describe, it, expect } from 'vitest';
import {
  ldstMachine, exec, enterEl0, DATA, MMIO, Exit, CODE, EC_DABORT_SAME, EC_DABORT_LOWER, FSC_ALIGNMENT, wnr, fsc,
} from './ldst-support.ts';
import { load } from './machine.ts';

const A = 0xf1e2d3c4b5a69788n;
const B = 0x0172635445362718n;
const FSC_TRANSLATION_L3 = 0x07;
const FSC_ACCESS_FLAG_L3 = 0x0b;
const FSC_PERMISSION_L3 = 0x0f;
const FSC_EXTERNAL = 0x10;

describe('syndrome and FAR', () => {
  it('a load from an unmapped page: EC 0x25, translation fault, WnR 0, FAR = the address, ELR = the load', async () => {
    const cpu = await ldstMachine({ pages: { 1: { valid: false } } });
    cpu.setX(2, BigInt(DATA + 0x1000));
    cpu.setX(1, A);
    const o = exec(cpu, 'nop\n ldr x1, [x2, #0x18]!');
    expect(o.exception?.ec).toBe(EC_DABORT_SAME);
    expect(fsc(o.exception!.iss)).toBe(FSC_TRANSLATION_L3);
    expect(wnr(o.exception!.iss)).toBe(0);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x1018));
    expect(o.exception?.elr).toBe(BigInt(CODE + 4));
    expect(cpu.getX(1)).toBe(A);
    expect(cpu.getX(2)).toBe(BigInt(DATA + 0x1000)); // no writeback
  });

  it('a store to a read-only page: permission fault, WnR 1, memory and base unchanged', async () => {
    const cpu = await ldstMachine({ pages: { 1: { ap: 2 } } });
    cpu.setX(2, BigInt(DATA + 0x1010));
    cpu.setX(1, A);
    const o = exec(cpu, 'strh w1, [x2], #2');
    expect(fsc(o.exception!.iss)).toBe(FSC_PERMISSION_L3);
    expect(wnr(o.exception!.iss)).toBe(1);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x1010));
    expect(cpu.getX(2)).toBe(BigInt(DATA + 0x1010));
    expect(cpu.readU64(DATA + 0x1010)).toBe(0n);
    expect(exec(cpu, 'ldrh w3, [x2]').done).toBe(true); // readable
  });

  it('an access-flag fault reports its FSC', async () => {
    const cpu = await ldstMachine({ pages: { 3: { af: false } } });
    cpu.setX(2, BigInt(DATA + 0x3000));
    const o = exec(cpu, 'ldrb w1, [x2, #7]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ACCESS_FLAG_L3);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x3007));
  });

  it('EL0 aborts report EC 0x24 (from a lower EL)', async () => {
    const cpu = await ldstMachine({ pages: { 0: { ap: 0 } } });
    cpu.setX(2, BigInt(DATA));
    enterEl0(cpu, BigInt(DATA));
    const o = exec(cpu, 'str x1, [x2]');
    expect(o.exception?.ec).toBe(EC_DABORT_LOWER);
    expect(fsc(o.exception!.iss)).toBe(FSC_PERMISSION_L3);
    expect(wnr(o.exception!.iss)).toBe(1);
  });
});

describe('accesses that cross a page', () => {
  it('a load faulting on its second page reports that page and leaves Rt alone', async () => {
    const cpu = await ldstMachine({ pages: { 1: { valid: false } } });
    cpu.setX(2, BigInt(DATA + 0xffd));
    cpu.setX(1, A);
    const o = exec(cpu, 'ldr x1, [x2]');
    expect(fsc(o.exception!.iss)).toBe(FSC_TRANSLATION_L3);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x1000));
    expect(cpu.getX(1)).toBe(A);
  });

  it('a store faulting on its second page writes nothing on the first', async () => {
    const cpu = await ldstMachine({ pages: { 1: { ap: 2 } } });
    cpu.setX(2, BigInt(DATA + 0xffa));
    cpu.setX(1, A);
    const o = exec(cpu, 'str x1, [x2], #8');
    expect(fsc(o.exception!.iss)).toBe(FSC_PERMISSION_L3);
    expect(wnr(o.exception!.iss)).toBe(1);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x1000));
    expect(cpu.readPhys(DATA + 0xffa, 6)).toEqual(new Uint8Array(6));
    expect(cpu.getX(2)).toBe(BigInt(DATA + 0xffa));
  });

  it('a fault on the first page reports the access address', async () => {
    const cpu = await ldstMachine({ pages: { 0: { valid: false }, 1: { valid: false } } });
    cpu.setX(2, BigInt(DATA + 0xffc));
    const o = exec(cpu, 'str x1, [x2]');
    expect(o.exception?.far).toBe(BigInt(DATA + 0xffc));
  });

  it('unaligned accesses across pages work when both pages are mapped', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA + 0xfff));
    cpu.setX(1, A);
    exec(cpu, 'str x1, [x2]\n ldr x3, [x2]\n ldursh x4, [x2, #0]\n ldr w5, [x2, #1]');
    expect(cpu.getX(3)).toBe(A);
    expect(cpu.getX(4)).toBe(BigInt.asUintN(64, BigInt.asIntN(16, A & 0xffffn)));
    expect(cpu.getX(5)).toBe((A >> 8n) & 0xffffffffn);
  });
});

describe('pairs whose second element faults', () => {
  it('STP writes neither element and does not write back', async () => {
    const cpu = await ldstMachine({ pages: { 1: { valid: false } } });
    cpu.setX(1, A);
    cpu.setX(2, B);
    cpu.setX(3, BigInt(DATA + 0xff8));
    const o = exec(cpu, 'stp x1, x2, [x3], #16');
    expect(fsc(o.exception!.iss)).toBe(FSC_TRANSLATION_L3);
    expect(wnr(o.exception!.iss)).toBe(1);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x1000));
    expect(cpu.readU64(DATA + 0xff8)).toBe(0n);
    expect(cpu.getX(3)).toBe(BigInt(DATA + 0xff8));
  });

  it('LDP changes neither register', async () => {
    const cpu = await ldstMachine({ pages: { 1: { valid: false } } });
    cpu.writeU64(DATA + 0xff8, B);
    cpu.setX(1, A);
    cpu.setX(2, A);
    cpu.setX(3, BigInt(DATA + 0xff8));
    const o = exec(cpu, 'ldp x1, x2, [x3, #0]');
    expect(o.exception?.far).toBe(BigInt(DATA + 0x1000));
    expect(wnr(o.exception!.iss)).toBe(0);
    expect([cpu.getX(1), cpu.getX(2)]).toEqual([A, A]);
  });
});

describe('alignment', () => {
  it('SCTLR_EL1.A makes every misaligned access fault, with FAR exact', async () => {
    const cpu = await ldstMachine();
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 2n);
    cpu.setX(2, BigInt(DATA + 0x102));
    let o = exec(cpu, 'ldr w1, [x2]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x102));
    o = exec(cpu, 'strh w1, [x2, #1]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    expect(wnr(o.exception!.iss)).toBe(1);
    expect(exec(cpu, 'ldrh w1, [x2]\n ldrb w1, [x2, #1]').done).toBe(true);
    // A pair checks each element: W pairs need 4-byte alignment, not 8.
    cpu.setX(2, BigInt(DATA + 0x104));
    expect(exec(cpu, 'ldp w1, w3, [x2]').done).toBe(true);
    expect(exec(cpu, 'ldp x1, x3, [x2]').exception?.far).toBe(BigInt(DATA + 0x104));
  });

  it('Device memory (MMU off) faults on misaligned accesses only', async () => {
    const cpu = await ldstMachine({ mmu: false });
    cpu.writeU64(DATA + 0x100, A);
    cpu.setX(2, BigInt(DATA + 0x100));
    expect(exec(cpu, 'ldr x1, [x2]\n ldp w3, w4, [x2]').done).toBe(true);
    expect(cpu.getX(1)).toBe(A);
    const o = exec(cpu, 'ldur x1, [x2, #4]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x104));
  });

  it('a Device page mapped by the MMU faults on misaligned accesses', async () => {
    const cpu = await ldstMachine({ pages: { 4: { device: true } } });
    cpu.setX(2, BigInt(DATA + 0x4000));
    expect(exec(cpu, 'str x1, [x2, #8]').done).toBe(true);
    const o = exec(cpu, 'stur w1, [x2, #2]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    expect(wnr(o.exception!.iss)).toBe(1);
  });
});

describe('memory outside RAM and MMIO', () => {
  it('a physical address beyond RAM and the MMIO window is an external abort', async () => {
    const cpu = await ldstMachine({ mmu: false });
    cpu.setX(2, 0x2000_0000n);
    const o = exec(cpu, 'ldr x1, [x2]');
    expect(fsc(o.exception!.iss)).toBe(FSC_EXTERNAL);
  });

  it('a store to the MMIO window exits after completing, with its writeback', async () => {
    const cpu = await ldstMachine();
    load(cpu, 'str w1, [x2], #4\n hlt #0');
    cpu.setX(1, 0x12345678n);
    cpu.setX(2, BigInt(MMIO + 0x10));
    expect(cpu.run(100)).toBe(Exit.MmioWrite);
    expect(cpu.mmio).toEqual({ addr: BigInt(MMIO + 0x10), len: 4, value: 0x12345678n });
    expect(cpu.getX(2)).toBe(BigInt(MMIO + 0x14));
    expect(cpu.pc).toBe(BigInt(CODE + 4));
  });
});
