// The MMU's registers and descriptors in words (Arm ARM D8 / D17 field layouts, VMSAv8-64,
// 4 KiB granule, stage 1 of the EL1&0 regime: what the core implements).
//
//   table descriptor (levels 0-2)          block (levels 1-2) / page (level 3) descriptor
//   63 NSTable 62:61 APTable               54 UXN  53 PXN  52 Contiguous
//   60 UXNTable 59 PXNTable                47:n output address
//   47:12 next-level table address          11 nG  10 AF  9:8 SH  7:6 AP  5 NS  4:2 AttrIndx
//   1:0 = 0b11                              1:0 = 0b01 block, 0b11 page (level 3)

import type { MmuRegisterView } from './api.ts';

const bit = (v: bigint, n: number) => Number((v >> BigInt(n)) & 1n);
const bits = (v: bigint, hi: number, lo: number) => Number((v >> BigInt(lo)) & ((1n << BigInt(hi - lo + 1)) - 1n));
const hex = (v: bigint | number) => '0x' + v.toString(16);

export type DescKind = 'invalid' | 'table' | 'block' | 'page';

export function descriptorKind(desc: bigint, level: number): DescKind {
  if ((desc & 1n) === 0n) return 'invalid';
  const type = (desc >> 1n) & 1n;
  if (level === 3) return type ? 'page' : 'invalid';
  if (type) return 'table';
  return level === 0 ? 'invalid' : 'block';
}

const AP_WORDS = ['EL1 read/write, EL0 none', 'EL1 and EL0 read/write', 'EL1 read-only, EL0 none', 'EL1 and EL0 read-only'];
const SH_WORDS = ['non-shareable', '(reserved shareability)', 'outer shareable', 'inner shareable'];

/** MAIR attribute byte in words. */
export function memoryAttribute(attr: number): string {
  if ((attr & 0xf0) === 0) {
    const dev = ['Device-nGnRnE', 'Device-nGnRE', 'Device-nGRE', 'Device-GRE'][(attr >> 2) & 3];
    return (attr & 3) === 0 ? dev : `${dev} (reserved low bits)`;
  }
  const half = (n: number) => {
    if (n === 0b0100) return 'non-cacheable';
    if (n === 0) return '(UNPREDICTABLE 0b0000)';
    const kind = n >> 2;
    const alloc = ['', 'W-alloc', 'R-alloc', 'RW-alloc'][n & 3];
    const name = ['write-through transient', 'write-back transient', 'write-through', 'write-back'][kind];
    return alloc ? `${name} ${alloc}` : name;
  };
  const outer = half(attr >> 4);
  const inner = half(attr & 0xf);
  return outer === inner ? `Normal, ${outer}` : `Normal, outer ${outer}, inner ${inner}`;
}

/** A descriptor in words; `mair` resolves AttrIndx. */
export function describeDescriptor(desc: bigint, level: number, mair: bigint): string {
  const kind = descriptorKind(desc, level);
  if (kind === 'invalid') return desc === 0n ? 'invalid (empty)' : `invalid (bit 0 or type clear: ${hex(desc)})`;
  if (kind === 'table') {
    const w = [`table at ${hex(desc & 0x0000_ffff_ffff_f000n)}`];
    if (bit(desc, 59)) w.push('PXNTable');
    if (bit(desc, 60)) w.push('UXNTable');
    const apt = bits(desc, 62, 61);
    if (apt & 1) w.push('APTable: no EL0');
    if (apt & 2) w.push('APTable: read-only');
    if (bit(desc, 63)) w.push('NSTable');
    return w.join(', ');
  }
  const shift = 12 + 9 * (3 - level);
  const oa = desc & 0x0000_ffff_ffff_ffffn & ~((1n << BigInt(shift)) - 1n);
  const attrIdx = bits(desc, 4, 2);
  const attr = Number((mair >> BigInt(attrIdx * 8)) & 0xffn);
  const w = [
    `${kind} -> ${hex(oa)}`,
    `${AP_WORDS[bits(desc, 7, 6)]}`,
    `attr ${attrIdx}: ${memoryAttribute(attr)}`,
    SH_WORDS[bits(desc, 9, 8)],
    bit(desc, 10) ? 'accessed (AF)' : 'AF clear: first access faults',
  ];
  if (bit(desc, 53)) w.push('PXN: not executable at EL1');
  if (bit(desc, 54)) w.push('UXN: not executable at EL0');
  if (bit(desc, 11)) w.push('not global (per ASID)');
  if (bit(desc, 52)) w.push('contiguous hint');
  return w.join(', ');
}

/** The fault status code of a failed walk in words. */
export function faultWords(fsc: number): string {
  const level = fsc & 3;
  switch (fsc & 0x3c) {
    case 0x00: return `address size fault, level ${level}`;
    case 0x04: return `translation fault, level ${level}`;
    case 0x08: return `access flag fault, level ${level}`;
    case 0x0c: return `permission fault, level ${level}`;
    case 0x10: return 'synchronous external abort (outside RAM)';
    case 0x14: return `external abort on the table walk, level ${level}`;
    default: return `fault status ${hex(fsc)}`;
  }
}

type Field = MmuRegisterView['fields'][number];
const f = (name: string, value: string, meaning: string): Field => ({ name, value, meaning });
const onOff = (v: number, on: string, off: string) => (v ? on : off);

