// Descriptors and MMU registers in words (the monitor's own values, and hand-made ones).
import { describe, it, expect } from 'vitest';
import {
  DESC_BLOCK_DEVICE, DESC_BLOCK_NORMAL_EXEC, DESC_PAGE_NORMAL_EXEC, DESC_PAGE_NORMAL_RO, INIT_MAIR, INIT_TCR,
} from '../monitor/abi.ts';
import { describeDescriptor, describeMair, describeSctlr, describeTcr, descriptorKind, faultWords, memoryAttribute, walkStart } from './mmu-words.ts';

describe('descriptors', () => {
  it('tells tables, blocks, pages and invalid entries apart by level', () => {
    expect(descriptorKind(0x2003n, 0)).toBe('table');
    expect(descriptorKind(0x2001n, 0)).toBe('invalid'); // no blocks at level 0 with 4 KiB pages
    expect(descriptorKind(DESC_BLOCK_DEVICE | 0x1_0000_0000n, 1)).toBe('block');
    expect(descriptorKind(DESC_BLOCK_NORMAL_EXEC | 0x20_0000n, 2)).toBe('block');
    expect(descriptorKind(DESC_PAGE_NORMAL_RO | 0x10000n, 3)).toBe('page');
    expect(descriptorKind(0x10001n, 3)).toBe('invalid'); // type 0 at level 3 is reserved
    expect(descriptorKind(0n, 2)).toBe('invalid');
  });
  it('says what the monitor\'s entries mean', () => {
    expect(describeDescriptor(DESC_PAGE_NORMAL_EXEC | 0x10_0000n, 3, INIT_MAIR)).toBe(
      'page -> 0x100000, EL1 read/write, EL0 none, attr 4: Normal, write-back RW-alloc, inner shareable, accessed (AF), UXN: not executable at EL0',
    );
    expect(describeDescriptor(DESC_PAGE_NORMAL_RO | 0x10000n, 3, INIT_MAIR)).toContain('EL1 read-only, EL0 none');
    expect(describeDescriptor(DESC_PAGE_NORMAL_RO | 0x10000n, 3, INIT_MAIR)).toContain('PXN: not executable at EL1');
    expect(describeDescriptor(DESC_BLOCK_DEVICE | 0x1_0000_0000n, 1, INIT_MAIR)).toContain('block -> 0x100000000, EL1 read/write, EL0 none, attr 1: Device-nGnRE');
    expect(describeDescriptor(0x2003n | (1n << 59n) | (2n << 61n), 0, INIT_MAIR)).toBe('table at 0x2000, PXNTable, APTable: read-only');
    expect(describeDescriptor(0x11c713n & ~0x400n, 3, INIT_MAIR)).toContain('AF clear: first access faults');
    expect(describeDescriptor(0n, 3, INIT_MAIR)).toBe('invalid (empty)');
  });
  it('names memory attributes', () => {
    expect(memoryAttribute(0x00)).toBe('Device-nGnRnE');
    expect(memoryAttribute(0x04)).toBe('Device-nGnRE');
    expect(memoryAttribute(0x0c)).toBe('Device-GRE');
    expect(memoryAttribute(0x44)).toBe('Normal, non-cacheable');
    expect(memoryAttribute(0xff)).toBe('Normal, write-back RW-alloc');
    expect(memoryAttribute(0xbb)).toBe('Normal, write-through RW-alloc');
    expect(memoryAttribute(0x4f)).toBe('Normal, outer non-cacheable, inner write-back RW-alloc');
  });
  it('words fault status codes', () => {
    expect(faultWords(0x07)).toBe('translation fault, level 3');
    expect(faultWords(0x0d)).toBe('permission fault, level 1');
    expect(faultWords(0x0b)).toBe('access flag fault, level 3');
    expect(faultWords(0x10)).toBe('synchronous external abort (outside RAM)');
  });
});

describe('registers', () => {
  it('decodes the monitor\'s initial TCR, SCTLR and MAIR', () => {
    const tcr = describeTcr(INIT_TCR);
    const field = (n: string) => tcr.fields.find((f) => f.name === n)!;
    expect(field('T0SZ')).toMatchObject({ value: '24', meaning: 'TTBR0 covers 40-bit addresses: 0 to 0xffffffffff' });
    expect(field('TG0').meaning).toBe('TTBR0 granule 4 KiB');
    expect(field('IPS').meaning).toBe('physical addresses of 40 bits (1 TiB)');
    expect(describeSctlr(0x1005n).fields.filter((f) => f.value === '1').map((f) => f.name)).toEqual(['M', 'C', 'I']);
    expect(describeMair(INIT_MAIR).fields.map((f) => f.value)).toEqual(['0x0', '0x4', '0xc', '0x44', '0xff', '0xbb', '0x0', '0x0']);
  });
  it('finds where a walk starts from TnSZ (4 KiB granule)', () => {
    expect(walkStart(24)).toEqual({ startLevel: 0, vaBits: 40 });
    expect(walkStart(16)).toEqual({ startLevel: 0, vaBits: 48 });
    expect(walkStart(25)).toEqual({ startLevel: 1, vaBits: 39 });
    expect(walkStart(34)).toEqual({ startLevel: 2, vaBits: 30 });
    expect(walkStart(63)).toEqual({ startLevel: 2, vaBits: 25 }); // clamped like the core
  });
});