export function describeSctlr(v: bigint): MmuRegisterView {
  return {
    name: 'SCTLR_EL1',
    value: v,
    fields: [
      f('M', String(bit(v, 0)), onOff(bit(v, 0), 'MMU on: stage 1 translation enabled', 'MMU off: addresses are physical')),
      f('A', String(bit(v, 1)), onOff(bit(v, 1), 'alignment checks on every access', 'unaligned Normal accesses allowed')),
      f('C', String(bit(v, 2)), onOff(bit(v, 2), 'data cacheable', 'data non-cacheable')),
      f('SA', String(bit(v, 3)), onOff(bit(v, 3), 'SP alignment checked at EL1', 'SP alignment not checked at EL1')),
      f('SA0', String(bit(v, 4)), onOff(bit(v, 4), 'SP alignment checked at EL0', 'SP alignment not checked at EL0')),
      f('I', String(bit(v, 12)), onOff(bit(v, 12), 'instruction fetches cacheable', 'instruction fetches non-cacheable')),
      f('WXN', String(bit(v, 19)), onOff(bit(v, 19), 'writable memory is never executable', 'writable memory may be executable')),
      f('E0E', String(bit(v, 24)), onOff(bit(v, 24), 'EL0 data big-endian', 'EL0 data little-endian')),
      f('EE', String(bit(v, 25)), onOff(bit(v, 25), 'EL1 data and tables big-endian', 'EL1 data and tables little-endian')),
    ],
  };
}

function granule0(tg: number): string {
  return ['4 KiB', '64 KiB', '16 KiB', '(reserved)'][tg];
}
function granule1(tg: number): string {
  return ['(reserved)', '16 KiB', '4 KiB', '64 KiB'][tg];
}
const CACHE = ['non-cacheable', 'write-back RW-alloc', 'write-through', 'write-back no W-alloc'];
const IPS = ['32 bits (4 GiB)', '36 bits (64 GiB)', '40 bits (1 TiB)', '42 bits (4 TiB)', '44 bits (16 TiB)', '48 bits (256 TiB)', '52 bits', '(reserved)'];

export function describeTcr(v: bigint): MmuRegisterView {
  const t0sz = bits(v, 5, 0);
  const t1sz = bits(v, 21, 16);
  return {
    name: 'TCR_EL1',
    value: v,
    fields: [
      f('T0SZ', String(t0sz), `TTBR0 covers ${64 - t0sz}-bit addresses: 0 to ${hex((1n << BigInt(64 - t0sz)) - 1n)}`),
      f('EPD0', String(bit(v, 7)), onOff(bit(v, 7), 'walks through TTBR0 disabled (fault)', 'walks through TTBR0 enabled')),
      f('IRGN0/ORGN0', `${bits(v, 9, 8)}/${bits(v, 11, 10)}`, `TTBR0 walks: inner ${CACHE[bits(v, 9, 8)]}, outer ${CACHE[bits(v, 11, 10)]}`),
      f('SH0', String(bits(v, 13, 12)), `TTBR0 walks ${SH_WORDS[bits(v, 13, 12)]}`),
      f('TG0', String(bits(v, 15, 14)), `TTBR0 granule ${granule0(bits(v, 15, 14))}`),
      f('T1SZ', String(t1sz), `TTBR1 covers the top ${64 - t1sz} bits of addresses`),
      f('A1', String(bit(v, 22)), `the ASID comes from ${bit(v, 22) ? 'TTBR1' : 'TTBR0'}`),
      f('EPD1', String(bit(v, 23)), onOff(bit(v, 23), 'walks through TTBR1 disabled (fault)', 'walks through TTBR1 enabled')),
      f('TG1', String(bits(v, 31, 30)), `TTBR1 granule ${granule1(bits(v, 31, 30))}`),
      f('IPS', String(bits(v, 34, 32)), `physical addresses of ${IPS[bits(v, 34, 32)]}`),
      f('AS', String(bit(v, 36)), `${bit(v, 36) ? 16 : 8}-bit ASIDs`),
      f('TBI0/TBI1', `${bit(v, 37)}/${bit(v, 38)}`, `top byte ignored: TTBR0 ${bit(v, 37) ? 'yes' : 'no'}, TTBR1 ${bit(v, 38) ? 'yes' : 'no'}`),
    ],
  };
}

export function describeMair(v: bigint): MmuRegisterView {
  return {
    name: 'MAIR_EL1',
    value: v,
    fields: Array.from({ length: 8 }, (_, i) => {
      const a = Number((v >> BigInt(8 * i)) & 0xffn);
      return f(`Attr${i}`, hex(a), memoryAttribute(a));
    }),
  };
}

export function describeTtbr(name: 'TTBR0_EL1' | 'TTBR1_EL1', v: bigint): MmuRegisterView {
  return {
    name,
    value: v,
    fields: [
      f('BADDR', hex(v & 0x0000_ffff_ffff_fffen), 'physical address of the first-level table'),
      f('ASID', String(bits(v, 63, 48)), 'address space identifier tagging non-global TLB entries'),
    ],
  };
}

/** Where a walk through TTBRn starts (4 KiB granule), as the core computes it. */
export function walkStart(txsz: number): { startLevel: number; vaBits: number } {
  const clamped = Math.min(39, Math.max(16, txsz));
  const vaBits = 64 - clamped;
  return { startLevel: 4 - Math.floor((vaBits - 12 + 8) / 9), vaBits };
}
